using System;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class EnforcementDisclosureRuleTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    private static ValidationResult Validate(EnforcementDecisionKind kind, LocalDate decided, LocalDate? disclosed) =>
        Validator.Validate(new CaseRecords(disclosures: [new EnforcementDisclosure(kind, decided, disclosed)]));

    [Theory]
    [InlineData(EnforcementDecisionKind.Penalty)]
    [InlineData(EnforcementDecisionKind.Licence)]
    public void Validate_PenaltyOnSeventhWorkingDay_Passes_AndOnEighthFails(EnforcementDecisionKind kind)
    {
        // Monday 13 January 2020: working days 14, 15, 16, 17, Sunday 19 (make-up), 20, 21 → the 7th is 21 January.
        var decided = new LocalDate(2020, 1, 13);

        Assert.Empty(Validate(kind, decided, new LocalDate(2020, 1, 21)).Issues);
        var late = Validate(kind, decided, new LocalDate(2020, 1, 22));

        var issue = Assert.Single(late.Issues);
        Assert.Equal(ValidationCodes.EnforcementDisclosureLate, issue.Code);
        Assert.Equal("Disclosures[0].DisclosedOn", issue.Path);
        Assert.Equal("Disclosed 2020-01-22; due by 2020-01-21, the last of 7 working days after the decision of 2020-01-13.", issue.Message);
    }

    [Fact]
    public void Validate_OnTheRestDayRightAfterTheSeventhWorkingDay_IsLate()
    {
        // Decided Wednesday 4 March 2020 (no holidays that month): 5, 6, 9, 10, 11, 12, 13 → the 7th working day is Friday
        // 13 March. Saturday 14 March is a rest day: only 7 working days have passed by then, but the period has ended.
        var decided = new LocalDate(2020, 3, 4);

        Assert.Empty(Validate(EnforcementDecisionKind.Penalty, decided, new LocalDate(2020, 3, 13)).Issues);
        var issue = Assert.Single(Validate(EnforcementDecisionKind.Penalty, decided, new LocalDate(2020, 3, 14)).Issues);
        Assert.Equal(ValidationCodes.EnforcementDisclosureLate, issue.Code);
        Assert.Equal("Disclosed 2020-03-14; due by 2020-03-13, the last of 7 working days after the decision of 2020-03-04.", issue.Message);
        Assert.True(Validate(EnforcementDecisionKind.Penalty, decided, new LocalDate(2020, 3, 15)).Has(ValidationCodes.EnforcementDisclosureLate, "Disclosures[0].DisclosedOn"));
    }

    [Fact]
    public void Validate_OnTheDayOfTheDecision_Passes()
    {
        Assert.Empty(Validate(EnforcementDecisionKind.Licence, new LocalDate(2020, 3, 4), new LocalDate(2020, 3, 4)).Issues);
    }

    [Fact]
    public void Disclosure_DatedBeforeItsDecision_CannotBeMade()
    {
        var exception = Assert.Throws<ArgumentException>(() => new EnforcementDisclosure(EnforcementDecisionKind.Penalty, new LocalDate(2020, 3, 4), new LocalDate(2020, 3, 3)));

        Assert.Equal("disclosedOn", exception.ParamName);
        Assert.StartsWith("disclosedOn (2020-03-03) must not be before decidedOn (2020-03-04)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcrossTheExtendedSpringFestival_CountsOnlyWorkingDays()
    {
        // Decided Thursday 23 January 2020; the next working days are 3–7 and 10–11 February (7th: 11 February).
        Assert.Empty(Validate(EnforcementDecisionKind.Penalty, new LocalDate(2020, 1, 23), new LocalDate(2020, 2, 11)).Issues);
        Assert.True(Validate(EnforcementDecisionKind.Penalty, new LocalDate(2020, 1, 23), new LocalDate(2020, 2, 12)).Has(ValidationCodes.EnforcementDisclosureLate, "Disclosures[0].DisclosedOn"));
    }

    [Fact]
    public void Validate_OtherDecision_HasTwentyWorkingDays()
    {
        // Monday 2 March 2020 + 20 working days (no holidays) = Monday 30 March.
        Assert.Empty(Validate(EnforcementDecisionKind.Other, new LocalDate(2020, 3, 2), new LocalDate(2020, 3, 30)).Issues);
        Assert.True(Validate(EnforcementDecisionKind.Other, new LocalDate(2020, 3, 2), new LocalDate(2020, 3, 31)).HasErrors);
    }

    [Fact]
    public void Validate_YearWithoutCalendarData_ReportsUnknownInsteadOfGuessing()
    {
        var result = Validate(EnforcementDecisionKind.Penalty, new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 12));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ValidationCodes.WorkingDayCalendarUnknown, issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal("Disclosures[0].DisclosedOn", issue.Path);
        Assert.Equal("2027", issue.ValueOf("year"));
    }

    [Fact]
    public void Validate_WithinLimitInCalendarDays_PassesEvenWithoutCalendarData()
    {
        Assert.Empty(Validate(EnforcementDecisionKind.Penalty, new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 8)).Issues);
    }

    [Fact]
    public void Validate_NoDisclosureDate_IsNotChecked()
    {
        Assert.Empty(Validate(EnforcementDecisionKind.Penalty, new LocalDate(2020, 1, 13), null).Issues);
    }

    [Fact]
    public void Validate_RuleSwitchedOff_ReportsNothing()
    {
        var validator = new ReportValidator(RuleSet.National.Disable(ValidationCodes.EnforcementDisclosureLate), new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

        var result = validator.Validate(new CaseRecords(disclosures: [new EnforcementDisclosure(EnforcementDecisionKind.Penalty, new LocalDate(2020, 1, 13), new LocalDate(2020, 3, 1))]));

        Assert.Empty(result.Issues);
    }
}
