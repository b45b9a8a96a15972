using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Consumer.Tests;

/// <summary>What a district's case system might test before it exports its annual report.</summary>
public sealed class DistrictExportTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)));

    [Fact]
    public void Export_LatePublicationAndUncausedShortcoming_AreBothFlagged()
    {
        var report = AnAnnualReport.For(2024)
            .By(AReportingSubject.Named("某市某区人民政府", "某区"))
            .WithMeasures(AMeasure.Titled("简政放权").WithResults(AQuantity.Of(111, "项")))
            .PublishedOn(new LocalDate(2025, 4, 2))
            .WithShortcomingWithoutCause()
            .Build();

        var result = Validator.Validate(report);

        DomainAssert.HasFinding(result, ValidationCodes.PublishedLate, "Publication.PublishedAt");
        DomainAssert.HasFinding(result, ValidationCodes.ShortcomingWithoutCause, "Shortcomings[1]");
        DomainAssert.LacksFinding(result, ValidationCodes.LocalGovernmentSubmissionLate);
    }

    // begin-snippet: integrator
    [Fact]
    public void Export_PublishedAfterMarch_IsFlaggedLateAndNothingElse()
    {
        var validator = new ReportValidator(RuleSet.National, new FakeClock(Instant.FromUtc(2025, 6, 1, 0, 0)));
        var report = AnAnnualReport.For(2024)
            .ByDistrictGovernment("某市某区人民政府")
            .PublishedOn(new LocalDate(2025, 4, 2))
            .WithMeasure(AMeasure.Titled("深化“放管服”改革").WithResults(AQuantity.Of(111, "项")))
            .Build();

        var result = validator.Validate(report);

        DomainAssert.HasFinding(result, ValidationCodes.PublishedLate, "Publication.PublishedAt");
        Assert.Single(result.Issues);
    }
    // end-snippet: integrator

    [Fact]
    public void Export_OnTime_IsValid() =>
        DomainAssert.IsValid(Validator.Validate(AnAnnualReport.For(2024).PublishedOn(new LocalDate(2025, 3, 31)).Build()));

    [Fact]
    public void Json_RoundTrip_KeepsTheReport()
    {
        var report = AnAnnualReport.For(2024).WithInconsistentRate().Build();

        DomainAssert.Equal(report, RuleOfLawJson.Report.Deserialize(RuleOfLawJson.Report.Serialize(report)));
    }

    [Fact]
    public void Sample_BreaksEveryNationalRule_HasTheListedFindings()
    {
        var result = new ReportValidator(RuleSet.National, SampleDocuments.Clock).Validate(SampleDocuments.BreaksEveryNationalRule);

        foreach (var (code, path) in SampleDocuments.BreaksEveryNationalRuleExpectedFindings)
        {
            DomainAssert.HasFinding(result, code, path);
        }

        Assert.Equal(SampleDocuments.BreaksEveryNationalRuleExpectedFindings.Length, result.Issues.Length);
    }

    [Fact]
    public void Samples_LateProvincialReport_HasTheListedFindings() =>
        Assert.Equal(
            SampleDocuments.LateProvincialReportExpectedFindings,
            new ReportValidator(RuleSet.National, SampleDocuments.Clock).Validate(SampleDocuments.LateProvincialReport).Issues.Select(i => (i.Code, i.Path)));

    [Fact]
    public void Samples_CaseRecordsAndFramework_HaveTheListedFindings()
    {
        var validator = new ReportValidator(RuleSet.National, SampleDocuments.Clock);

        Assert.Equal(SampleDocuments.BreaksEveryCaseRuleExpectedFindings, validator.Validate(SampleDocuments.BreaksEveryCaseRule).Issues.Select(i => (i.Code, i.Path)));
        Assert.Equal(SampleDocuments.FrameworkWithMismatchedCountsExpectedFindings, validator.Validate(SampleDocuments.FrameworkWithMismatchedCounts).Issues.Select(i => (i.Code, i.Path)));
    }

    [Fact]
    public void CaseExport_LateDisclosure_SurvivesTheWireAndIsFlagged()
    {
        var records = SomeCaseRecords.In(2024).WithLateDisclosure().Build();

        var imported = RuleOfLawJson.CaseRecords.Deserialize(RuleOfLawJson.CaseRecords.Serialize(records));

        Assert.Equal(records, imported);
        DomainAssert.HasFinding(Validator.Validate(imported), ValidationCodes.EnforcementDisclosureLate, "Disclosures[1].DisclosedOn");
    }

    [Fact]
    public void Sample_Pingshan_ReadsAsAReportOf2020() =>
        Assert.Equal(ReportYear.Of(2020), SampleDocuments.PublishedReport.Year);

    [Property]
    public Property Json_AnyNationallyValidReport_RoundTripsAndStaysValid() =>
        Prop.ForAll(DomainArbitraries.NationallyValidReports(), sample =>
        {
            var report = sample.Report;
            var copy = RuleOfLawJson.Report.Deserialize(RuleOfLawJson.Report.Serialize(report));
            DomainAssert.Equal(report, copy);
            return Validator.Validate(copy).IsValid;
        });
}
