using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using FsCheck.Fluent;
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
    public void WithoutSignOff_TheMessageSaysNoneWhereNothingIsRecorded()
    {
        var validator = new ReportValidator(RuleSet.National.With(RuleSetOverlays.PrincipalLeaderSignOff), Validator.Clock);
        var report = AnAnnualReport.For(2024).WithoutSignOff().Build();

        var issue = Assert.Single(validator.Validate(report).Issues, i => i.Code == ValidationCodes.SignOffMissing);

        Assert.StartsWith("Sign-off: none; first submission: ", issue.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Signed off none", issue.Message, System.StringComparison.Ordinal);
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

    private static readonly RuleSet Everything = typeof(RuleSetOverlays).GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(property => property.PropertyType == typeof(RuleSetOverlay))
        .Select(property => (RuleSetOverlay)property.GetValue(null)!)
        .Aggregate(RuleSet.National, (ruleSet, overlay) => ruleSet.With(overlay));

    private static readonly ReportValidator EverythingValidator = new(Everything, Validator.Clock);

    private static string[] Codes(ValidationResult result) => result.Issues.Select(issue => issue.Code).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static AnAnnualReport Subject(string subject) => subject switch
    {
        "district" => AnAnnualReport.For(2024).ByDistrictGovernment("某市甲区人民政府"),
        "provincial" => AnAnnualReport.For(2024).ByProvincialGovernment("某省人民政府"),
        "department" => AnAnnualReport.For(2024).ByGovernmentDepartment("某区司法局"),
        _ => AnAnnualReport.For(2024),
    };

    private static AnAnnualReport ThenBy(AnAnnualReport builder, string subject) => subject switch
    {
        "district" => builder.ByDistrictGovernment("某市甲区人民政府"),
        "provincial" => builder.ByProvincialGovernment("某省人民政府"),
        "department" => builder.ByGovernmentDepartment("某区司法局"),
        _ => builder.By(AReportingSubject.Named("某市乙区人民政府", "某市乙区").Build()),
    };

    /// <summary>Each breaking step named in the builder's docs, with the codes it gives under National and under National plus every overlay.</summary>
    public static TheoryData<string, string[], string[]> BreakingSteps() => new()
    {
        { "PublishedLate", [ValidationCodes.PublishedLate], [ValidationCodes.PublishedLate] },
        { "Unpublished", [ValidationCodes.PublicationOverdue], [ValidationCodes.PublicationOverdue] },
        { "SubmittedAfterFirstQuarter", [ValidationCodes.LocalGovernmentSubmissionLate], [ValidationCodes.LocalGovernmentSubmissionLate] },
        { "SubmittedWithinReportYear", [ValidationCodes.DatedBeforeYearEnd], [ValidationCodes.DatedBeforeYearEnd] },
        { "SubmittedOnFirstOfMarch", [], [] },
        { "Department.SubmittedOnFirstOfMarch", [], [ValidationCodes.DepartmentSubmissionLate] },
        { "Province.SubmittedLateToCentralCommitteeAndStateCouncil", [ValidationCodes.ProvincialSubmissionLate], [ValidationCodes.ProvincialSubmissionLate] },
        { "SubmittedLateToCentralCommitteeAndStateCouncil", [], [] },
        { "AsDemonstrationAreaReportingLate", [], [ValidationCodes.DemonstrationAreaReportLate] },
        { "WithoutSignOff", [], [ValidationCodes.SignOffMissing] },
        { "WithoutPart(MeasuresAndResults)", [ValidationCodes.RequiredPartMissing], [ValidationCodes.RequiredPartMissing] },
        { "WithoutPart(ShortcomingsAndCauses)", [ValidationCodes.RequiredPartMissing], [ValidationCodes.RequiredPartMissing] },
        { "WithoutPart(FirstResponsiblePersonDuties)", [ValidationCodes.RequiredPartMissing], [ValidationCodes.RequiredPartMissing] },
        { "WithoutPart(NextYearArrangements)", [ValidationCodes.RequiredPartMissing], [ValidationCodes.RequiredPartMissing] },
        { "WithMergedParts", [ValidationCodes.PartsMerged], [ValidationCodes.PartsMerged] },
        { "WithShortcomingWithoutCause", [ValidationCodes.ShortcomingWithoutCause], [ValidationCodes.ShortcomingWithoutCause] },
        { "WithIncompleteTitle", [ValidationCodes.TitleIncomplete], [ValidationCodes.TitleIncomplete] },
        { "WithInconsistentRate", [ValidationCodes.PublishedRateInconsistent], [ValidationCodes.PublishedRateInconsistent] },
        { "WithFigureForInapplicableRate", [ValidationCodes.FigureForInapplicableRate], [ValidationCodes.FigureForInapplicableRate] },
        { "WithConflictingPrintings", [ValidationCodes.PublishedFigureConflict], [ValidationCodes.PublishedFigureConflict] },
    };

    private static AnAnnualReport Step(string step) => step switch
    {
        "PublishedLate" => AnAnnualReport.For(2024).PublishedLate(),
        "Unpublished" => AnAnnualReport.For(2024).Unpublished(),
        "SubmittedAfterFirstQuarter" => AnAnnualReport.For(2024).SubmittedAfterFirstQuarter(),
        "SubmittedWithinReportYear" => AnAnnualReport.For(2024).SubmittedWithinReportYear(),
        "SubmittedOnFirstOfMarch" => AnAnnualReport.For(2024).SubmittedOnFirstOfMarch(),
        "Department.SubmittedOnFirstOfMarch" => AnAnnualReport.For(2024).ByGovernmentDepartment("某区司法局").SubmittedOnFirstOfMarch(),
        "Province.SubmittedLateToCentralCommitteeAndStateCouncil" => AnAnnualReport.For(2024).ByProvincialGovernment("某省人民政府").SubmittedLateToCentralCommitteeAndStateCouncil(),
        "SubmittedLateToCentralCommitteeAndStateCouncil" => AnAnnualReport.For(2024).SubmittedLateToCentralCommitteeAndStateCouncil(),
        "AsDemonstrationAreaReportingLate" => AnAnnualReport.For(2024).AsDemonstrationAreaReportingLate(),
        "WithoutSignOff" => AnAnnualReport.For(2024).WithoutSignOff(),
        "WithMergedParts" => AnAnnualReport.For(2024).WithMergedParts(),
        "WithShortcomingWithoutCause" => AnAnnualReport.For(2024).WithShortcomingWithoutCause(),
        "WithIncompleteTitle" => AnAnnualReport.For(2024).WithIncompleteTitle(),
        "WithInconsistentRate" => AnAnnualReport.For(2024).WithInconsistentRate(),
        "WithFigureForInapplicableRate" => AnAnnualReport.For(2024).WithFigureForInapplicableRate(),
        "WithConflictingPrintings" => AnAnnualReport.For(2024).WithConflictingPrintings(),
        _ when step.StartsWith("WithoutPart(", StringComparison.Ordinal) => AnAnnualReport.For(2024).WithoutPart(Enum.Parse<ReportPart>(step["WithoutPart(".Length..^1])),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "unknown step"),
    };

    [Theory]
    [MemberData(nameof(BreakingSteps))]
    public void BreakingStep_UnderNationalAndUnderEveryOverlay_GivesExactlyItsDocumentedCodes(string step, string[] national, string[] everything)
    {
        var report = Step(step).Build();

        Assert.Equal(national, Codes(Validator.Validate(report)));
        Assert.Equal(everything, Codes(EverythingValidator.Validate(report)));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("district")]
    [InlineData("provincial")]
    [InlineData("department")]
    public void Build_DefaultsOfEachSubject_HaveNoFindingUnderNationalAndEveryOverlay(string subject)
    {
        var report = Subject(subject).Build();

        Assert.Empty(Validator.Validate(report).Issues);
        Assert.Empty(EverythingValidator.Validate(report).Issues);
    }

    [Fact]
    public void Everything_EnablesEveryOverlayCode()
    {
        var overlayCodes = ValidationCodes.All.Where(descriptor => descriptor.Scope == ValidationRuleScope.Overlay).Select(descriptor => descriptor.Code);

        Assert.All(overlayCodes, code => Assert.True(Everything.IsEnabled(code), code));
    }

    [Fact]
    public void Build_CalledTwice_ReturnsTheCurrentStateEachTime()
    {
        var builder = AnAnnualReport.For(2024);

        var first = builder.Build();
        var again = builder.Build();
        var later = builder.PublishedLate().Build();

        Assert.Equal(first, again);
        Assert.NotEqual(first, later);
        Assert.Equal(new LocalDate(2025, 4, 1), later.Publication!.Date);
    }

    [Fact]
    public void ByDistrictGovernment_SetsTheTitleSignerAndSubmissionsOfTheSubject()
    {
        var report = AnAnnualReport.For(2024).ByDistrictGovernment("某市甲区人民政府").Build();

        Assert.Equal("某市甲区2024年法治政府建设年度报告", report.Title);
        Assert.Equal(new SignOff("某市甲区人民政府", new LocalDate(2025, 3, 10)), report.SignOff);
        Assert.Equal(
            [("区委", SubmissionRecipientKind.PartyCommittee, new LocalDate(2025, 3, 15)), ("区人大常委会", SubmissionRecipientKind.PeopleCongressStandingCommittee, new LocalDate(2025, 3, 15))],
            report.Submissions.Select(submission => (submission.Recipient, submission.RecipientKind, submission.Date)));
    }

    [Fact]
    public void ByDistrictGovernment_AfterAProvince_RestoresTheDistrictSubmissions()
    {
        var report = AnAnnualReport.For(2024).ByProvincialGovernment("某省人民政府").ByDistrictGovernment("某市甲区人民政府").Build();

        Assert.Equal(["区委", "区人大常委会"], report.Submissions.Select(submission => submission.Recipient));
        Assert.Equal("某市甲区2024年法治政府建设年度报告", report.Title);
        Assert.Equal(AdministrativeLevel.County, report.Subject.Level);
    }

    [Fact]
    public void ByProvincialGovernment_AfterADepartment_SubmitsToTheProvincialCommitteesOnFifteenthMarch()
    {
        var report = AnAnnualReport.For(2024).ByGovernmentDepartment("某区司法局").ByProvincialGovernment("某省人民政府").Build();

        Assert.Equal(
            [("省委", SubmissionRecipientKind.PartyCommittee, new LocalDate(2025, 3, 15)), ("省人大常委会", SubmissionRecipientKind.PeopleCongressStandingCommittee, new LocalDate(2025, 3, 15))],
            report.Submissions.Select(submission => (submission.Recipient, submission.RecipientKind, submission.Date)));
        Assert.Equal("某省2024年法治政府建设年度报告", report.Title);
        Assert.Equal("某省人民政府", report.SignOff!.Signer);
    }

    [Fact]
    public void ByGovernmentDepartment_SetsTheTitleSignerAndSubmissionsOfTheSubject()
    {
        var report = AnAnnualReport.For(2024).ByGovernmentDepartment("某区司法局").Build();

        Assert.Equal("某区司法局2024年法治政府建设年度报告", report.Title);
        Assert.Equal(new SignOff("某区司法局", new LocalDate(2025, 2, 15)), report.SignOff);
        Assert.Equal(
            [("区人民政府", SubmissionRecipientKind.SuperiorGovernment, new LocalDate(2025, 2, 15)), ("市级主管部门", SubmissionRecipientKind.SuperiorDepartment, new LocalDate(2025, 2, 15))],
            report.Submissions.Select(submission => (submission.Recipient, submission.RecipientKind, submission.Date)));
    }

    [Theory]
    [InlineData("by")]
    [InlineData("district")]
    [InlineData("provincial")]
    [InlineData("department")]
    public void AsDemonstrationAreaReportingLate_ThenASubjectStep_KeepsTheMarkAndTheLateReport(string subject)
    {
        var validator = new ReportValidator(RuleSet.National.With(RuleSetOverlays.DemonstrationAreaReporting), Validator.Clock);

        var report = ThenBy(AnAnnualReport.For(2024).AsDemonstrationAreaReportingLate(), subject).Build();

        Assert.True(report.Subject.IsNationalDemonstrationArea);
        Assert.Equal([ValidationCodes.DemonstrationAreaReportLate], Codes(validator.Validate(report)));
        DomainAssert.HasFinding(validator.Validate(report), ValidationCodes.DemonstrationAreaReportLate, "Submissions[2].Date");
    }

    [Fact]
    public void AsDemonstrationAreaReportingLate_ThenSubmittedTo_KeepsTheLateReportAfterTheGivenSubmissions()
    {
        var report = AnAnnualReport.For(2024).AsDemonstrationAreaReportingLate()
            .SubmittedTo(new Submission("区委", SubmissionRecipientKind.PartyCommittee, new LocalDate(2025, 3, 1)))
            .Build();

        Assert.Equal([SubmissionRecipientKind.PartyCommittee, SubmissionRecipientKind.CentralRuleOfLawOffice], report.Submissions.Select(submission => submission.RecipientKind));
    }

    [Fact]
    public void AsDemonstrationAreaReportingLate_CalledTwice_AddsOneSubmission()
    {
        var report = AnAnnualReport.For(2024).AsDemonstrationAreaReportingLate().AsDemonstrationAreaReportingLate().Build();

        Assert.Single(report.Submissions, submission => submission.RecipientKind == SubmissionRecipientKind.CentralRuleOfLawOffice);
    }

    [Fact]
    public void SubmittedAfterFirstQuarter_ThenAsDemonstrationArea_DatesOnlyTheSubjectsSubmissions()
    {
        var report = AnAnnualReport.For(2024).SubmittedAfterFirstQuarter().AsDemonstrationAreaReportingLate().SubmittedLateToCentralCommitteeAndStateCouncil().Build();
        var redatedLater = AnAnnualReport.For(2024).AsDemonstrationAreaReportingLate().SubmittedLateToCentralCommitteeAndStateCouncil().SubmittedAfterFirstQuarter().Build();

        Assert.Equal(
            [new LocalDate(2025, 4, 1), new LocalDate(2025, 4, 1), new LocalDate(2025, 2, 1), new LocalDate(2025, 4, 1)],
            report.Submissions.Select(submission => submission.Date));
        Assert.Equal(report, redatedLater);
    }

    [Theory]
    [InlineData("district")]
    [InlineData("provincial")]
    [InlineData("department")]
    public void SubmittedWithinReportYear_BeforeOrAfterASubjectStep_DatesTheSubjectsSubmissions(string subject)
    {
        var before = ThenBy(AnAnnualReport.For(2024).SubmittedWithinReportYear(), subject).Build();
        var after = ThenBy(AnAnnualReport.For(2024), subject).SubmittedWithinReportYear().Build();

        Assert.All(before.Submissions, submission => Assert.Equal(new LocalDate(2024, 12, 31), submission.Date));
        Assert.Equal(after, before);
        Assert.Equal([ValidationCodes.DatedBeforeYearEnd], Codes(EverythingValidator.Validate(before)));
    }

    [Fact]
    public void SubmittedOnFirstOfMarch_BeforeByGovernmentDepartment_IsStillLateUnderTheOverlay()
    {
        var result = DepartmentValidator.Validate(AnAnnualReport.For(2024).SubmittedOnFirstOfMarch().ByGovernmentDepartment("某区司法局").Build());

        DomainAssert.HasFinding(result, ValidationCodes.DepartmentSubmissionLate, "Submissions[0].Date");
        DomainAssert.HasFinding(result, ValidationCodes.DepartmentSubmissionLate, "Submissions[1].Date");
    }

    [Theory]
    [InlineData("by")]
    [InlineData("district")]
    [InlineData("provincial")]
    [InlineData("department")]
    public void WithIncompleteTitle_BeforeASubjectStep_StaysIncomplete(string subject)
    {
        var report = ThenBy(AnAnnualReport.For(2024).WithIncompleteTitle(), subject).Build();

        Assert.Equal("某区工作报告", report.Title);
        DomainAssert.HasFinding(Validator.Validate(report), ValidationCodes.TitleIncomplete, "Title");
    }

    [Fact]
    public void SubmittedTo_BeforeASubjectStep_KeepsTheGivenSubmissions()
    {
        var given = new Submission("区委", SubmissionRecipientKind.PartyCommittee, new LocalDate(2025, 3, 20));

        var report = AnAnnualReport.For(2024).SubmittedTo(given).ByProvincialGovernment("某省人民政府").Build();

        Assert.Equal([given], report.Submissions);
    }

    [Theory]
    [InlineData("district")]
    [InlineData("provincial")]
    [InlineData("department")]
    public void SignedOffBy_BeforeASubjectStep_KeepsTheGivenSignOff_AndWithoutSignOffStaysRemoved(string subject)
    {
        var signed = ThenBy(AnAnnualReport.For(2024).SignedOffBy("某人", new LocalDate(2025, 1, 5)), subject).Build();
        var unsigned = ThenBy(AnAnnualReport.For(2024).WithoutSignOff(), subject).Build();

        Assert.Equal(new SignOff("某人", new LocalDate(2025, 1, 5)), signed.SignOff);
        Assert.Null(unsigned.SignOff);
    }

    [Fact]
    public void WithoutSignOff_ThenSignedOffBy_SignsAgain()
    {
        var report = AnAnnualReport.For(2024).WithoutSignOff().SignedOffBy("某人", new LocalDate(2025, 1, 5)).Build();

        Assert.Equal(new SignOff("某人", new LocalDate(2025, 1, 5)), report.SignOff);
    }

    [Theory]
    [InlineData(3, 9, 3, 9)]
    [InlineData(3, 10, 3, 10)]
    [InlineData(3, 11, 3, 10)]
    [InlineData(1, 1, 1, 1)]
    public void Build_DefaultSignOff_IsOnTheEarlierOfTenthMarchAndTheFirstSubmission(int submittedMonth, int submittedDay, int signedMonth, int signedDay)
    {
        var report = AnAnnualReport.For(2024)
            .SubmittedTo(
                new Submission("区委", SubmissionRecipientKind.PartyCommittee, new LocalDate(2025, 3, 30)),
                new Submission("区人大常委会", SubmissionRecipientKind.PeopleCongressStandingCommittee, new LocalDate(2025, submittedMonth, submittedDay)))
            .Build();

        Assert.Equal(new LocalDate(2025, signedMonth, signedDay), report.SignOff!.Date);
        DomainAssert.LacksFinding(EverythingValidator.Validate(report), ValidationCodes.SignOffMissing);
    }

    [Fact]
    public void Build_DefaultSignOffWithoutSubmissions_IsOnTenthMarch()
    {
        Assert.Equal(new LocalDate(2025, 3, 10), AnAnnualReport.For(2024).SubmittedTo().Build().SignOff!.Date);
    }

    [Fact]
    public void SignedOffBy_AfterTheFirstSubmission_IsKept_AndReportedUnderTheOverlay()
    {
        var report = AnAnnualReport.For(2024).ByGovernmentDepartment("某区司法局").SignedOffBy("某区司法局", new LocalDate(2025, 2, 16)).Build();

        Assert.Equal(new LocalDate(2025, 2, 16), report.SignOff!.Date);
        Assert.Equal([ValidationCodes.SignOffMissing], Codes(EverythingValidator.Validate(report)));
    }

    [Fact]
    public void WithMergedParts_AddsOnePartToTheFirstSection_AndKeepsTheRestOfTheOutline()
    {
        var plain = AnAnnualReport.For(2024).Build();

        var merged = AnAnnualReport.For(2024).WithMergedParts().Build();

        Assert.Equal([ReportPart.MeasuresAndResults, ReportPart.ShortcomingsAndCauses], merged.Sections[0].Parts);
        Assert.Equal(plain.Sections[0].Children, merged.Sections[0].Children);
        Assert.Equal(plain.Sections[0].Body, merged.Sections[0].Body);
        Assert.Equal(plain.Sections[1..], merged.Sections[1..]);
    }

    [Fact]
    public void WithMergedParts_FirstSectionCarryingAllFourParts_IsLeftAsItIs()
    {
        var section = ASection.Numbered("一、").WithBody("全部内容。").Covering(ReportPart.MeasuresAndResults, ReportPart.ShortcomingsAndCauses, ReportPart.FirstResponsiblePersonDuties, ReportPart.NextYearArrangements).Build();

        var report = AnAnnualReport.For(2024).WithSections(section).WithMergedParts().Build();

        Assert.Equal([section], report.Sections);
    }

    [Fact]
    public void WithMergedParts_OneSection_Merges()
    {
        var section = ASection.Numbered("一、").WithBody("全部内容。").Covering(ReportPart.NextYearArrangements).Build();

        var report = AnAnnualReport.For(2024).WithSections(section).WithMergedParts().Build();

        Assert.Equal([ReportPart.NextYearArrangements, ReportPart.MeasuresAndResults], report.Sections.Single().Parts);
    }

    [Fact]
    public void WithMergedParts_EmptyOutline_ThrowsInvalidOperation()
    {
        var builder = AnAnnualReport.For(2024).WithSections();

        var failure = Assert.Throws<InvalidOperationException>(() => builder.WithMergedParts());

        Assert.Contains("no section", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1990)]
    [InlineData(2099)]
    public void For_FirstAndLastYearWithAPlan_Builds(int year)
    {
        Assert.Equal(year, AnAnnualReport.For(year).Build().Year.Year);
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2100)]
    public void For_YearOutside1990To2099_ThrowsNamingTheYear(int year)
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => AnAnnualReport.For(year));

        Assert.Equal("year", failure.ParamName);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"year ({year}) must be between 1990 and 2099"), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedLate_AfterPublishedAt_KeepsChannelSourceAndAddress()
    {
        var url = new Uri("https://example.org/report");
        var at = new LocalDateTime(2025, 3, 1, 9, 0).WithOffset(Offset.FromHours(8));

        var report = AnAnnualReport.For(2024).PublishedAt(at, PublicationChannel.Newspaper, "某区司法局", url).PublishedLate().Build();

        Assert.Equal((PublicationChannel.Newspaper, "某区司法局", url), (report.Publication!.Channel, report.Publication.InformationSource, report.Publication.Url));
        Assert.Equal(new LocalDate(2025, 4, 1), report.Publication.Date);
    }

    [Fact]
    public void PublishedOn_AfterUnpublished_PublishesOnAWebsiteByTheDefaultSource()
    {
        var report = AnAnnualReport.For(2024).Unpublished().PublishedOn(new LocalDate(2025, 3, 2)).Build();

        Assert.Equal((PublicationChannel.Website, "某区人民政府办公室", (Uri?)null), (report.Publication!.Channel, report.Publication.InformationSource, report.Publication.Url));
    }
}
