using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class SubmissionDeadlineRuleTests
{
    private static ValidationResult Validate(ReportingSubject subject, Submission submission, RuleSet? ruleSet = null, int year = 2024) =>
        Validators.Later(ruleSet).Validate(AnAnnualReport.For(year).By(subject).SubmittedTo(submission).Build());

    private static Submission To(SubmissionRecipientKind kind, int year, int month, int day) =>
        new(kind.ToString(), kind, new LocalDate(year, month, day));

    [Theory]
    [InlineData(SubmissionRecipientKind.PartyCommittee)]
    [InlineData(SubmissionRecipientKind.PeopleCongressStandingCommittee)]
    public void Validate_LocalGovernment_FirstQuarterEndsThirtyFirstMarch(SubmissionRecipientKind kind)
    {
        var government = AReportingSubject.District().Build();

        Assert.Empty(Validate(government, To(kind, 2025, 3, 31)).Issues);
        var issue = Assert.Single(Validate(government, To(kind, 2025, 4, 1)).Issues);
        Assert.Equal(ValidationCodes.LocalGovernmentSubmissionLate, issue.Code);
        Assert.Equal("Submissions[0].Date", issue.Path);
        Assert.Equal($"Submitted to {kind} on 2025-04-01; due by 2025-03-31.", issue.Message);
    }

    [Theory]
    [InlineData(AdministrativeLevel.County, true)]
    [InlineData(AdministrativeLevel.City, true)]
    [InlineData(AdministrativeLevel.Province, true)]
    [InlineData(AdministrativeLevel.Township, false)]
    [InlineData(AdministrativeLevel.National, false)]
    public void Validate_FirstQuarterDuty_CoversGovernmentsOfCountyLevelAndAboveOnly(AdministrativeLevel level, bool checkedAgainstIt)
    {
        var government = AReportingSubject.Named("某地人民政府", "某地").AtLevel(level).OfKind(SubjectKind.Government).Build();

        var late = Validate(government, To(SubmissionRecipientKind.PartyCommittee, 2025, 4, 1));

        Assert.Equal(checkedAgainstIt, late.Has(ValidationCodes.LocalGovernmentSubmissionLate, "Submissions[0].Date"));
        Assert.Empty(Validate(government, To(SubmissionRecipientKind.PartyCommittee, 2025, 3, 31)).Issues);
    }

    [Theory]
    [InlineData(SubmissionRecipientKind.SuperiorGovernment, true)]
    [InlineData(SubmissionRecipientKind.SuperiorDepartment, true)]
    [InlineData(SubmissionRecipientKind.PartyCommittee, false)]
    [InlineData(SubmissionRecipientKind.PeopleCongressStandingCommittee, false)]
    [InlineData(SubmissionRecipientKind.Other, false)]
    public void Validate_DepartmentDeadline_AppliesToItsGovernmentAndTheDepartmentAbove(SubmissionRecipientKind recipient, bool checkedAgainstIt)
    {
        var department = AReportingSubject.District().OfKind(SubjectKind.GovernmentDepartment).Build();
        var withOverlay = RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline);

        Assert.Equal(checkedAgainstIt, Validate(department, To(recipient, 2025, 3, 1), withOverlay).Has(ValidationCodes.DepartmentSubmissionLate, "Submissions[0].Date"));
        Assert.False(Validate(department, To(recipient, 2025, 2, 28), withOverlay).Has(ValidationCodes.DepartmentSubmissionLate, "Submissions[0].Date"));
    }

    [Fact]
    public void Validate_LocalGovernmentToOtherRecipient_IsNotAFirstQuarterMatter()
    {
        Assert.Empty(Validate(AReportingSubject.District().Build(), To(SubmissionRecipientKind.SuperiorGovernment, 2025, 5, 1)).Issues);
    }

    [Fact]
    public void Validate_Department_IsOnlyCheckedWithTheOverlay()
    {
        var department = AReportingSubject.District().OfKind(SubjectKind.GovernmentDepartment).Build();
        var withOverlay = RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline);

        Assert.Empty(Validate(department, To(SubmissionRecipientKind.SuperiorDepartment, 2025, 3, 1)).Issues);
        var issue = Assert.Single(Validate(department, To(SubmissionRecipientKind.SuperiorDepartment, 2025, 3, 1), withOverlay).Issues);
        Assert.Equal(ValidationCodes.DepartmentSubmissionLate, issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Empty(Validate(department, To(SubmissionRecipientKind.SuperiorDepartment, 2025, 2, 28), withOverlay).Issues);
    }

    [Fact]
    public void Validate_DepartmentInLeapYear_TwentyNinthFebruaryPasses_FirstMarchFails()
    {
        var department = AReportingSubject.District().OfKind(SubjectKind.GovernmentDepartment).Build();
        var withOverlay = RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline);

        Assert.Empty(Validate(department, To(SubmissionRecipientKind.SuperiorGovernment, 2024, 2, 29), withOverlay, year: 2023).Issues);
        Assert.True(Validate(department, To(SubmissionRecipientKind.SuperiorGovernment, 2024, 3, 1), withOverlay, year: 2023).Has(ValidationCodes.DepartmentSubmissionLate, "Submissions[0].Date"));
    }

    [Fact]
    public void Validate_Province_SubmitsToTheCentreBeforeFirstApril()
    {
        var province = AReportingSubject.Named("某省人民政府", "某省").AtLevel(AdministrativeLevel.Province).OfKind(SubjectKind.PartyCommitteeAndGovernment).Build();

        Assert.Empty(Validate(province, To(SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, 2025, 3, 31)).Issues);
        Assert.True(Validate(province, To(SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, 2025, 4, 1)).Has(ValidationCodes.ProvincialSubmissionLate, "Submissions[0].Date"));
    }

    [Fact]
    public void Validate_CountyToTheCentre_IsNotAProvincialMatter()
    {
        Assert.Empty(Validate(AReportingSubject.District().Build(), To(SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, 2025, 5, 1)).Issues);
    }

    [Fact]
    public void Validate_DemonstrationArea_ReportsByThirtyFirstJanuary_WithTheOverlay()
    {
        var area = AReportingSubject.District().AsNationalDemonstrationArea().Build();
        var withOverlay = RuleSet.National.With(RuleSetOverlays.DemonstrationAreaReporting);

        Assert.Empty(Validate(area, To(SubmissionRecipientKind.CentralRuleOfLawOffice, 2025, 1, 31), withOverlay).Issues);
        Assert.True(Validate(area, To(SubmissionRecipientKind.CentralRuleOfLawOffice, 2025, 2, 1), withOverlay).Has(ValidationCodes.DemonstrationAreaReportLate, "Submissions[0].Date"));
        Assert.Empty(Validate(area, To(SubmissionRecipientKind.CentralRuleOfLawOffice, 2025, 2, 1)).Issues);
    }

    [Fact]
    public void Validate_NoSubmissionsRecorded_SaysNothing()
    {
        var report = AnAnnualReport.For(2024).SubmittedTo().Build();

        Assert.Empty(Validators.Later(RuleSet.National.With(RuleSetOverlays.ProvincialGuideline)).Validate(report).Issues);
    }

    [Property]
    public Property Validate_LocalGovernmentSubmission_IsLateExactlyAfterTheFirstQuarter() =>
        Prop.ForAll(Gen.Choose(2019, 2040).ToArbitrary(), Gen.Choose(1, 180).ToArbitrary(), (year, dayOfFollowingYear) =>
        {
            var date = new LocalDate(year + 1, 1, 1).PlusDays(dayOfFollowingYear - 1);
            var result = Validate(AReportingSubject.District().Build(), new Submission("区委", SubmissionRecipientKind.PartyCommittee, date), year: year);

            return result.Has(ValidationCodes.LocalGovernmentSubmissionLate, "Submissions[0].Date") == (date.Month > 3);
        });
}
