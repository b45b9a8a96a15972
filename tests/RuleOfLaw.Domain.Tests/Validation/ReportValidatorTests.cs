using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Samples;
using RuleOfLaw.Domain.Tests.Validation.Rules;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class ReportValidatorTests
{
    [Fact]
    public void Validate_PingshanFixture_GivesExactlyTheFindingsItsContentDeserves()
    {
        // Published 2021-01-05 (V2, V7 pass); title names 法治政府建设 and 2020 (V9 passes); the one shortcoming states
        // no cause (V8); the shortcomings have no section of their own but share the plan's (merged parts 2 and 4);
        // submissions are unknown, so no deadline of V3–V6 can be judged; 2/11 printed as 18.2% is consistent (V11).
        var report = PingshanReport.Build();

        var result = Validators.Later().Validate(report);

        Assert.Equal(
            [(ValidationCodes.ShortcomingWithoutCause, "Shortcomings[0]", Severity.Warning), (ValidationCodes.PartsMerged, "Sections[1]", Severity.Info)],
            result.Issues.Select(i => (i.Code, i.Path, i.Severity)));
        Assert.True(result.IsValid);
        Assert.Equal(Severity.Warning, result.Worst);
    }

    [Fact]
    public void Validate_PingshanFixture_WithEveryOverlay_AddsNothingItCannotJudge()
    {
        var ruleSet = RuleSet.National.With(RuleSetOverlays.ProvincialGuideline).With(RuleSetOverlays.PrincipalLeaderSignOff);

        var result = Validators.Later(ruleSet).Validate(PingshanReport.Build());

        Assert.Equal([ValidationCodes.ShortcomingWithoutCause, ValidationCodes.PartsMerged], result.Issues.Select(i => i.Code));
    }

    [Property]
    public Property Validate_BuilderDefaultReport_HasNoIssues() =>
        Prop.ForAll(Gen.Choose(2019, 2028).ToArbitrary(), year =>
            Validators.On(new LocalDate(year + 1, 12, 31)).Validate(AnAnnualReport.For(year).Build()).Issues.IsEmpty);

    [Fact]
    public void Validate_SeverityOverride_AppliesToTheIssue()
    {
        var ruleSet = RuleSet.National.WithSeverity(ValidationCodes.ShortcomingWithoutCause, Severity.Error);

        var result = Validators.Later(ruleSet).Validate(PingshanReport.Build());

        Assert.Equal(Severity.Error, Assert.Single(result.WithCode(ValidationCodes.ShortcomingWithoutCause)).Severity);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Validate_CodeSwitchedOff_IsNotReported()
    {
        var ruleSet = RuleSet.National.Disable(ValidationCodes.PartsMerged);

        var result = Validators.Later(ruleSet).Validate(PingshanReport.Build());

        Assert.False(result.Has(ValidationCodes.PartsMerged));
        Assert.True(result.Has(ValidationCodes.ShortcomingWithoutCause));
    }

    [Fact]
    public void Validate_ManyReportsInParallel_GivesTheSameResultAsOneByOne()
    {
        var validator = Validators.Later();
        var reports = Enumerable.Range(0, 200)
            .Select(i => i % 2 == 0 ? PingshanReport.Build() : AnAnnualReport.For(2020 + (i % 5)).PublishedOn(new LocalDate(2021 + (i % 5), 4, 1 + (i % 3))).Build())
            .ToArray();

        var sequential = reports.Select(validator.Validate).ToArray();
        var parallel = reports.AsParallel().AsOrdered().Select(validator.Validate).ToArray();

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Extension_Validate_MatchesTheValidator()
    {
        var clock = new FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0));
        var report = PingshanReport.Build();

        Assert.Equal(new ReportValidator(RuleSet.National, clock).Validate(report), report.Validate(RuleSet.National, clock));
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Equal("ruleSet", Assert.Throws<ArgumentNullException>(() => new ReportValidator(null!, SystemClock.Instance)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new ReportValidator(RuleSet.National, null!)).ParamName);
        Assert.Same(ChinaWorkingDayCalendar.Instance, new ReportValidator(RuleSet.National, SystemClock.Instance).Calendar);
    }

    [Fact]
    public void Validate_NullInput_Throws()
    {
        var validator = Rules.Validators.Later();

        Assert.Throws<ArgumentNullException>(() => validator.Validate((AnnualReport)null!));
        Assert.Throws<ArgumentNullException>(() => validator.Validate((CaseRecords)null!));
        Assert.Throws<ArgumentNullException>(() => validator.Validate((RuleOfLaw.Domain.Indicators.IndicatorFramework)null!));
    }

    [Fact]
    public void Validate_TodayIsTheCallersClockInBeijingTime()
    {
        // 2021-04-01T16:30Z is already 2 April in Beijing: a report due before 1 April and not published is overdue by
        // the caller's clock, whatever the machine's own clock says.
        var clock = new FakeClock(Instant.FromUtc(2021, 4, 1, 16, 30));

        var validator = new ReportValidator(RuleSet.National, clock);

        Assert.Same(clock, validator.Clock);
        Assert.Equal(new LocalDate(2021, 4, 2), ChinaTime.Today(clock));
    }
}
