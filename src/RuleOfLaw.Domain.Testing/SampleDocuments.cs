using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Testing;

/// <summary>Sample documents embedded in this package: a real district report, a minimal valid report and a deliberately broken one.</summary>
/// <remarks>Every property reads its resource afresh; reports are immutable, so callers may share them.</remarks>
public static class SampleDocuments
{
    /// <summary>Gets a clock fixed at 1 June 2026 00:00 UTC, after every sample's deadlines, for validating samples reproducibly.</summary>
    public static IClock Clock => new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0));

    /// <summary>Gets a real district government's 2020 rule-of-law government report as published (the seed report of this project), as plain text.</summary>
    public static string PublishedReportText => Read("district-report-2020.txt");

    /// <summary>Gets the same published report in the JSON wire format.</summary>
    public static string PublishedReportJson => Read("district-report-2020.report.json");

    /// <summary>Gets the same published report, read from <see cref="PublishedReportJson"/>.</summary>
    public static AnnualReport PublishedReport => RuleOfLawJson.DeserializeAnnualReport(PublishedReportJson);

    /// <summary>Gets a small report that the national rules accept, in the JSON wire format: the default of <see cref="Builders.AnAnnualReport"/> for 2024.</summary>
    public static string MinimalJson => Read("minimal-valid.report.json");

    /// <summary>Gets a minimal valid report, read from <see cref="MinimalJson"/>.</summary>
    public static AnnualReport MinimalReport => RuleOfLawJson.DeserializeAnnualReport(MinimalJson);

    /// <summary>Gets, in the JSON wire format, a district report that breaks each national rule a district report can break once.</summary>
    public static string BreaksEveryNationalRuleJson => Read("breaks-every-national-rule.report.json");

    /// <summary>Gets the report of <see cref="BreaksEveryNationalRuleJson"/>.</summary>
    public static AnnualReport BreaksEveryNationalRule => RuleOfLawJson.DeserializeAnnualReport(BreaksEveryNationalRuleJson);

    /// <summary>
    /// Gets the findings <see cref="ReportValidator"/> with <see cref="RuleSet.National"/> and <see cref="Clock"/> reports for
    /// <see cref="BreaksEveryNationalRule"/>, as (code, path) pairs in the validator's order.
    /// </summary>
    public static ImmutableArray<(string Code, string Path)> BreaksEveryNationalRuleExpectedFindings =>
        Read("breaks-every-national-rule.expected.txt")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2))
            .Select(parts => (parts[0], parts.Length > 1 ? parts[1] : string.Empty))
            .ToImmutableArray();

    /// <summary>Gets case records that break each case rule once: a late disclosure (V12), a late answer (V13) and a short consultation (V14).</summary>
    /// <remarks>Validate with <see cref="ReportValidator.Validate(CaseRecords)"/>; the codes found are <see cref="BreaksEveryCaseRuleExpectedCodes"/>.</remarks>
    public static CaseRecords BreaksEveryCaseRule =>
        Builders.SomeCaseRecords.In(2024).WithLateDisclosure().WithLateRecommendationAnswer().WithShortConsultation().Build();

    /// <summary>Gets the codes <see cref="BreaksEveryCaseRule"/> is reported with, in the validator's order.</summary>
    public static ImmutableArray<string> BreaksEveryCaseRuleExpectedCodes { get; } =
        [ValidationCodes.EnforcementDisclosureLate, ValidationCodes.RecommendationAnsweredLate, ValidationCodes.ConsultationTooShort];

    /// <summary>Gets an indicator framework whose declared level counts do not match its tree (V15, ROL0015).</summary>
    public static IndicatorFramework FrameworkWithMismatchedCounts =>
        Builders.AnIndicatorFramework.Named("示例考核指标体系").WithMismatchedDeclaredCounts().Build();

    private static string Read(string name)
    {
        using var stream = typeof(SampleDocuments).Assembly.GetManifestResourceStream("RuleOfLaw.Domain.Testing.Samples." + name)
            ?? throw new InvalidOperationException("resource " + name + " is missing from " + typeof(SampleDocuments).Assembly.GetName().Name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
