using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Testing;

/// <summary>
/// Sample documents embedded in this package: a real district report, a minimal valid report, and documents that
/// between them break every national rule once, each with the findings it is expected to give listed beside it.
/// </summary>
/// <remarks>Every property reads its resource afresh; reports are immutable, so callers may share them.</remarks>
public static class SampleDocuments
{
    /// <summary>Gets a clock fixed at 1 June 2026 00:00 UTC, after every sample's deadlines, for validating samples reproducibly.</summary>
    public static IClock Clock => new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0));

    /// <summary>Gets a real district government's 2020 rule-of-law government report as published, as plain text.</summary>
    public static string PublishedReportText => Read("district-report-2020.txt");

    /// <summary>Gets the same published report in the JSON wire format.</summary>
    public static string PublishedReportJson => Read("district-report-2020.report.json");

    /// <summary>Gets the same published report, read from <see cref="PublishedReportJson"/>.</summary>
    public static AnnualReport PublishedReport => RuleOfLawJson.Report.Deserialize(PublishedReportJson);

    /// <summary>Gets a small report that the national rules accept, in the JSON wire format: the default of <see cref="Builders.AnAnnualReport"/> for 2024.</summary>
    public static string MinimalJson => Read("minimal-valid.report.json");

    /// <summary>Gets a minimal valid report, read from <see cref="MinimalJson"/>.</summary>
    public static AnnualReport MinimalReport => RuleOfLawJson.Report.Deserialize(MinimalJson);

    /// <summary>Gets, in the JSON wire format, a district report that breaks each national rule a district report can break once.</summary>
    /// <remarks>
    /// It breaks V1–V3, V7–V9 and V11 (codes ROL0001–ROL0003, ROL0007–ROL0009, ROL0011, ROL0017, ROL0018, ROL0021–ROL0023). V4,
    /// V6 and V10 are overlays, not national rules, and it breaks none of them. The national rules it cannot break are
    /// broken by the other samples: V5 and the overdue form of V2 by <see cref="LateProvincialReport"/>, V12–V14 by
    /// <see cref="BreaksEveryCaseRule"/>, V15 by <see cref="FrameworkWithMismatchedCounts"/>.
    /// </remarks>
    public static string BreaksEveryNationalRuleJson => Read("breaks-every-national-rule.report.json");

    /// <summary>Gets the report of <see cref="BreaksEveryNationalRuleJson"/>.</summary>
    public static AnnualReport BreaksEveryNationalRule => RuleOfLawJson.Report.Deserialize(BreaksEveryNationalRuleJson);

    /// <summary>
    /// Gets the findings <see cref="ReportValidator"/> with <see cref="RuleSet.National"/> and <see cref="Clock"/> reports for
    /// <see cref="BreaksEveryNationalRule"/>, as (code, path) pairs in the validator's order.
    /// </summary>
    public static ImmutableArray<(string Code, string Path)> BreaksEveryNationalRuleExpectedFindings => ReadFindings("breaks-every-national-rule.expected.txt");

    /// <summary>
    /// Gets, in the JSON wire format, a provincial government's 2024 report that was never published and was submitted to
    /// the Party Central Committee and the State Council on 1 April 2025, one day late.
    /// </summary>
    /// <remarks>
    /// It breaks the two national report rules a district report cannot: V5 (ROL0005, which binds provinces only) and V2
    /// in its overdue form (ROL0019, which a published report cannot break). Nothing else is wrong with it.
    /// </remarks>
    public static string LateProvincialReportJson => Read("late-provincial-report.report.json");

    /// <summary>Gets the report of <see cref="LateProvincialReportJson"/>.</summary>
    public static AnnualReport LateProvincialReport => RuleOfLawJson.Report.Deserialize(LateProvincialReportJson);

    /// <summary>
    /// Gets the findings <see cref="ReportValidator"/> with <see cref="RuleSet.National"/> and <see cref="Clock"/> reports for
    /// <see cref="LateProvincialReport"/>, as (code, path) pairs in the validator's order.
    /// </summary>
    public static ImmutableArray<(string Code, string Path)> LateProvincialReportExpectedFindings => ReadFindings("late-provincial-report.expected.txt");

    /// <summary>
    /// Gets case records that break each case rule once: a late disclosure (V12, ROL0012), a disclosure in a year the
    /// working-day calendar does not cover (V12, ROL0016), a late answer and a missing, overdue one (V13, ROL0013 and
    /// ROL0020) and a short consultation (V14, ROL0014).
    /// </summary>
    /// <remarks>
    /// Read from <see cref="BreaksEveryCaseRuleJson"/>. Validate with <see cref="ReportValidator.Validate(CaseRecords)"/>;
    /// the findings are <see cref="BreaksEveryCaseRuleExpectedFindings"/>.
    /// </remarks>
    public static CaseRecords BreaksEveryCaseRule => RuleOfLawJson.CaseRecords.Deserialize(BreaksEveryCaseRuleJson);

    /// <summary>Gets the case records of <see cref="BreaksEveryCaseRule"/> in the JSON wire format.</summary>
    public static string BreaksEveryCaseRuleJson => Read("breaks-every-case-rule.case-records.json");

    /// <summary>
    /// Gets the findings <see cref="ReportValidator"/> with <see cref="RuleSet.National"/> and <see cref="Clock"/> reports for
    /// <see cref="BreaksEveryCaseRule"/>, as (code, path) pairs in the validator's order.
    /// </summary>
    public static ImmutableArray<(string Code, string Path)> BreaksEveryCaseRuleExpectedFindings => ReadFindings("breaks-every-case-rule.expected.txt");

    /// <summary>Gets, in the JSON wire format, an indicator framework whose declared level counts do not match its tree (V15).</summary>
    public static string FrameworkWithMismatchedCountsJson => Read("mismatched-counts.framework.json");

    /// <summary>Gets the framework of <see cref="FrameworkWithMismatchedCountsJson"/>.</summary>
    public static IndicatorFramework FrameworkWithMismatchedCounts => RuleOfLawJson.Framework.Deserialize(FrameworkWithMismatchedCountsJson);

    /// <summary>
    /// Gets the findings <see cref="ReportValidator"/> with <see cref="RuleSet.National"/> reports for
    /// <see cref="FrameworkWithMismatchedCounts"/>, as (code, path) pairs in the validator's order.
    /// </summary>
    public static ImmutableArray<(string Code, string Path)> FrameworkWithMismatchedCountsExpectedFindings => ReadFindings("mismatched-counts.expected.txt");

    private static ImmutableArray<(string Code, string Path)> ReadFindings(string name) =>
        Read(name)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2))
            .Select(parts => (parts[0], parts.Length > 1 ? parts[1] : string.Empty))
            .ToImmutableArray();

    private static string Read(string name)
    {
        using var stream = typeof(SampleDocuments).Assembly.GetManifestResourceStream("RuleOfLaw.Domain.Testing.Samples." + name)
            ?? throw new InvalidOperationException("resource " + name + " is missing from " + typeof(SampleDocuments).Assembly.GetName().Name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
