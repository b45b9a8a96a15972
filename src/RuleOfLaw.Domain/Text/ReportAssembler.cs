using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using NodaTime;

namespace RuleOfLaw.Domain.Text;

/// <summary>Runs the scanners over one text and maps what they found onto the report model, with spans and diagnostics.</summary>
internal sealed class ReportAssembler
{
    /// <summary>How far into the content the opening sentence is looked for a year.</summary>
    private const int OpeningLength = 120;

    private readonly string _text;
    private readonly ReadOptions _options;
    private readonly List<ElementSpan> _spans = [];
    private readonly List<ReadDiagnostic> _diagnostics = [];
    private readonly List<string> _missing = new(2);
    private ReportHeader _header = null!;
    private ImmutableArray<OutlineEntry> _outline;
    private ImmutableArray<QuantityMatch> _quantities;
    private ImmutableArray<RateMention> _rates;
    private PartMap _parts = null!;
    private ILookup<int, ReportPart> _partsBySection = null!;
    private int[] _parentOf = [];
    private List<int>[] _childrenOf = [];
    private string[] _pathOf = [];

    public ReportAssembler(string text, ReadOptions options)
    {
        _text = text;
        _options = options;
    }

    public ReportReadResult Assemble()
    {
        _header = ReportHeaderScanner.Scan(_text);
        _outline = [.. OutlineScanner.Scan(_text, _header.ContentStart, _header.ContentEnd).Where(e => !string.IsNullOrWhiteSpace(e.Title))];
        var scan = QuantityScanner.Default.ScanAll(_text);
        _quantities = scan.Quantities;
        _rates = RateMentionScanner.Default.Scan(_text, _quantities);
        _parts = PartClassifier.Map(_text, _outline, _header.ReportYear);
        _partsBySection = _parts.Assignments.ToLookup(a => a.SectionIndex, a => a.Part);
        BuildTree();

        var quantities = ImmutableArray.CreateBuilder<Quantity>(_quantities.Length);
        foreach (var match in _quantities)
        {
            AddSpan($"Quantities[{quantities.Count}]", match.Start, match.Length);
            quantities.Add(ToQuantity(match));
        }

        DiagnoseStructure(scan.Unclassified);
        AddHeaderSpans();
        var syntax = BuildSyntax(quantities.MoveToImmutable());
        var report = BuildReport();
        var diagnostics = _diagnostics
            .OrderBy(d => d.Span?.Start ?? int.MaxValue)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ReportReadResult(report, syntax, [.. _spans], diagnostics, [.. _missing]);
    }

    private ReportSyntax BuildSyntax(ImmutableArray<Quantity> quantities)
    {
        var h = _header;
        var facts = ImmutableArray.CreateBuilder<QuantityFact>(_quantities.Length);
        for (var i = 0; i < _quantities.Length; i++)
        {
            var match = _quantities[i];
            facts.Add(new QuantityFact(quantities[i], new SourceSpan(match.Start, match.Length), PlaceOf(match)));
        }

        var rates = _rates.Select(m => new RateFact(
            m.Indicator,
            m.Code,
            m.Scope,
            m.Span,
            m.Figure?.Value,
            m.Figure is { } f ? new SourceSpan(f.Start, f.Length) : null,
            m.NumeratorValue,
            m.DenominatorValue,
            m.IsConsistent)).ToImmutableArray();
        var preamble = PreambleSpan();
        return new ReportSyntax(
            h.Breadcrumb,
            h.BreadcrumbSpan,
            Fact(h.Title, h.TitleSpan),
            h.ReportYear is { } year && h.ReportYearSpan is { } yearSpan ? new TextFact<int>(year, yearSpan) : null,
            Fact(h.InformationSource, h.InformationSourceSpan),
            h.PublishedAt is { } published && h.PublishedAtSpan is { } publishedSpan ? new TextFact<OffsetDateTime>(published, publishedSpan) : null,
            Fact(h.Issuer, h.IssuerSpan),
            h.SignedOn is { } signed && h.SignedOnSpan is { } signedSpan ? new TextFact<LocalDate>(signed, signedSpan) : null,
            preamble.IsEmpty ? null : preamble,
            [.. Children(-1).Select(OutlineNodeOf)],
            facts.MoveToImmutable(),
            rates)
        {
            DocumentDate = h.DocumentDate is { } written && h.DocumentDateSpan is { } writtenSpan ? new TextFact<LocalDate>(written, writtenSpan) : null,
        };
    }

    private static TextFact<string>? Fact(string? value, SourceSpan? span) =>
        value is not null && span is { } at ? new TextFact<string>(value, at) : null;

    private OutlineNode OutlineNodeOf(int k)
    {
        var entry = _outline[k];
        return new OutlineNode(_pathOf[k], entry.Marker, entry.Level, entry.Title, entry.MarkerSpan, entry.TitleSpan, entry.BodySpan, SectionSpan(k), entry.IsTitleBoundaryUncertain, [.. Children(k).Select(OutlineNodeOf)]);
    }

    /// <summary>The path of what a quantity sits in: the innermost section holding it, the preamble, the header or the closing.</summary>
    private string PlaceOf(QuantityMatch match)
    {
        var low = 0;
        var high = _outline.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_outline[mid].MarkerSpan.Start <= match.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var k = low - 1; k >= 0; k = _parentOf[k])
        {
            if (match.End <= _outline[k].ContentEnd)
            {
                return _pathOf[k];
            }
        }

        if (match.Start < _header.ContentStart)
        {
            return "Header";
        }

        return match.Start >= _header.ContentEnd ? "Closing" : "Preamble";
    }

    private AnnualReport? BuildReport()
    {
        var title = _options.Title ?? _header.Title;
        if (string.IsNullOrWhiteSpace(title) && _options.TitleHint is { } titleHint)
        {
            title = titleHint.Value;
            Diagnose(ReadDiagnosticCodes.InferredField, "the title \"{0}\" was taken from {1}", null, title, titleHint.Source);
        }

        var year = _options.Year?.Year ?? (_header.ReportYear is { } printed && printed is >= ReportYear.MinYear and <= ReportYear.MaxYear ? printed : InferYear());
        var missing = _missing;
        if (string.IsNullOrWhiteSpace(title))
        {
            missing.Add("title");
        }

        if (year is null)
        {
            missing.Add("year");
        }

        if (missing.Count > 0)
        {
            Diagnose(ReadDiagnosticCodes.NoTitleOrYear, "no report could be built: the text states no {0} (give it in the read options)", null, string.Join(" and ", missing));
            return null;
        }

        var mark = _spans.Count;
        try
        {
            var reportYear = ReportYear.Of(year!.Value);
            var sections = BuildSections();
            var measures = BuildMeasures();
            var shortcomings = BuildShortcomings();
            var plan = reportYear.Year < ReportYear.MaxYear ? BuildPlan(ReportYear.Of(reportYear.Year + 1)) : null;
            var indicatorValues = BuildIndicatorValues(reportYear);
            var signOff = _header.Issuer is { } issuer && _header.SignedOn is { } signedOn ? new SignOff(issuer, signedOn) : null;
            return new AnnualReport(_options.Subject ?? InferSubject(), reportYear, title!, sections, measures, shortcomings, plan, indicatorValues, BuildPublication(), null, default, signOff, Preamble());
        }
        catch (ArgumentException exception)
        {
            // The scanners keep to the model's rules; this is a safety net so that reading never throws.
            _spans.RemoveRange(mark, _spans.Count - mark);
            Diagnose(ReadDiagnosticCodes.ModelRejected, "the report model rejected what was read: {0}", null, exception.Message);
            return null;
        }
    }

    private Publication? BuildPublication()
    {
        if (_header.PublishedAt is { } publishedAt)
        {
            return new Publication(publishedAt, PublicationChannel.Website, _header.InformationSource);
        }

        if (_options.PublishedAtHint is { } hint)
        {
            Diagnose(ReadDiagnosticCodes.InferredField, "the publication time {0} was taken from {1}", null, hint.Value, hint.Source);
            return new Publication(hint.Value, PublicationChannel.Website, _header.InformationSource);
        }

        return null;
    }

    /// <summary>The report year when no title names it: from the first heading, the opening of the content, or the publication year minus one.</summary>
    private int? InferYear()
    {
        if (_outline.Length > 0 && YearIn(_outline[0].TitleSpan.Start, _outline[0].TitleSpan.End) is { } fromHeading)
        {
            Diagnose(ReadDiagnosticCodes.InferredField, "the report year {0} was taken from the first heading", new SourceSpan(fromHeading.At, 4), fromHeading.Year);
            return fromHeading.Year;
        }

        var openingEnd = Math.Min(_header.ContentEnd, _header.ContentStart + OpeningLength);
        if (YearIn(_header.ContentStart, openingEnd) is { } fromOpening)
        {
            Diagnose(ReadDiagnosticCodes.InferredField, "the report year {0} was taken from the opening sentence", new SourceSpan(fromOpening.At, 4), fromOpening.Year);
            return fromOpening.Year;
        }

        var published = _header.PublishedAt ?? _options.PublishedAtHint?.Value;
        if (published is { } time && time.Year - 1 is >= ReportYear.MinYear and <= ReportYear.MaxYear)
        {
            Diagnose(ReadDiagnosticCodes.InferredField, "the report year {0} was taken as the year before publication", _header.PublishedAtSpan, time.Year - 1);
            return time.Year - 1;
        }

        return null;
    }

    /// <summary>The first four-digit year from 1990 to 2100 followed by 年 in a range of the text.</summary>
    private (int Year, int At)? YearIn(int start, int end)
    {
        for (var p = Math.Max(0, start); p + 4 < Math.Min(end, _text.Length); p++)
        {
            if (_text[p + 4] == '年' && (p == 0 || !char.IsAsciiDigit(_text[p - 1]))
                && char.IsAsciiDigit(_text[p]) && char.IsAsciiDigit(_text[p + 1]) && char.IsAsciiDigit(_text[p + 2]) && char.IsAsciiDigit(_text[p + 3]))
            {
                var year = ((_text[p] - '0') * 1000) + ((_text[p + 1] - '0') * 100) + ((_text[p + 2] - '0') * 10) + (_text[p + 3] - '0');
                if (year is >= ReportYear.MinYear and <= ReportYear.MaxYear)
                {
                    return (year, p);
                }
            }
        }

        return null;
    }

    private void BuildTree()
    {
        _parentOf = new int[_outline.Length];
        _pathOf = new string[_outline.Length];
        _childrenOf = new List<int>[_outline.Length + 1];
        for (var i = 0; i < _childrenOf.Length; i++)
        {
            _childrenOf[i] = [];
        }

        var stack = new Stack<int>();
        for (var k = 0; k < _outline.Length; k++)
        {
            while (stack.Count > 0 && _outline[stack.Peek()].Level >= _outline[k].Level)
            {
                stack.Pop();
            }

            _parentOf[k] = stack.Count > 0 ? stack.Peek() : -1;
            var siblings = Children(_parentOf[k]);
            _pathOf[k] = _parentOf[k] < 0
                ? string.Create(CultureInfo.InvariantCulture, $"Sections[{siblings.Count}]")
                : string.Create(CultureInfo.InvariantCulture, $"{_pathOf[_parentOf[k]]}.Children[{siblings.Count}]");
            siblings.Add(k);
            stack.Push(k);
        }
    }

    private List<int> Children(int parent) => _childrenOf[parent < 0 ? _outline.Length : parent];

    private ImmutableArray<Section> BuildSections()
    {
        var sections = ImmutableArray.CreateBuilder<Section>();
        var top = Children(-1);
        for (var i = 0; i < top.Count; i++)
        {
            sections.Add(BuildSection(top[i], $"Sections[{i}]"));
        }

        return sections.ToImmutable();
    }

    private Section BuildSection(int k, string path)
    {
        var entry = _outline[k];
        var children = ImmutableArray.CreateBuilder<Section>();
        var childIndexes = Children(k);
        for (var j = 0; j < childIndexes.Count; j++)
        {
            children.Add(BuildSection(childIndexes[j], $"{path}.Children[{j}]"));
        }

        var parts = _partsBySection[k].Distinct().ToImmutableArray();
        AddSpan(path, SectionSpan(k));
        AddSpan(path + ".Marker", entry.MarkerSpan);
        AddSpan(path + ".Heading", entry.TitleSpan);
        AddSpan(path + ".Body", entry.BodySpan);
        // A marker reused one level down (一、 under 一、) keeps its level in the outline; the section drops the marker the model would refuse.
        var marker = Section.LevelOfMarker(entry.Marker) is { } markerLevel && markerLevel != entry.Level ? string.Empty : entry.Marker;
        return new Section(marker, entry.Level, entry.Title, Slice(entry.BodySpan), children.ToImmutable(), parts, entry.IsTitleBoundaryUncertain);
    }

    private ImmutableArray<Measure> BuildMeasures()
    {
        var measures = ImmutableArray.CreateBuilder<Measure>();
        foreach (var top in SectionsWithPart(ReportPart.MeasuresAndResults))
        {
            foreach (var k in Leaves(top))
            {
                var path = $"Measures[{measures.Count}]";
                AddSpan(path, SectionSpan(k));
                var results = ImmutableArray.CreateBuilder<Quantity>();
                foreach (var match in QuantitiesIn(_outline[k].BodySpan.Start, _outline[k].BodySpan.End))
                {
                    AddSpan($"{path}.Results[{results.Count}]", match.Start, match.Length);
                    results.Add(ToQuantity(match));
                }

                measures.Add(new Measure(_outline[k].Title, Slice(_outline[k].BodySpan), default, results.ToImmutable()));
            }
        }

        return measures.ToImmutable();
    }

    private ImmutableArray<Shortcoming> BuildShortcomings()
    {
        var shortcomings = ImmutableArray.CreateBuilder<Shortcoming>();
        foreach (var assignment in _parts.Assignments.Where(a => a.Part == ReportPart.ShortcomingsAndCauses))
        {
            if (assignment.Evidence == PartEvidence.MergedSentence)
            {
                AddShortcoming(shortcomings, Slice(assignment.Span).Trim(), [], assignment.Span);
                continue;
            }

            var k = assignment.SectionIndex;
            var children = Children(k);
            if (children.Count > 0)
            {
                foreach (var child in children)
                {
                    var causes = Sentences(_outline[child].BodySpan).Where(s => s.Text.Contains("原因", StringComparison.Ordinal)).Select(s => s.Text).ToImmutableArray();
                    AddShortcoming(shortcomings, _outline[child].Title, causes, SectionSpan(child));
                }

                continue;
            }

            var sentences = Sentences(_outline[k].BodySpan);
            var causeTexts = sentences.Where(s => s.Text.Contains("原因", StringComparison.Ordinal)).Select(s => s.Text).ToImmutableArray();
            foreach (var sentence in sentences.Where(s => !s.Text.Contains("原因", StringComparison.Ordinal)))
            {
                AddShortcoming(shortcomings, sentence.Text, causeTexts, sentence.Span);
            }
        }

        return shortcomings.ToImmutable();
    }

    private void AddShortcoming(ImmutableArray<Shortcoming>.Builder shortcomings, string description, ImmutableArray<string> causes, SourceSpan span)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return;
        }

        AddSpan($"Shortcomings[{shortcomings.Count}]", span);
        shortcomings.Add(new Shortcoming(description, [.. causes.Where(c => !string.IsNullOrWhiteSpace(c))]));
    }

    private Plan? BuildPlan(ReportYear planYear)
    {
        var top = SectionsWithPart(ReportPart.NextYearArrangements).Cast<int?>().FirstOrDefault();
        if (top is not { } k)
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<PlanItem>();
        foreach (var child in Children(k))
        {
            var path = $"Plan.Items[{items.Count}]";
            AddSpan(path, SectionSpan(child));
            var targetMatch = QuantitiesIn(_outline[child].TitleSpan.Start, _outline[child].ContentEnd).FirstOrDefault(q => q.Kind is QuantityKind.Percent or QuantityKind.Count or QuantityKind.Money);
            Quantity? target = null;
            if (targetMatch is not null)
            {
                AddSpan(path + ".Target", targetMatch.Start, targetMatch.Length);
                target = ToQuantity(targetMatch);
            }

            items.Add(new PlanItem(_outline[child].Title, Slice(_outline[child].BodySpan), target));
        }

        return new Plan(planYear, items.ToImmutable());
    }

    private ImmutableArray<IndicatorValue> BuildIndicatorValues(ReportYear year)
    {
        var values = ImmutableArray.CreateBuilder<IndicatorValue>();
        foreach (var mention in _rates)
        {
            if (!IndicatorCode.TryParse(mention.Code, out var code))
            {
                continue;
            }

            IndicatorScope scope;
            if (mention.Scope is null)
            {
                scope = IndicatorScope.Subject;
            }
            else if (BenchmarkScope(mention.Scope) is { } benchmark)
            {
                scope = benchmark;
            }
            else
            {
                Diagnose(ReadDiagnosticCodes.UnsupportedBenchmarkScope, "the benchmark scope \"{0}\" of {1} has no administrative level in the model", mention.Figure is { } f ? SourceSpan.FromBounds(f.Start, f.End) : mention.Span, mention.Scope, mention.Code);
                continue;
            }

            long? numerator = mention.NumeratorValue;
            long? denominator = mention.DenominatorValue;
            if (numerator is { } n && denominator is { } d && n > d)
            {
                Diagnose(ReadDiagnosticCodes.UnsoundRateCounts, "{0}: numerator {1} exceeds denominator {2}; the counts were dropped", mention.Span, mention.Code, n, d);
                (numerator, denominator) = (null, null);
            }

            var path = $"IndicatorValues[{values.Count}]";
            AddSpan(path, mention.Span);
            if (mention.Figure is { } figure)
            {
                AddSpan(path + ".Published", figure.Start, figure.Length);
            }

            if (numerator is not null && mention.Numerator is { } numeratorMatch)
            {
                AddSpan(path + ".Numerator", numeratorMatch.Start, numeratorMatch.Length);
            }

            if (denominator is not null && mention.Denominator is { } denominatorMatch)
            {
                AddSpan(path + ".Denominator", denominatorMatch.Start, denominatorMatch.Length);
            }

            var published = mention.Figure is { } printed ? PublishedFigure.Of(printed.Value) : (PublishedFigure?)null;
            var printedText = mention.Kind == RateMentionKind.AllOf ? Slice(mention.Span) : null;
            values.Add(new IndicatorValue(code, scope, year, numerator, denominator, null, published, string.IsNullOrWhiteSpace(printedText) ? null : printedText));
        }

        return values.ToImmutable();
    }

    private static IndicatorScope? BenchmarkScope(string scope) => scope switch
    {
        "province" => IndicatorScope.Benchmark("全省", AdministrativeLevel.Province),
        "city" => IndicatorScope.Benchmark("全市", AdministrativeLevel.City),
        "district" => IndicatorScope.Benchmark("全区", AdministrativeLevel.County),
        "county" => IndicatorScope.Benchmark("全县", AdministrativeLevel.County),
        _ => null,
    };

    private void DiagnoseStructure(ImmutableArray<SourceSpan> unclassified)
    {
        foreach (var entry in _outline.Where(e => e.IsTitleBoundaryUncertain))
        {
            Diagnose(ReadDiagnosticCodes.UncertainHeadingBoundary, "heading \"{0}{1}\" runs into its body with no stop; its end was judged", entry.TitleSpan, entry.Marker, entry.Title);
        }

        foreach (var k in _parts.UnmappedSections)
        {
            Diagnose(ReadDiagnosticCodes.UnmappedSection, "section \"{0}{1}\" names none of the five report parts", _outline[k].TitleSpan, _outline[k].Marker, _outline[k].Title);
        }

        foreach (var part in _parts.Missing)
        {
            Diagnose(ReadDiagnosticCodes.MissingPart, "the report has no section or sentence for part {0} ({1})", null, (int)part, part);
        }

        foreach (var assignment in _parts.Assignments)
        {
            if (assignment.Evidence == PartEvidence.MergedSentence)
            {
                Diagnose(ReadDiagnosticCodes.MergedPart, "part {0} ({1}) has no section of its own: it is a sentence of section \"{2}\"", assignment.Span, (int)assignment.Part, assignment.Part, _outline[assignment.SectionIndex].Title);
            }
            else if (assignment.Evidence == PartEvidence.Nested)
            {
                var parent = _parentOf[assignment.SectionIndex];
                Diagnose(ReadDiagnosticCodes.NestedPart, "part {0} ({1}) is nested in section \"{2}\"", assignment.Span, (int)assignment.Part, assignment.Part, parent >= 0 ? _outline[parent].Title : string.Empty);
            }
        }

        foreach (var span in unclassified)
        {
            Diagnose(ReadDiagnosticCodes.UnclassifiedNumber, "the number {0} has no unit and is not a year, date, list number or name", span, Slice(span));
        }

        foreach (var mention in _rates.Where(m => m.IsConsistent == false))
        {
            Diagnose(ReadDiagnosticCodes.InconsistentRate, "{0} is printed as {1}% but the stated counts give {2} of {3}", mention.Figure is { } f ? SourceSpan.FromBounds(f.Start, f.End) : mention.Span, mention.Code, mention.Figure?.Value, mention.NumeratorValue, mention.DenominatorValue);
        }
    }

    private void AddHeaderSpans()
    {
        AddSpan("Title", _header.TitleSpan);
        AddSpan("Year", _header.ReportYearSpan);
        AddSpan("Publication.PublishedAt", _header.PublishedAtSpan);
        AddSpan("Publication.InformationSource", _header.InformationSourceSpan);
        AddSpan("SignOff.Signer", _header.IssuerSpan);
        AddSpan("SignOff.Date", _header.SignedOnSpan);
        AddSpan("Breadcrumb", _header.BreadcrumbSpan);
        var preamble = PreambleSpan();
        if (!preamble.IsEmpty)
        {
            AddSpan("Preamble", preamble);
        }
    }

    private ReportingSubject InferSubject()
    {
        var shortName = TitlePrefix();
        var fullName = FirstNonBlank(_header.Issuer, shortName, _header.InformationSource, _options.IssuerHint?.Value, _header.Title ?? _options.Title) ?? "?";
        return SubjectNames.Subject(fullName, shortName ?? fullName);
    }

    /// <summary>The title's text before its year, without a leading 关于: 某区 in 某区2020年法治政府建设年度报告.</summary>
    private string? TitlePrefix()
    {
        if (_header.TitleIssuerSpan is { } named)
        {
            return Slice(named);
        }

        if (_header.TitleSpan is not { } title || _header.ReportYearSpan is not { } year || year.Start <= title.Start)
        {
            return null;
        }

        var prefix = _text[title.Start..year.Start].Trim();
        if (prefix.StartsWith("关于", StringComparison.Ordinal))
        {
            prefix = prefix[2..].Trim();
        }

        return string.IsNullOrWhiteSpace(prefix) ? null : prefix;
    }

    private string Preamble() => Slice(PreambleSpan());

    private SourceSpan PreambleSpan()
    {
        var start = Math.Min(_header.ContentStart, _text.Length);
        var end = _outline.Length > 0 ? TextChars.LineStart(_text, _outline[0].MarkerSpan.Start, 64) : _header.ContentEnd;
        return Trim(start, Math.Max(start, Math.Min(end, _text.Length)));
    }

    private IEnumerable<int> SectionsWithPart(ReportPart part) =>
        _parts.Assignments.Where(a => a.Part == part && a.Evidence == PartEvidence.Heading).Select(a => a.SectionIndex).Distinct();

    private IEnumerable<int> Leaves(int k)
    {
        var children = Children(k);
        if (children.Count == 0)
        {
            yield return k;
            yield break;
        }

        foreach (var child in children)
        {
            foreach (var leaf in Leaves(child))
            {
                yield return leaf;
            }
        }
    }

    private IEnumerable<QuantityMatch> QuantitiesIn(int start, int end)
    {
        var low = 0;
        var high = _quantities.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_quantities[mid].Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var k = low; k < _quantities.Length && _quantities[k].End <= end; k++)
        {
            yield return _quantities[k];
        }
    }

    private List<(string Text, SourceSpan Span)> Sentences(SourceSpan body)
    {
        var sentences = new List<(string, SourceSpan)>();
        var start = body.Start;
        for (var p = body.Start; p <= body.End && p <= _text.Length; p++)
        {
            if (p == body.End || p == _text.Length || _text[p] is '。' or '；' or ';' || TextChars.IsLineBreak(_text[p]))
            {
                var span = Trim(start, p);
                if (!span.IsEmpty)
                {
                    sentences.Add((Slice(span), span));
                }

                start = p + 1;
            }
        }

        return sentences;
    }

    private SourceSpan SectionSpan(int k) => Trim(_outline[k].MarkerSpan.Start, Math.Max(_outline[k].MarkerSpan.Start, _outline[k].ContentEnd));

    private SourceSpan Trim(int start, int end)
    {
        while (start < end && (TextChars.IsBlank(_text[start]) || TextChars.IsLineBreak(_text[start])))
        {
            start++;
        }

        while (end > start && (TextChars.IsBlank(_text[end - 1]) || TextChars.IsLineBreak(_text[end - 1])))
        {
            end--;
        }

        return SourceSpan.FromBounds(start, end);
    }

    private string Slice(SourceSpan span) => _text.Substring(span.Start, span.Length);

    private static Quantity ToQuantity(QuantityMatch match) =>
        new(match.Value, match.Unit, match.Kind, match.Qualifier, match.Scale, match.Text);

    private void AddSpan(string path, SourceSpan? span)
    {
        if (span is { } value)
        {
            _spans.Add(new ElementSpan(path, value));
        }
    }

    private void AddSpan(string path, int start, int length) => _spans.Add(new ElementSpan(path, new SourceSpan(start, length)));

    private void Diagnose(string code, string template, SourceSpan? span, params object?[] values) =>
        _diagnostics.Add(new ReadDiagnostic(code, Messages.Format(template, values), span));

    private static string? FirstNonBlank(params string?[] candidates) => candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
}
