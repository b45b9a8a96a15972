using System.Collections.Generic;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text.Mapping;

namespace RuleOfLaw.Domain.Text;

/// <summary>
/// Reads one text in two phases: the scanners' immutable <see cref="ScannedText"/>, then the mappers, one per part of
/// the model, which build the report from it. A mapper checks what the model would refuse and says so with a note; an
/// exception from the model is a bug in a mapper and is not caught.
/// </summary>
internal static class ReportAssembler
{
    public static ReportReadResult Assemble(string text, ReadOptions options)
    {
        // A lone surrogate cannot be written in the wire format (UTF-8 JSON): it is replaced where it stands, one code
        // unit for one, so every span still points where it did, and the note says so once with the first place.
        var (clean, replaced, first) = TextChars.ReplaceLoneSurrogates(text);
        var scanned = ScannedText.Scan(clean);
        var notes = new ReadNotes();
        if (replaced > 0)
        {
            notes.Note(ReadDiagnosticCodes.LoneSurrogateReplaced, new SourceSpan(first, 1), replaced, first);
        }

        for (var i = 0; i < scanned.Quantities.Length; i++)
        {
            notes.Span(null, SpanStep.Quantities, i, new SourceSpan(scanned.Quantities[i].Start, scanned.Quantities[i].Length));
        }

        SyntaxNotes.Write(scanned, notes);
        SyntaxNotes.HeaderSpans(scanned, notes);
        var missing = new List<string>(3);
        var report = Build(scanned, options, notes, missing, out var partial, out var kind);
        return new ReportReadResult(report, partial, scanned.Syntax, notes.Spans(), notes.Diagnostics(), [.. missing], kind);
    }

    private static AnnualReport? Build(ScannedText scanned, ReadOptions options, ReadNotes notes, List<string> missing, out PartialReport? partial, out DocumentKind kind)
    {
        var title = HeaderMapper.Title(scanned, options, notes);
        kind = Kind(scanned, title, notes);
        var year = HeaderMapper.Year(scanned, options, kind, notes);
        var subject = SubjectMapper.Map(scanned, options, notes);
        if (title is null)
        {
            missing.Add("title");
        }

        if (year is null)
        {
            missing.Add("year");
        }

        if (subject is null)
        {
            missing.Add("subject");
        }

        var (sections, preambleQuantities, quantityPaths) = SectionMapper.Map(scanned, notes);
        var measures = MeasureMapper.Map(scanned, notes);
        var shortcomings = ShortcomingMapper.Map(scanned, notes);
        var preamble = scanned.Slice(scanned.Preamble);
        if (title is null || year is null || subject is null)
        {
            notes.Note(ReadDiagnosticCodes.NoTitleOrYear, null, string.Join(" and ", missing));
            // What the scanners found is kept: the rates and shares need a year (a value is for a period), the breakdowns nothing.
            var partialYear = year is { } y ? ReportYear.Of(y) : (ReportYear?)null;
            var partialValues = partialYear is { } known ? IndicatorValueMapper.Map(scanned, known, notes) : [];
            partial = new PartialReport(title, partialYear, subject, sections, preamble, preambleQuantities, measures, shortcomings, partialValues, Breakdowns(scanned, quantityPaths));
            return null;
        }

        partial = null;
        var reportYear = ReportYear.Of(year.Value);
        var plan = reportYear.Year < ReportYear.MaxYear ? PlanMapper.Map(scanned, ReportYear.Of(reportYear.Year + 1), quantityPaths, notes) : null;
        var indicatorValues = IndicatorValueMapper.Map(scanned, reportYear, notes);
        var publication = HeaderMapper.Publication(scanned, options, notes);
        return new AnnualReport(subject, reportYear, title, sections, measures, shortcomings, plan, indicatorValues, publication, null, default, HeaderMapper.SignOff(scanned), preamble, preambleQuantities, kind, Breakdowns(scanned, quantityPaths));
    }

    /// <summary>Decides the document's kind and notes it when it is not an annual report, or one only by default.</summary>
    private static DocumentKind Kind(ScannedText scanned, string? title, ReadNotes notes)
    {
        var reading = DocumentKindClassifier.Classify(scanned, title);
        if (reading.Kind != DocumentKind.AnnualReport || ReferenceEquals(reading.Certainty, DocumentKindClassifier.Assumed))
        {
            notes.Note(ReadDiagnosticCodes.DocumentKindRead, reading.Span, Validation.DisplayNames.Of(reading.Kind, MessageLanguage.English), reading.Certainty, reading.Evidence);
        }

        return reading.Kind;
    }

    /// <summary>The breakdowns with the report's paths of their quantities; one that names a quantity of the header or the closing, which the report does not hold, is left out.</summary>
    private static ImmutableArray<QuantityBreakdown> Breakdowns(ScannedText scanned, QuantityPaths quantityPaths)
    {
        var breakdowns = ImmutableArray.CreateBuilder<QuantityBreakdown>(scanned.Breakdowns.Length);
        foreach (var match in scanned.Breakdowns)
        {
            var total = match.Total >= 0 ? quantityPaths[match.Total] : null;
            var parts = new string[match.Parts.Length];
            var held = match.Total < 0 || total is not null;
            for (var i = 0; i < parts.Length && held; i++)
            {
                var path = quantityPaths[match.Parts[i]];
                held = path is not null;
                parts[i] = path!;
            }

            if (held)
            {
                breakdowns.Add(new QuantityBreakdown(total, [.. parts], match.Completeness));
            }
        }

        return breakdowns.ToImmutable();
    }
}
