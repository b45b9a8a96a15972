using System;
using System.IO;
using System.Linq;
using NodaTime;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Json;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

public sealed class SampleDocumentsTests
{
    /// <summary>The report behind the embedded <c>breaks-every-national-rule</c> sample, built with the package's builders.</summary>
    public static AnnualReport BreakEveryNationalRule() =>
        AnAnnualReport.For(2023)
            .WithIncompleteTitle()
            .WithMergedParts()
            .WithoutPart(ReportPart.NextYearArrangements)
            .PublishedLate()
            .SubmittedTo(
                new Submission("区委", SubmissionRecipientKind.PartyCommittee, new LocalDate(2024, 4, 1)),
                new Submission("区人大常委会", SubmissionRecipientKind.PeopleCongressStandingCommittee, new LocalDate(2023, 12, 31)))
            .WithShortcomingWithoutCause()
            .WithInconsistentRate()
            .WithFigureForInapplicableRate()
            .WithConflictingPrintings()
            .WithImpossibleRate()
            .WithHundredPercentForNotAll()
            .WithPartsAboveTheirTotal()
            .Build();

    /// <summary>The report behind the embedded <c>late-provincial-report</c> sample.</summary>
    public static AnnualReport LateProvincialReport() =>
        AnAnnualReport.For(2024).ByProvincialGovernment("某省人民政府").Unpublished().SubmittedLateToCentralCommitteeAndStateCouncil().Build();

    /// <summary>The case records behind the embedded <c>breaks-every-case-rule</c> sample.</summary>
    public static CaseRecords BreakEveryCaseRule() =>
        SomeCaseRecords.In(2024).WithLateDisclosure().WithDisclosureOutsideTheCalendar().WithLateRecommendationAnswer()
            .WithUnansweredRecommendation().WithShortConsultation().Build();

    /// <summary>The framework behind the embedded <c>mismatched-counts</c> sample.</summary>
    public static IndicatorFramework FrameworkWithMismatchedCounts() =>
        AnIndicatorFramework.Named("示例考核指标体系").WithMismatchedDeclaredCounts().Build();

    private static ReportValidator Validator => new(RuleSet.National, SampleDocuments.Clock);

    private static string SampleFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RuleOfLaw.Domain.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory!.FullName, "src", "RuleOfLaw.Domain.Testing", "Samples");
        }
    }

    private static (string Code, string Path)[] Findings(ValidationResult result) => result.Issues.Select(issue => (issue.Code, issue.Path)).ToArray();

    private static void UpdateSample(string name, string document, ValidationResult result)
    {
        if (Golden.Updating)
        {
            File.WriteAllText(Path.Combine(SampleFolder, name), document);
            File.WriteAllText(Path.Combine(SampleFolder, name[..name.IndexOf('.', StringComparison.Ordinal)] + ".expected.txt"),
                string.Concat(result.Issues.Select(issue => issue.Code + " " + issue.Path + "\n")));
        }
    }

    [Fact]
    public void BreaksEveryNationalRule_IsTheBuiltReport()
    {
        var built = BreakEveryNationalRule();
        UpdateSample("breaks-every-national-rule.report.json", RuleOfLawJson.Report.Serialize(built), Validator.Validate(built));
        if (Golden.Updating)
        {
            File.WriteAllText(Path.Combine(SampleFolder, "minimal-valid.report.json"), RuleOfLawJson.Report.Serialize(AnAnnualReport.For(2024).Build()));
        }

        DomainAssert.Equal(built, SampleDocuments.BreaksEveryNationalRule);
    }

    [Fact]
    public void BreaksEveryNationalRule_FindingsAreTheListedOnes()
    {
        Assert.Equal(SampleDocuments.BreaksEveryNationalRuleExpectedFindings, Findings(Validator.Validate(SampleDocuments.BreaksEveryNationalRule)));
    }

    [Fact]
    public void BreaksEveryNationalRule_UnderEveryOverlay_HasOnlyTheListedFindings()
    {
        var everything = RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline).With(RuleSetOverlays.DemonstrationAreaReporting)
            .With(RuleSetOverlays.PrincipalLeaderSignOff).With(RuleSetOverlays.ProvincialGuideline);

        var findings = Findings(new ReportValidator(everything, SampleDocuments.Clock).Validate(SampleDocuments.BreaksEveryNationalRule));

        Assert.Equal(SampleDocuments.BreaksEveryNationalRuleExpectedFindings, findings);
    }

    [Fact]
    public void BreaksEveryNationalRule_MergesOnePartIntoTheFirstSection_AndKeepsTheOutline()
    {
        var sections = SampleDocuments.BreaksEveryNationalRule.Sections;

        Assert.Equal(3, sections.Length);
        Assert.Equal([ReportPart.MeasuresAndResults, ReportPart.ShortcomingsAndCauses], sections[0].Parts);
        Assert.Single(sections[0].Children);
    }

    [Theory]
    [InlineData(ValidationCodes.RequiredPartMissing)]
    [InlineData(ValidationCodes.PublishedLate)]
    [InlineData(ValidationCodes.LocalGovernmentSubmissionLate)]
    [InlineData(ValidationCodes.DatedBeforeYearEnd)]
    [InlineData(ValidationCodes.ShortcomingWithoutCause)]
    [InlineData(ValidationCodes.TitleIncomplete)]
    [InlineData(ValidationCodes.PublishedRateInconsistent)]
    [InlineData(ValidationCodes.PartsMerged)]
    [InlineData(ValidationCodes.FigureForInapplicableRate)]
    [InlineData(ValidationCodes.PublishedFigureConflict)]
    [InlineData(ValidationCodes.PublishedRateImpossible)]
    [InlineData(ValidationCodes.PublishedFigureAllOrNone)]
    public void BreaksEveryNationalRule_HasEachReportRuleOnce(string code)
    {
        var listed = SampleDocuments.BreaksEveryNationalRuleExpectedFindings;

        Assert.Single(listed, finding => finding.Code == code);
    }

    [Fact]
    public void LateProvincialReport_IsTheBuiltReport()
    {
        var built = LateProvincialReport();
        UpdateSample("late-provincial-report.report.json", RuleOfLawJson.Report.Serialize(built), Validator.Validate(built));

        DomainAssert.Equal(built, SampleDocuments.LateProvincialReport);
    }

    [Fact]
    public void LateProvincialReport_FindingsAreTheListedOnes()
    {
        var findings = Findings(Validator.Validate(SampleDocuments.LateProvincialReport));

        Assert.Equal(SampleDocuments.LateProvincialReportExpectedFindings, findings);
        Assert.Equal([ValidationCodes.ProvincialSubmissionLate, ValidationCodes.PublicationOverdue], findings.Select(finding => finding.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LateProvincialReport_SubmittedTheDayBefore_IsNotLate()
    {
        var report = SampleDocuments.LateProvincialReport;
        var onTime = AnAnnualReport.For(2024).ByProvincialGovernment("某省人民政府").Unpublished()
            .SubmittedTo([.. report.Submissions.Select(s => s.RecipientKind == SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil
                ? new Submission(s.Recipient, s.RecipientKind, s.Date.PlusDays(-1)) : s)])
            .Build();

        DomainAssert.LacksFinding(Validator.Validate(onTime), ValidationCodes.ProvincialSubmissionLate);
    }

    [Fact]
    public void LateProvincialReport_ByADistrict_DoesNotBreakTheProvincialRule()
    {
        var district = AnAnnualReport.For(2024).SubmittedLateToCentralCommitteeAndStateCouncil().Build();

        DomainAssert.IsValid(Validator.Validate(district));
    }

    [Fact]
    public void BreaksEveryCaseRule_IsTheBuiltRecords()
    {
        var built = BreakEveryCaseRule();
        UpdateSample("breaks-every-case-rule.case-records.json", RuleOfLawJson.CaseRecords.Serialize(built), Validator.Validate(built));

        Assert.Equal(built, SampleDocuments.BreaksEveryCaseRule);
    }

    [Fact]
    public void BreaksEveryCaseRule_FindingsAreTheListedOnes()
    {
        var findings = Findings(Validator.Validate(SampleDocuments.BreaksEveryCaseRule));

        Assert.Equal(SampleDocuments.BreaksEveryCaseRuleExpectedFindings, findings);
        Assert.Equal(
            [ValidationCodes.EnforcementDisclosureLate, ValidationCodes.RecommendationAnsweredLate, ValidationCodes.ConsultationTooShort, ValidationCodes.WorkingDayCalendarUnknown, ValidationCodes.RecommendationAnswerOverdue],
            findings.Select(finding => finding.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FrameworkWithMismatchedCounts_IsTheBuiltFramework()
    {
        var built = FrameworkWithMismatchedCounts();
        UpdateSample("mismatched-counts.framework.json", RuleOfLawJson.Framework.Serialize(built), Validator.Validate(built));

        Assert.Equal(built, SampleDocuments.FrameworkWithMismatchedCounts);
    }

    [Fact]
    public void FrameworkWithMismatchedCounts_FindingsAreTheListedOnes()
    {
        var findings = Findings(Validator.Validate(SampleDocuments.FrameworkWithMismatchedCounts));

        Assert.Equal(SampleDocuments.FrameworkWithMismatchedCountsExpectedFindings, findings);
        Assert.Equal([ValidationCodes.IndicatorLevelCountMismatch], findings.Select(finding => finding.Code));
    }

    [Fact]
    public void Samples_TogetherBreakEveryNationalRule_EachCodeAtMostOncePerSample()
    {
        (string Code, string Path)[][] samples =
        [
            [.. SampleDocuments.BreaksEveryNationalRuleExpectedFindings],
            [.. SampleDocuments.LateProvincialReportExpectedFindings],
            [.. SampleDocuments.BreaksEveryCaseRuleExpectedFindings],
            [.. SampleDocuments.FrameworkWithMismatchedCountsExpectedFindings],
        ];
        // Rules across reports (X1–X5) cannot be broken by one sample; CrossReportRulesTests covers them. V16 (a document
        // that is not an annual report) replaces the rules of annual reports, so no sample of those breaks it;
        // DocumentKindRuleTests covers it.
        var national = ValidationCodes.All.Where(descriptor => descriptor.Scope == ValidationRuleScope.National && !descriptor.Rule.StartsWith('X') && descriptor.Rule != "V16").Select(descriptor => descriptor.Code).ToHashSet();

        Assert.Empty(national.Except(samples.SelectMany(findings => findings.Select(finding => finding.Code))).Order(StringComparer.Ordinal));
        Assert.All(samples, findings => Assert.Equal(findings.Length, findings.Select(finding => finding.Code).Distinct().Count()));
        Assert.All(samples.SelectMany(findings => findings), finding => Assert.Contains(finding.Code, national));
    }

    [Fact]
    public void MinimalReport_IsTheDefaultBuiltReport()
    {
        DomainAssert.Equal(AnAnnualReport.For(2024).Build(), SampleDocuments.MinimalReport);
    }

    [Fact]
    public void MinimalReport_IsValid()
    {
        var result = new ReportValidator(RuleSet.National, SampleDocuments.Clock).Validate(SampleDocuments.MinimalReport);

        Assert.Empty(result.Issues);
    }

    [Fact]
    public void PingshanReport_RoundTripsToItsJson()
    {
        Assert.Equal(SampleDocuments.PublishedReportJson.TrimEnd(), RuleOfLawJson.Report.Serialize(SampleDocuments.PublishedReport).TrimEnd());
    }

    [Fact]
    public void PingshanText_IsTheTestSample()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "pingshan-2020.txt")), SampleDocuments.PublishedReportText);
    }

    [Fact]
    public void PublishedReportJson_IsTheGoldenFileOfTheJsonTests()
    {
        var golden = File.ReadAllText(Path.Combine(RuleOfLaw.Domain.Tests.Json.Golden.Folder, "pingshan-2020.report.json"));

        Assert.Equal(golden.ReplaceLineEndings("\n").TrimEnd(), SampleDocuments.PublishedReportJson.ReplaceLineEndings("\n").TrimEnd());
    }
}
