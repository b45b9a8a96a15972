using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

public sealed class AnAnnualReportTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));
    private static readonly ReportValidator DepartmentValidator = new(RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline), Validator.Clock);

    [Fact]
    public void Build_ByDefault_HasNoFinding()
    {
        Assert.Empty(Validator.Validate(AnAnnualReport.For(2024).Build()).Issues);
    }

    [Fact]
    public void ByDistrictGovernment_ReadsAsASentence_NamesTheSubjectAndAddsTheMeasure()
    {
        var report = AnAnnualReport.For(2024).ByDistrictGovernment("某市某区人民政府").PublishedOn(new LocalDate(2025, 3, 28)).WithMeasure(AMeasure.Titled("优化营商环境")).Build();

        Assert.Equal(("某市某区人民政府", "某市某区"), (report.Subject.FullName, report.Subject.ShortName));
        Assert.Equal(2, report.Measures.Length);
        Assert.Empty(Validator.Validate(report).Issues);
    }

    [Fact]
    public void PublishedLate_ReportsPublishedLate() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).PublishedLate().Build()), ValidationCodes.PublishedLate, "Publication.PublishedAt");

    [Fact]
    public void PublishedOn_LastDayOfMarch_IsNotLate() =>
        DomainAssert.LacksFinding(Validator.Validate(AnAnnualReport.For(2024).PublishedOn(new LocalDate(2025, 3, 31)).Build()), ValidationCodes.PublishedLate);

    [Fact]
    public void Unpublished_AfterDeadline_ReportsOverdue() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).Unpublished().Build()), ValidationCodes.PublicationOverdue);

    [Fact]
    public void SubmittedAfterFirstQuarter_ReportsLocalGovernmentSubmissionLate() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).SubmittedAfterFirstQuarter().Build()), ValidationCodes.LocalGovernmentSubmissionLate, "Submissions[0].Date");

    [Fact]
    public void ByGovernmentDepartment_ByDefault_IsValidUnderTheDepartmentOverlay()
    {
        var report = AnAnnualReport.For(2024).ByGovernmentDepartment("某区司法局").Build();

        Assert.Equal(SubjectKind.GovernmentDepartment, report.Subject.Kind);
        Assert.Empty(DepartmentValidator.Validate(report).Issues);
    }

    [Fact]
    public void SubmittedOnFirstOfMarch_ByADepartment_ReportsDepartmentSubmissionLate()
    {
        var result = DepartmentValidator.Validate(AnAnnualReport.For(2024).ByGovernmentDepartment("某区司法局").SubmittedOnFirstOfMarch().Build());

        DomainAssert.HasFinding(result, ValidationCodes.DepartmentSubmissionLate, "Submissions[0].Date");
        DomainAssert.HasFinding(result, ValidationCodes.DepartmentSubmissionLate, "Submissions[1].Date");
    }

    [Fact]
    public void SubmittedOnFirstOfMarch_ByAGovernment_IsInTime() =>
        Assert.Empty(DepartmentValidator.Validate(AnAnnualReport.For(2024).SubmittedOnFirstOfMarch().Build()).Issues);

    [Fact]
    public void SubmittedOnFirstOfMarch_WithoutTheOverlay_IsNotReported() =>
        Assert.Empty(Validator.Validate(AnAnnualReport.For(2024).ByGovernmentDepartment("某区司法局").SubmittedOnFirstOfMarch().Build()).Issues);

    [Fact]
    public void AsDemonstrationAreaReportingLate_UnderTheOverlay_ReportsDemonstrationAreaReportLate()
    {
        var validator = new ReportValidator(RuleSet.National.With(RuleSetOverlays.DemonstrationAreaReporting), Validator.Clock);
        var report = AnAnnualReport.For(2024).AsDemonstrationAreaReportingLate().Build();

        Assert.True(report.Subject.IsNationalDemonstrationArea);
        DomainAssert.HasFinding(validator.Validate(report), ValidationCodes.DemonstrationAreaReportLate, "Submissions[2].Date");
        Assert.Single(validator.Validate(report).Issues);
        Assert.Empty(Validator.Validate(report).Issues);
    }

    [Fact]
    public void WithoutSignOff_UnderTheSignOffOverlay_ReportsSignOffMissing()
    {
        var validator = new ReportValidator(RuleSet.National.With(RuleSetOverlays.PrincipalLeaderSignOff), Validator.Clock);

        DomainAssert.HasFinding(validator.Validate(AnAnnualReport.For(2024).WithoutSignOff().Build()), ValidationCodes.SignOffMissing);
        Assert.Empty(validator.Validate(AnAnnualReport.For(2024).Build()).Issues);
    }

    [Fact]
    public void LateProvincialSubmission_ByAProvince_ReportsProvincialSubmissionLate() =>
        DomainAssert.HasFinding(
            Validator.Validate(AnAnnualReport.For(2024).ByProvincialGovernment("某省人民政府").SubmittedLateToCentralCommitteeAndStateCouncil().Build()),
            ValidationCodes.ProvincialSubmissionLate,
            "Submissions[2].Date");

    [Fact]
    public void SubmittedWithinReportYear_ReportsDatedBeforeYearEnd() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).SubmittedWithinReportYear().Build()), ValidationCodes.DatedBeforeYearEnd, "Submissions[1].Date");

    [Theory]
    [InlineData(ReportPart.FirstResponsiblePersonDuties)]
    [InlineData(ReportPart.MeasuresAndResults)]
    [InlineData(ReportPart.ShortcomingsAndCauses)]
    [InlineData(ReportPart.NextYearArrangements)]
    public void WithoutPart_ReportsRequiredPartMissing(ReportPart part) =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).WithoutPart(part).Build()), ValidationCodes.RequiredPartMissing, "Sections");

    [Fact]
    public void WithMergedParts_ReportsPartsMerged() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).WithMergedParts().Build()), ValidationCodes.PartsMerged, "Sections[0]");

    [Fact]
    public void WithShortcomingWithoutCause_ReportsItAtTheAddedShortcoming() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).WithShortcomingWithoutCause().Build()), ValidationCodes.ShortcomingWithoutCause, "Shortcomings[1]");

    [Fact]
    public void WithIncompleteTitle_ReportsTitleIncomplete() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).WithIncompleteTitle().Build()), ValidationCodes.TitleIncomplete, "Title");

    [Fact]
    public void WithInconsistentRate_ReportsPublishedRateInconsistent() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).WithInconsistentRate().Build()), ValidationCodes.PublishedRateInconsistent, "IndicatorValues[0].Published");

    [Fact]
    public void WithFigureForInapplicableRate_ReportsIt() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).WithFigureForInapplicableRate().Build()), ValidationCodes.FigureForInapplicableRate, "IndicatorValues[0].Published");

    [Fact]
    public void WithConflictingPrintings_ReportsPublishedFigureConflict() =>
        DomainAssert.HasFinding(Validator.Validate(AnAnnualReport.For(2024).WithConflictingPrintings().Build()), ValidationCodes.PublishedFigureConflict);
}
