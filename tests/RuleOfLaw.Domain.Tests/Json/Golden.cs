using System;
using System.Collections.Immutable;
using System.IO;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Json;

/// <summary>
/// The golden JSON files of the wire format and the schema files under <c>schema/</c>, read from the source tree.
/// </summary>
/// <remarks>
/// After an intended change of the wire format, regenerate them with
/// <c>UPDATE_GOLDEN=1 dotnet test</c> and review the diff; the tests then rewrite the files instead of failing.
/// </remarks>
public static class Golden
{
    public const string PingshanReport = "pingshan-2020.report.json";
    public const string MinimalReport = "minimal.report.json";
    public const string IndicatorFramework = "provincial.framework.json";
    public const string PingshanValidationFile = "pingshan-2020.validation.json";
    public const string CaseRecordsFile = "case-records.json";

    public const string UpdateHint = "The committed file is out of date. Run `UPDATE_GOLDEN=1 dotnet test` from the repository root, then review and commit the diff.";

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static string Folder => Path.Combine(RepositoryRoot, "tests", "RuleOfLaw.Domain.Tests", "Json");

    public static string SchemaFolder => Path.Combine(RepositoryRoot, "schema");

    /// <summary>Gets the repository root, found upwards from the test binaries (CI maps source paths, so no caller paths).</summary>
    private static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RuleOfLaw.Domain.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("RuleOfLaw.Domain.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Gets the report the Pingshan golden file holds.</summary>
    public static AnnualReport Pingshan() => Samples.PingshanReport.Build();

    /// <summary>Gets the findings of the national rules on the Pingshan report, as of 1 June 2021.</summary>
    public static ValidationResult PingshanValidation() =>
        Pingshan().Validate(RuleSet.National, new FakeClock(Instant.FromUtc(2021, 6, 1, 0, 0)));

    /// <summary>Gets the smallest report: only what the constructor requires.</summary>
    public static AnnualReport Minimal() =>
        new(new ReportingSubject("某县人民政府", "某县", AdministrativeLevel.County, SubjectKind.Government), ReportYear.Of(2023), "某县2023年法治政府建设年度报告");

    /// <summary>Gets a three-level indicator framework with weights on some nodes.</summary>
    public static IndicatorFramework Framework() =>
        new(
            "某省法治政府建设指标体系",
            "某省全面依法治省委员会办公室",
            ImmutableArray.Create(2, 3, 2),
            ImmutableArray.Create(
                new IndicatorFrameworkNode("政府职能依法全面履行", 30.0m, ImmutableArray.Create(
                    new IndicatorFrameworkNode("权责清单动态调整", 10m),
                    new IndicatorFrameworkNode("营商环境", 20.50m, ImmutableArray.Create(
                        new IndicatorFrameworkNode("涉企执法检查"),
                        new IndicatorFrameworkNode("行政许可时限", 0.25m))))),
                new IndicatorFrameworkNode("行政权力制约监督", 70m, ImmutableArray.Create(
                    new IndicatorFrameworkNode("行政复议纠错率")))));

    /// <summary>Gets case records with every kind of decision, answered and unanswered recommendations, and an urgent consultation.</summary>
    public static CaseRecords CaseRecords() =>
        new(
            [
                new EnforcementDisclosure(EnforcementDecisionKind.Penalty, new LocalDate(2024, 3, 4), new LocalDate(2024, 3, 6), "某罚决字〔2024〕1号"),
                new EnforcementDisclosure(EnforcementDecisionKind.Licence, new LocalDate(2024, 4, 30), new LocalDate(2024, 5, 9)),
                new EnforcementDisclosure(EnforcementDecisionKind.Other, new LocalDate(2024, 9, 30)),
            ],
            [
                new ProcuratorialRecommendation(new LocalDate(2024, 4, 1), new LocalDate(2024, 5, 20), "某检行建〔2024〕3号"),
                new ProcuratorialRecommendation(new LocalDate(2024, 11, 15)),
                new ProcuratorialRecommendation(new LocalDate(2024, 6, 3), new LocalDate(2024, 6, 14), "某检行建〔2024〕5号", isUrgent: true),
            ],
            [
                new PublicConsultation("某区城市更新专项规划", new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30))),
                new PublicConsultation("某区防汛应急预案修订", new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 7, 10)), isUrgencyRecorded: true),
            ]);

    /// <summary>Asserts a golden file equals the current output, or rewrites it when updating.</summary>
    public static void AssertUpToDate(string path, string current)
    {
        if (Updating)
        {
            File.WriteAllText(path, current);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing. {UpdateHint}");
        var committed = File.ReadAllText(path);
        Assert.True(committed == current, $"{path} differs from the current output. {UpdateHint}");
    }
}
