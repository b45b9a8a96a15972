using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Output;

/// <summary>Writes one report's check as plain text: header, outline with parts, counts, rates and findings.</summary>
internal static class TextReport
{
    private static readonly ReportPart[] RequiredParts = Enum.GetValues<ReportPart>();

    public static void Write(TextWriter output, ReportCheck check, Words words)
    {
        if (check.Report is not { } report)
        {
            if (OtherDocument(check, words) is { } line)
            {
                output.WriteLine(line);
                output.WriteLine(Invariant($"  {words.Label(words.Source)} {check.Name}"));
                output.WriteLine();
                WriteFindings(output, check, words);
            }
            else if (check.Read is { } read)
            {
                WritePartial(output, check, read, words);
            }
            else
            {
                output.WriteLine(Invariant($"{check.Name}: {check.ProblemIn(words.Language)}"));
            }

            return;
        }

        output.WriteLine(report.Title);
        output.WriteLine(Invariant($"  {words.Label(words.Source)} {check.Name}"));
        if (check.ReadAsIn(words.Language) is { } readAs)
        {
            output.WriteLine(Invariant($"  {words.Label(words.ReadAs)} {readAs}"));
        }

        if (report.DocumentKind != DocumentKind.AnnualReport)
        {
            output.WriteLine(Invariant($"  {words.Label(words.Kind)} {words.NotAnAnnualReport(report.DocumentKind)}"));
        }

        output.WriteLine(Invariant($"  {words.Label(words.Subject)} {words.SubjectLine(report.Subject)}"));
        output.WriteLine(Invariant($"  {words.Label(words.Year)} {words.YearWithPlan(report.Year.Year, report.Plan?.Year.Year)}"));
        output.WriteLine(report.Publication is { } publication
            ? Invariant($"  {words.Label(words.Published)} {Timestamp(publication.PublishedAt)}{words.PublishedVia(publication.Channel, publication.InformationSource)}")
            : report.Exemption is { } exemption ? Invariant($"  {words.Label(words.Exempt)} {exemption.Reason}") : Invariant($"  {words.Label(words.Published)} {words.NotStated}"));
        if (report.SignOff is { } signOff)
        {
            output.WriteLine(Invariant($"  {words.Label(words.Signed)} {words.SignedBy(signOff.Signer, signOff.Date)}"));
        }

        output.WriteLine();
        output.WriteLine(words.Outline);
        foreach (var section in report.Outline())
        {
            var parts = section.Parts.IsEmpty ? string.Empty : "  [" + string.Join(", ", section.Parts.Select(words.Part)) + "]";
            var uncertain = section.IsHeadingBoundaryUncertain ? words.HeadingBoundaryUncertain : string.Empty;
            output.WriteLine(Invariant($"  {new string(' ', 2 * (section.OutlineLevel - 1))}{section.Marker}{section.Heading}{parts}{uncertain}"));
        }

        if (report.DocumentKind == DocumentKind.AnnualReport)
        {
            WriteParts(output, report.Outline(), check.Findings, words);
        }

        output.WriteLine();

        var quantities = report.PreambleQuantities.Length + report.Outline().Sum(s => s.Quantities.Length) + report.Measures.Sum(m => m.Results.Length);
        output.WriteLine(words.Content(quantities, report.Measures.Length, report.Shortcomings.Length, report.Plan?.Items.Length ?? 0, report.IndicatorValues.Length));
        output.WriteLine();

        WriteRates(output, check.Rates, check.Findings, words);
        WriteFindings(output, check, words);
    }

    /// <summary>Gets the line that names case registers or an indicator framework the check read, or null for any other check.</summary>
    public static string? OtherDocument(ReportCheck check, Words words) =>
        check.CaseRecords is { } records ? words.CaseRecordsLine(records.Disclosures.Length, records.Recommendations.Length, records.Consultations.Length)
        : check.Framework is { } framework ? words.FrameworkLine(framework.Name, framework.CountPerLevel())
        : null;

    /// <summary>Writes what was read from a text that gave too little for a report: the facts found, the rates, the notes.</summary>
    private static void WritePartial(TextWriter output, ReportCheck check, ReportReadResult read, Words words)
    {
        var syntax = read.Syntax;
        output.WriteLine(Invariant($"{check.Name}{words.Colon}{check.ProblemIn(words.Language)}"));
        output.WriteLine(Invariant($"  {words.Label(words.Title)} {syntax.Title?.Value ?? "—"}"));
        if (read.DocumentKind != DocumentKind.AnnualReport)
        {
            output.WriteLine(Invariant($"  {words.Label(words.Kind)} {words.NotAnAnnualReport(read.DocumentKind)}"));
        }

        output.WriteLine(Invariant($"  {words.Label(words.Year)} {(syntax.Year is { } year ? year.Value.ToString(CultureInfo.InvariantCulture) : "—")}"));
        output.WriteLine(Invariant($"  {words.Label(words.Issuer)} {syntax.Issuer?.Value ?? syntax.InformationSource?.Value ?? "—"}"));
        output.WriteLine(Invariant($"  {words.Label(words.Published)} {(syntax.PublishedAt is { } published ? Timestamp(published.Value) : words.NotStated)}"));
        output.WriteLine();
        output.WriteLine(words.Outline);
        WriteOutline(output, syntax.Outline);
        if (read.Partial is { } partial && read.DocumentKind == DocumentKind.AnnualReport)
        {
            // Validation does not run on a partial read, so this line is the one place that says which parts are missing.
            WriteParts(output, partial.Sections.SelectMany(s => s.SelfAndDescendants()), null, words);
        }

        output.WriteLine();
        output.WriteLine(words.PartialContent(syntax.Quantities.Length, syntax.Rates.Length));
        output.WriteLine();
        output.WriteLine(words.RatesHeading);
        if (syntax.Rates.IsEmpty)
        {
            output.WriteLine("  " + words.NoneStated);
        }

        foreach (var rate in syntax.Rates)
        {
            var counts = Invariant($"{Count(rate.Numerator)}/{Count(rate.Denominator)}");
            var printed = rate.Figure is { } figure ? Invariant($"{figure}%") : "—";
            output.WriteLine(Invariant($"  {words.Rate(rate)}{words.Colon}{words.RateFigures(counts, printed, words.Verdict(rate.IsConsistent))}"));
        }

        output.WriteLine();
        WriteFindings(output, check, words);
    }

    /// <summary>Writes which parts the sections carry; a missing part the findings report names their code, so the fact has one code.</summary>
    private static void WriteParts(TextWriter output, IEnumerable<Section> sections, ValidationResult? findings, Words words)
    {
        var covered = sections.SelectMany(s => s.Parts).ToHashSet();
        output.WriteLine("  " + words.PartsLabel + ": " + string.Join("  ", RequiredParts.Select(p => Invariant($"{(int)p} {words.Part(p)} {(covered.Contains(p) ? "✓" : "✗" + MissingCode(p, findings))}"))));
    }

    private static string MissingCode(ReportPart part, ValidationResult? findings)
    {
        var number = Invariant($"{(int)part} ");
        return findings is not null && findings.Issues.Any(i => i.Code == ValidationCodes.RequiredPartMissing && i.ValueOf("part")?.StartsWith(number, StringComparison.Ordinal) == true)
            ? " " + ValidationCodes.RequiredPartMissing
            : string.Empty;
    }

    private static void WriteOutline(TextWriter output, IEnumerable<OutlineNode> nodes)
    {
        foreach (var node in nodes)
        {
            output.WriteLine(Invariant($"  {new string(' ', 2 * (node.Level - 1))}{node.Marker}{node.Title}"));
            WriteOutline(output, node.Children);
        }
    }

    /// <summary>Writes each rate with its verdict; a verdict that a finding also states names the finding's codes, so the fact has one code.</summary>
    public static void WriteRates(TextWriter output, IReadOnlyList<RateLine> rates, ValidationResult findings, Words words)
    {
        output.WriteLine(words.RatesHeading);
        if (rates.Count == 0)
        {
            output.WriteLine("  " + words.NoneStated);
        }

        foreach (var rate in rates)
        {
            var counts = Invariant($"{Count(rate.Numerator)}/{Count(rate.Denominator)}");
            var computed = rate.ComputedPercent is { } percent ? Invariant($"{percent}%") : "—";
            var published = rate.Published is { } figure ? Invariant($"{figure}%") : "—";
            var scope = rate.Scope == "subject" ? string.Empty : Invariant($" @{rate.Scope}");
            var codes = FindingCodes(rate, findings);
            output.WriteLine(Invariant($"  {words.Rate(rate.Indicator, rate.Name)}{scope}{words.Colon}{words.RateFigures(counts, computed, published, words.Verdict(rate.Verdict))}{codes}{words.Colon}{words.Explain(rate)}"));
        }

        output.WriteLine();
    }

    /// <summary>The codes of the findings at or under a rate's path, as <c> (ROL0011)</c>; empty when none.</summary>
    private static string FindingCodes(RateLine rate, ValidationResult findings)
    {
        if (rate.Path.Length == 0)
        {
            return string.Empty;
        }

        var codes = findings.Issues
            .Where(i => i.Path.StartsWith(rate.Path, StringComparison.Ordinal) && (i.Path.Length == rate.Path.Length || i.Path[rate.Path.Length] is '.' or '['))
            .Select(i => i.Code)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return codes.Length == 0 ? string.Empty : " (" + string.Join(", ", codes) + ")";
    }

    /// <summary>
    /// Writes the reading notes and the findings, each placed as <c>line:column</c> in the text and followed by that line
    /// (cut around the place), so a reviewer sees what is meant without opening the file.
    /// </summary>
    public static void WriteFindings(TextWriter output, ReportCheck check, Words words)
    {
        if (!check.ReadNotes.IsEmpty)
        {
            output.WriteLine(words.ReadingNotes(check.ReadNotes.Length));
            foreach (var note in check.ReadNotes)
            {
                var at = note.Location is { } location ? " " + Words.Place(location) : string.Empty;
                output.WriteLine(Invariant($"  {note.Code}{at}{words.Colon}{note.GetMessage(words.Language)}"));
                WriteExcerpt(output, check, note.Location);
            }

            output.WriteLine();
        }

        output.WriteLine(words.Findings(check.Count(Severity.Error), check.Count(Severity.Warning), check.Count(Severity.Info)));
        foreach (var issue in check.Findings.Issues)
        {
            var location = check.LocationOf(issue);
            var at = location is null ? string.Empty : " " + Words.Place(location);
            output.WriteLine(Invariant($"  {Padded(words.Severity(issue.Severity), words)} {issue.Code} {issue.Path}{at}{words.Colon}{issue.GetMessage(words.Language)}"));
            WriteExcerpt(output, check, location);
        }
    }

    /// <summary>Writes the line of text a place is on, indented under its note; nothing when there is no place.</summary>
    private static void WriteExcerpt(TextWriter output, ReportCheck check, TextLocation? location)
    {
        if (location is not null && check.Locator is { } locator)
        {
            output.WriteLine("      | " + locator.Lines.Excerpt(location));
        }
    }

    /// <summary>A severity padded to one width: seven columns in English, two characters in Chinese.</summary>
    public static string Padded(string severity, Words words) => words.Language == Domain.MessageLanguage.Chinese ? severity : severity.PadRight(SeverityWidth);

    /// <summary>The width an English severity word is padded to, so messages line up.</summary>
    public const int SeverityWidth = 7;

    private static string Timestamp(NodaTime.OffsetDateTime value) => value.ToString("uuuu-MM-dd'T'HH:mm:sso<m>", CultureInfo.InvariantCulture);

    private static string Count(long? count) => count is { } value ? value.ToString(CultureInfo.InvariantCulture) : "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
