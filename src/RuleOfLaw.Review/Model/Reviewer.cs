using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Documents;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>load → read → validate, then shapes what the library returned for the page. Holds no rule of its own.</summary>
public static class Reviewer
{
    private const MessageLanguage Chinese = MessageLanguage.Chinese;

    /// <summary>The codes of the deadline findings (rules V2–V6 of the catalogue): a report with any of them counts as late in the summary table.</summary>
    public static readonly FrozenSet<string> LatenessCodes = CodesOf(static d => d.Rule is "V2" or "V3" or "V4" or "V5" or "V6");

    /// <summary>The codes of the error findings about a stated rate (rule V11 of the catalogue, by default an error): a rate with any of them is inconsistent in the rates table.</summary>
    public static readonly FrozenSet<string> RateCodes = CodesOf(static d => d.Rule == "V11" && d.DefaultSeverity == Severity.Error);

    /// <summary>Reads and validates one file.</summary>
    /// <param name="input">The file.</param>
    /// <param name="options">The rule set and today's date.</param>
    /// <returns>What the page shows; a file that cannot be read gives a review with <see cref="ReportReview.Error"/> set.</returns>
    public static ReportReview Review(ReviewInput input, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        if (input.Bytes.LongLength > ReviewInput.MaxBytes)
        {
            return Failed(input, Texts.Format("文件有 {0} 字节,超过上限 {1} 字节", input.Bytes.LongLength, ReviewInput.MaxBytes));
        }

        if (input.IsJson)
        {
            var json = input.TryDecode(out var decodeError);
            if (json is null)
            {
                return Failed(input, decodeError!);
            }

            AnnualReport report;
            try
            {
                report = RuleOfLawJson.Report.Deserialize(json);
            }
            catch (JsonException e)
            {
                return Failed(input, "不是有效的报告 JSON:" + Texts.OneLine(e.Message));
            }

            return Shape(input, report, null, null, options, clock);
        }

        // Text, HTML, Word and PDF: the Documents package recognises the format by the bytes and decodes the text
        // (UTF-8, UTF-16, GBK/GB18030, declared charsets); its metadata are the reader's hints.
        ReportDocument document;
        try
        {
            document = ReportDocument.Load(input.Bytes, input.Name);
        }
        catch (DocumentLoadException e)
        {
            return Failed(input, DocumentDisplayNames.Of(e.Failure, Chinese)) with { ErrorDetail = Texts.OneLine(e.GetMessage(Chinese)) };
        }

        var loaded = document.Read();
        var read = loaded.Read;
        var content = document.Text;
        var readAs = document.Describe(Chinese);
        ImmutableArray<DocumentNoteRow> documentNotes = [.. loaded.Notes.Select(n => new DocumentNoteRow(n.Code, DocumentDisplayNames.NoteTitle(n.Code, Chinese), n.GetMessage(Chinese)))];
        if (read.Report is null)
        {
            return ShapePartial(input, read, content, options, clock) with { ReadAs = readAs, DocumentNotes = documentNotes };
        }

        return Shape(input, read.Report, read, content, options, clock) with { ReadAs = readAs, DocumentNotes = documentNotes };
    }

    /// <summary>
    /// Pools the subject-scope rates of the reports by indicator, year and level over all regions, as
    /// <see cref="Domain.Comparison.PooledRate.Pool"/> does (the same subject and year twice is pooled once; a subject of
    /// unknown level is not pooled), rounded by <see cref="Domain.Comparison.PooledRate.Percent"/>.
    /// </summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>One row per indicator, year and level, in the library's order.</returns>
    public static ImmutableArray<PooledRate> Pool(IEnumerable<ReportReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var set = Domain.Comparison.ReportSet.Of(reviews.Select(r => r.Report).OfType<AnnualReport>());
        return [.. Domain.Comparison.PooledRate.Pool(set)
            .Where(p => p.Region is null)
            .Select(p => new PooledRate(p.Indicator.Value, DisplayNames.Of(p.Indicator, p.Name, Chinese), p.Year.Year, DisplayNames.Of(p.Level, Chinese),
                p.Rate.Numerator, p.Rate.Denominator, p.Percent, p.Units))];
    }

    private static FrozenSet<string> CodesOf(Func<DiagnosticDescriptor, bool> predicate) =>
        ValidationCodes.All.Where(predicate).Select(d => d.Code).ToFrozenSet(StringComparer.Ordinal);

    private static ReportReview Failed(ReviewInput input, string message) => new() { Name = input.Name, IsJson = input.IsJson, Error = message };

    private static ImmutableArray<NoteRow> Notes(ReportReadResult? read, string? text) =>
        read is null ? [] : [.. read.Diagnostics.Select(note => new NoteRow(note, note.Descriptor.GetTitle(Chinese), note.GetMessage(Chinese), note.Span, Texts.Where(text, note.Span)))];

    private static ReportReview Shape(ReviewInput input, AnnualReport report, ReportReadResult? read, string? text, ReviewOptions options, Stopwatch clock)
    {
        var result = options.CreateValidator().Validate(report);
        var marks = new List<TextMark>();
        var findings = Findings(result, read, text, marks);
        var rates = Rates(report, result, read, options.RuleSet.RuleSet.AcceptedRounding, marks);
        if (read is not null)
        {
            AddQuantityAndNoteMarks(read, marks);
        }

        return new ReportReview
        {
            Name = input.Name,
            IsJson = input.IsJson,
            Text = text,
            Report = report,
            Read = read,
            Header = Header(report, read),
            Parts = Parts(report.Sections, result),
            Rates = rates,
            Findings = findings,
            Notes = Notes(read, text),
            Marks = [.. marks],
            Segments = text is null ? [] : TextSegment.Cut(text.Length, marks),
            Result = result,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>A text that gave too little for a report: what was read (header facts, sections and parts, quantities, rates, notes) and what is missing; no validation runs.</summary>
    private static ReportReview ShapePartial(ReviewInput input, ReportReadResult read, string text, ReviewOptions options, Stopwatch clock)
    {
        var marks = new List<TextMark>();
        var syntax = read.Syntax;
        var accepted = options.RuleSet.RuleSet.AcceptedRounding;
        var rates = ImmutableArray.CreateBuilder<RateRow>(syntax.Rates.Length);
        foreach (var fact in syntax.Rates)
        {
            var code = IndicatorCode.TryParse(fact.Code, out var parsed) ? parsed : null;
            var name = code is null ? fact.Name ?? fact.Code : DisplayNames.Of(code, fact.Name, Chinese);
            marks.Add(new TextMark(marks.Count, MarkKind.Rate, fact.FigureSpan ?? fact.Span, name));
            var figure = fact.Figure is { } value ? PublishedFigure.Of(value) : (PublishedFigure?)null;
            rates.Add(RateRowOf(fact.Code, name, fact.Scope is null ? "本主体" : "参照:" + fact.Scope, fact.Numerator, fact.Denominator,
                figure is { } f ? f + "%" : null, RateAssessment.Assess(code, fact.Numerator, fact.Denominator, figure, accepted), [], fact.Span));
        }

        AddQuantityAndNoteMarks(read, marks);
        var error = read.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
        HeaderRow Fact(string label, string? value, SourceSpan? span) => new(label, string.IsNullOrWhiteSpace(value) ? "—" : value, false, span);
        return new ReportReview
        {
            Name = input.Name,
            Text = text,
            Read = read,
            Unbuilt = error is null ? "未能构建报告" : Texts.OneLine(error.GetMessage(Chinese)),
            Header =
            [
                Fact("标题", syntax.Title?.Value ?? read.Partial?.Title, syntax.Title?.Span),
                Fact("报告主体", syntax.Issuer?.Value ?? read.Partial?.Subject?.FullName, syntax.Issuer?.Span),
                Fact("年度", syntax.Year is { } year ? Texts.Format("{0}", year.Value) : read.Partial?.Year is { } y ? Texts.Format("{0}", y.Year) : null, syntax.Year?.Span),
                Fact("发布时间", syntax.PublishedAt is { } published ? Texts.DateTime(published.Value) : null, syntax.PublishedAt?.Span),
                Fact("信息来源", syntax.InformationSource?.Value, syntax.InformationSource?.Span),
            ],
            Parts = read.Partial is { } mapped ? Parts(mapped.Sections, null) : [],
            Rates = rates.ToImmutable(),
            Notes = Notes(read, text),
            Marks = [.. marks],
            Segments = TextSegment.Cut(text.Length, marks),
            Elapsed = clock.Elapsed,
        };
    }

    private static void AddQuantityAndNoteMarks(ReportReadResult read, List<TextMark> marks)
    {
        foreach (var fact in read.Syntax.Quantities)
        {
            var quantity = fact.Quantity;
            marks.Add(new TextMark(marks.Count, MarkKind.Quantity, fact.Span, quantity.Printed ?? quantity.ToString(), Quantity: quantity));
        }

        foreach (var note in read.Diagnostics)
        {
            if (note.Span is { } span)
            {
                marks.Add(new TextMark(marks.Count, MarkKind.Note, span, note.Code + " " + note.GetMessage(Chinese)));
            }
        }
    }

    private static ImmutableArray<FindingRow> Findings(ValidationResult result, ReportReadResult? read, string? text, List<TextMark> marks)
    {
        var rows = ImmutableArray.CreateBuilder<FindingRow>(result.Issues.Length);
        foreach (var issue in result.Issues.OrderByDescending(i => i.Severity))
        {
            ValidationCodes.TryDescribe(issue.Code, out var rule);
            var message = issue.GetMessage(Chinese);
            var span = read?.PlaceOf(issue.Path);
            int? markId = null;
            if (span is { } place)
            {
                markId = marks.Count;
                marks.Add(new TextMark(marks.Count, MarkKind.Finding, place, issue.Code + " " + message, issue.Severity));
            }

            rows.Add(new FindingRow(issue, rule?.GetTitle(Chinese) ?? issue.Code, message, rule?.GetSource(Chinese) ?? string.Empty, span, markId, Texts.Where(text, span)));
        }

        return rows.MoveToImmutable();
    }

    private static ImmutableArray<RateRow> Rates(AnnualReport report, ValidationResult result, ReportReadResult? read, RoundingModes accepted, List<TextMark> marks)
    {
        var rows = ImmutableArray.CreateBuilder<RateRow>(report.IndicatorValues.Length);
        for (var i = 0; i < report.IndicatorValues.Length; i++)
        {
            var value = report.IndicatorValues[i];
            var path = Texts.Format("IndicatorValues[{0}]", i);
            var name = DisplayNames.Of(value, Chinese);
            var span = read?.SpanOf(path);
            if (span is { } place)
            {
                marks.Add(new TextMark(marks.Count, MarkKind.Rate, place, name));
            }

            var codes = result.Issues.Where(issue => RateCodes.Contains(issue.Code) && IsAtOrUnder(issue.Path, path)).Select(issue => issue.Code).Distinct().ToList();
            var scope = value.Scope.Kind == IndicatorScopeKind.Subject ? "本主体" : value.Scope.Name ?? "参照";
            rows.Add(RateRowOf(value.Indicator.Value, name, scope, value.Numerator, value.Denominator,
                value.PrintedText ?? (value.Published is { } p ? p + "%" : null), RateAssessment.Assess(value, accepted), codes, span));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>One row of the rates table: the counts, the computed percentage and the library's verdict (<see cref="RateAssessment"/>) on the printed figure.</summary>
    private static RateRow RateRowOf(string indicator, string name, string scope, long? numerator, long? denominator, string? printed, RateAssessment assessment, List<string> codes, SourceSpan? span)
    {
        var check = assessment.Check;
        var verdict = RateAssessment.NameOf(assessment.Verdict, Chinese);
        if (codes.Count > 0)
        {
            verdict += "(" + string.Join(" ", codes) + ")";
        }

        var agreeing = check is null || (check.Outcome == ConsistencyOutcome.NotAssessable && check.AgreeingModes == RoundingModes.None)
            ? string.Empty
            : RateCheckResult.DescribeInChinese(check.AgreeingModes)
                + (check.AgreeingModesNotAccepted == RoundingModes.None ? string.Empty : ";不接受的" + RateCheckResult.DescribeInChinese(check.AgreeingModesNotAccepted) + "也一致");
        return new RateRow(indicator, name, scope, numerator, denominator, assessment.ComputedPercent, printed, verdict, agreeing, assessment.Explain(Chinese),
            assessment.IsInconsistent || codes.Count > 0, span);
    }

    private static bool IsAtOrUnder(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[');

    private static ImmutableArray<HeaderRow> Header(AnnualReport report, ReportReadResult? read)
    {
        HeaderRow Row(string label, string? value, string path)
        {
            var span = read?.SpanOf(path);
            return new HeaderRow(label, string.IsNullOrWhiteSpace(value) ? "—" : value, read is not null && span is null && !string.IsNullOrWhiteSpace(value), span);
        }

        var publication = report.Publication;
        return
        [
            Row("标题", report.Title, "Title"),
            Row("报告主体", report.Subject.FullName, "Subject"),
            Row("层级", report.Subject.Level is { } level ? DisplayNames.Of(level, Chinese) : "未知", "Subject.Level"),
            Row("年度", Texts.Format("{0}", report.Year), "Year"),
            Row("发布时间", publication is null ? null : Texts.DateTime(publication.PublishedAt), "Publication.PublishedAt"),
            Row("信息来源", publication?.InformationSource, "Publication.InformationSource"),
            Row("发布渠道", publication?.Channel is { } channel ? DisplayNames.Of(channel, Chinese) : null, "Publication.Channel"),
            Row("署名", report.SignOff?.Signer, "SignOff.Signer"),
            Row("落款日期", report.SignOff is { } signOff ? Texts.Date(signOff.Date) : null, "SignOff.Date"),
        ];
    }

    private static ImmutableArray<PartRow> Parts(ImmutableArray<Section> outline, ValidationResult? result)
    {
        var carriers = new Dictionary<ReportPart, List<Section>>();
        void Walk(ImmutableArray<Section> sections)
        {
            foreach (var section in sections)
            {
                foreach (var part in section.Parts)
                {
                    if (!carriers.TryGetValue(part, out var list))
                    {
                        carriers[part] = list = [];
                    }

                    list.Add(section);
                }

                Walk(section.Children);
            }
        }

        Walk(outline);
        return [.. Enum.GetValues<ReportPart>().Select(part =>
        {
            if (!carriers.TryGetValue(part, out var sections))
            {
                // The part's own finding, when validation reports it missing (its value names the part by number first).
                var number = ((int)part).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var finding = result?.Issues.FirstOrDefault(i => i.Code == ValidationCodes.RequiredPartMissing && i.ValueOf("part") is { } named && named.StartsWith(number, StringComparison.Ordinal));
                return new PartRow(part, Texts.Of(part), PartStatus.Missing, [], finding?.Code);
            }

            var status = sections.TrueForAll(s => s.Parts.Length > 1) ? PartStatus.Merged : PartStatus.Present;
            return new PartRow(part, Texts.Of(part), status, [.. sections.Select(s => (s.Marker + s.Heading).Trim())]);
        })];
    }
}
