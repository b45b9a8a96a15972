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

    public static void Write(TextWriter output, ReportCheck check)
    {
        if (check.Report is not { } report)
        {
            if (check.Read is { } read)
            {
                WritePartial(output, check, read);
            }
            else
            {
                output.WriteLine(Invariant($"{check.Name}: {check.Problem}"));
            }

            return;
        }

        output.WriteLine(report.Title);
        output.WriteLine(Invariant($"  source     {check.Name}"));
        if (check.ReadAs is { } readAs)
        {
            output.WriteLine(Invariant($"  read as    {readAs}"));
        }

        output.WriteLine(Invariant($"  subject    {report.Subject.FullName} ({report.Subject.ShortName}; {report.Subject.Level?.ToString() ?? "level unknown"}, {report.Subject.Kind})"));
        output.WriteLine(Invariant($"  year       {report.Year} (plan for {report.Plan?.Year.ToString() ?? "—"})"));
        output.WriteLine(report.Publication is { } publication
            ? Invariant($"  published  {publication.PublishedAt.ToString("uuuu-MM-dd'T'HH:mm:sso<m>", CultureInfo.InvariantCulture)} ({publication.Channel?.ToString() ?? "channel not stated"}{(publication.InformationSource is null ? string.Empty : ", " + publication.InformationSource)})")
            : report.Exemption is { } exemption ? Invariant($"  exempt     {exemption.Reason}") : "  published  not stated");
        if (report.SignOff is { } signOff)
        {
            output.WriteLine(Invariant($"  signed     {signOff.Signer}, {signOff.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}"));
        }

        output.WriteLine();
        output.WriteLine("Outline");
        foreach (var section in report.Outline())
        {
            var parts = section.Parts.IsEmpty ? string.Empty : "  [" + string.Join(", ", section.Parts.Select(PartName)) + "]";
            var uncertain = section.IsHeadingBoundaryUncertain ? "  (heading boundary uncertain)" : string.Empty;
            output.WriteLine(Invariant($"  {new string(' ', 2 * (section.OutlineLevel - 1))}{section.Marker}{section.Heading}{parts}{uncertain}"));
        }

        WriteParts(output, report.Outline(), check.Findings);
        output.WriteLine();

        var quantities = report.PreambleQuantities.Length + report.Outline().Sum(s => s.Quantities.Length) + report.Measures.Sum(m => m.Results.Length);
        output.WriteLine(Invariant($"Content: {quantities} quantities, {report.Measures.Length} measures, {report.Shortcomings.Length} shortcomings, {report.Plan?.Items.Length ?? 0} plan items, {report.IndicatorValues.Length} indicator values"));
        output.WriteLine();

        WriteRates(output, check.Rates, check.Findings);
        WriteFindings(output, check);
    }

    /// <summary>Writes what was read from a text that gave too little for a report: the facts found, the rates, the notes.</summary>
    private static void WritePartial(TextWriter output, ReportCheck check, ReportReadResult read)
    {
        var syntax = read.Syntax;
        output.WriteLine(Invariant($"{check.Name}: {check.Unbuilt}"));
        output.WriteLine(Invariant($"  title      {syntax.Title?.Value ?? "—"}"));
        output.WriteLine(Invariant($"  year       {(syntax.Year is { } year ? year.Value.ToString(CultureInfo.InvariantCulture) : "—")}"));
        output.WriteLine(Invariant($"  issuer     {syntax.Issuer?.Value ?? syntax.InformationSource?.Value ?? "—"}"));
        output.WriteLine(Invariant($"  published  {(syntax.PublishedAt is { } published ? published.Value.ToString("uuuu-MM-dd'T'HH:mm:sso<m>", CultureInfo.InvariantCulture) : "not stated")}"));
        output.WriteLine();
        output.WriteLine("Outline");
        WriteOutline(output, syntax.Outline);
        if (read.Partial is { } partial)
        {
            // Validation does not run on a partial read, so this line is the one place that says which parts are missing.
            WriteParts(output, partial.Sections.SelectMany(s => s.SelfAndDescendants()), null);
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Content: {syntax.Quantities.Length} quantities, {syntax.Rates.Length} rates"));
        output.WriteLine();
        output.WriteLine("Rates");
        if (syntax.Rates.IsEmpty)
        {
            output.WriteLine("  none stated");
        }

        foreach (var rate in syntax.Rates)
        {
            var counts = Invariant($"{Count(rate.Numerator)}/{Count(rate.Denominator)}");
            var printed = rate.Figure is { } figure ? Invariant($"{figure}%") : "—";
            var verdict = rate.IsConsistent switch { true => "consistent", false => "INCONSISTENT", _ => "not assessable" };
            output.WriteLine(Invariant($"  {rate.Indicator}: counts {counts}, published {printed} → {verdict}"));
        }

        output.WriteLine();
        WriteFindings(output, check);
    }

    /// <summary>Writes which parts the sections carry; a missing part the findings report names their code, so the fact has one code.</summary>
    private static void WriteParts(TextWriter output, IEnumerable<Section> sections, ValidationResult? findings)
    {
        var covered = sections.SelectMany(s => s.Parts).ToHashSet();
        output.WriteLine("  parts: " + string.Join("  ", RequiredParts.Select(p => Invariant($"{(int)p} {PartName(p)} {(covered.Contains(p) ? "✓" : "✗" + MissingCode(p, findings))}"))));
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
    public static void WriteRates(TextWriter output, IReadOnlyList<RateLine> rates, ValidationResult findings)
    {
        output.WriteLine("Rates");
        if (rates.Count == 0)
        {
            output.WriteLine("  none stated");
        }

        foreach (var rate in rates)
        {
            var counts = Invariant($"{Count(rate.Numerator)}/{Count(rate.Denominator)}");
            var computed = rate.ComputedPercent is { } percent ? Invariant($"{percent}%") : "—";
            var published = rate.Published is { } figure ? Invariant($"{figure}%") : "—";
            var scope = rate.Scope == "subject" ? string.Empty : Invariant($" @{rate.Scope}");
            var codes = FindingCodes(rate, findings);
            output.WriteLine(Invariant($"  {rate.Indicator}{scope}: counts {counts}, computed {computed}, published {published} → {Mark(rate.Verdict)}{codes}: {rate.Detail}"));
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

    public static void WriteFindings(TextWriter output, ReportCheck check)
    {
        if (!check.ReadNotes.IsEmpty)
        {
            output.WriteLine(Invariant($"Reading notes ({check.ReadNotes.Length})"));
            foreach (var note in check.ReadNotes)
            {
                var at = note.Start >= 0 ? Invariant($" at {note.Start}+{note.Length}") : string.Empty;
                output.WriteLine(Invariant($"  {note.Code}{at}: {note.Message}"));
            }

            output.WriteLine();
        }

        output.WriteLine(Invariant($"Findings: {check.Count(Severity.Error)} errors, {check.Count(Severity.Warning)} warnings, {check.Count(Severity.Info)} notes"));
        foreach (var issue in check.Findings.Issues)
        {
            output.WriteLine(Invariant($"  {SeverityName(issue.Severity),-7} {issue.Code} {issue.Path}: {issue.Message}"));
        }
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Mark(RateVerdict verdict) => verdict switch
    {
        RateVerdict.Consistent => "consistent",
        RateVerdict.Inconsistent => "INCONSISTENT",
        RateVerdict.Implied => "implied",
        RateVerdict.Computed => "computed",
        _ => "not assessable",
    };

    public static string PartName(ReportPart part) => part switch
    {
        ReportPart.MeasuresAndResults => "measures and results",
        ReportPart.ShortcomingsAndCauses => "shortcomings and causes",
        ReportPart.FirstResponsiblePersonDuties => "first-responsible-person duties",
        ReportPart.NextYearArrangements => "next-year arrangements",
        _ => "other matters",
    };

    private static string Count(long? count) => count is { } value ? value.ToString(CultureInfo.InvariantCulture) : "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
