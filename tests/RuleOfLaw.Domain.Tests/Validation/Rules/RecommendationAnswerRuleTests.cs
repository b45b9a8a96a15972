using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class RecommendationAnswerRuleTests
{
    private static ValidationResult Validate(LocalDate received, LocalDate? answered, LocalDate today) =>
        new ReportValidator(RuleSet.National, new FakeClock(today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()))
            .Validate(new CaseRecords(recommendations: [new ProcuratorialRecommendation(received, answered)]));

    private static readonly LocalDate Later = new(2026, 12, 1);

    [Fact]
    public void Validate_AnsweredOnTheCorrespondingDay_Passes_AndTheDayAfterFails()
    {
        // Received Monday 15 January 2024; due Friday 15 March 2024.
        Assert.Empty(Validate(new LocalDate(2024, 1, 15), new LocalDate(2024, 3, 15), Later).Issues);

        var issue = Assert.Single(Validate(new LocalDate(2024, 1, 15), new LocalDate(2024, 3, 16), Later).Issues);
        Assert.Equal(ValidationCodes.RecommendationAnsweredLate, issue.Code);
        Assert.Equal("Recommendations[0].AnsweredOn", issue.Path);
        Assert.Equal("Answered 2024-03-16; due by 2024-03-15, two months after receipt on 2024-01-15.", issue.Message);
    }

    private static ValidationResult ValidateUrgent(LocalDate received, LocalDate? answered, LocalDate today) =>
        new ReportValidator(RuleSet.National, new FakeClock(today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()))
            .Validate(new CaseRecords(recommendations: [new ProcuratorialRecommendation(received, answered, isUrgent: true)]));

    [Fact]
    public void Validate_Urgent_HasFifteenDaysFromTheDayAfterReceipt()
    {
        // Received Monday 4 March 2024; the 15 days run 5–19 March, so Tuesday 19 March is the last day.
        Assert.Empty(ValidateUrgent(new LocalDate(2024, 3, 4), new LocalDate(2024, 3, 19), Later).Issues);

        var issue = Assert.Single(ValidateUrgent(new LocalDate(2024, 3, 4), new LocalDate(2024, 3, 20), Later).Issues);
        Assert.Equal(ValidationCodes.RecommendationAnsweredLate, issue.Code);
        Assert.Equal("Answered 2024-03-20; due by 2024-03-19, 15 days (urgent) after receipt on 2024-03-04.", issue.Message);

        // The same dates are well within two months when the case is not urgent.
        Assert.Empty(Validate(new LocalDate(2024, 3, 4), new LocalDate(2024, 3, 20), Later).Issues);
    }

    [Fact]
    public void Validate_Urgent_LastDayOnARestDay_MovesToTheNextWorkingDay()
    {
        // Received Friday 1 March 2024; day 15 is Saturday 16 March, so the answer is due Monday 18 March.
        Assert.Empty(ValidateUrgent(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 18), Later).Issues);
        Assert.True(ValidateUrgent(new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 19), Later).Has(ValidationCodes.RecommendationAnsweredLate));
    }

    [Fact]
    public void Validate_UrgentUnanswered_IsOverdueTheDayAfterItsFifteenDays()
    {
        Assert.Empty(ValidateUrgent(new LocalDate(2024, 3, 4), null, new LocalDate(2024, 3, 19)).Issues);

        var issue = Assert.Single(ValidateUrgent(new LocalDate(2024, 3, 4), null, new LocalDate(2024, 3, 20)).Issues);
        Assert.Equal(ValidationCodes.RecommendationAnswerOverdue, issue.Code);
        Assert.Equal("Not answered by 2024-03-20; due by 2024-03-19, 15 days (urgent) after receipt on 2024-03-04.", issue.Message);
    }

    [Theory]
    [InlineData(2023, 2024, 2, 29)] // leap year: 31 December 2023 → 29 February 2024 (a Thursday)
    [InlineData(2024, 2025, 2, 28)] // 31 December 2024 → 28 February 2025 (a Friday)
    public void Validate_NoCorrespondingDay_EndsOnTheMonthsLastDay(int receivedYear, int dueYear, int dueMonth, int dueDay)
    {
        var received = new LocalDate(receivedYear, 12, 31);
        var due = new LocalDate(dueYear, dueMonth, dueDay);

        Assert.Empty(Validate(received, due, Later).Issues);
        Assert.True(Validate(received, due.PlusDays(1), Later).Has(ValidationCodes.RecommendationAnsweredLate));
    }

    [Fact]
    public void Validate_DueOnAHoliday_MovesToTheNextWorkingDay()
    {
        // Received 1 August 2023: two months end on Sunday 1 October, inside the National Day holiday (29 Sep – 6 Oct);
        // the next working day is Saturday 7 October (a make-up working day).
        Assert.Empty(Validate(new LocalDate(2023, 8, 1), new LocalDate(2023, 10, 7), Later).Issues);
        Assert.True(Validate(new LocalDate(2023, 8, 1), new LocalDate(2023, 10, 8), Later).Has(ValidationCodes.RecommendationAnsweredLate));
    }

    [Fact]
    public void Validate_DueInAYearWithoutCalendarData_KeepsThePlainDate()
    {
        // 1 December 2026 + 2 months = Monday 1 February 2027, outside the calendar's data.
        Assert.Empty(Validate(new LocalDate(2026, 12, 1), new LocalDate(2027, 2, 1), new LocalDate(2027, 6, 1)).Issues);
        Assert.True(Validate(new LocalDate(2026, 12, 1), new LocalDate(2027, 2, 2), new LocalDate(2027, 6, 1)).HasErrors);
    }

    [Fact]
    public void Validate_UnansweredBeforeTheDueDate_IsNotAnIssue()
    {
        Assert.Empty(Validate(new LocalDate(2024, 1, 15), null, new LocalDate(2024, 3, 15)).Issues);
    }

    [Fact]
    public void Validate_UnansweredAfterTheDueDate_IsOverdue()
    {
        var issue = Assert.Single(Validate(new LocalDate(2024, 1, 15), null, new LocalDate(2024, 3, 16)).Issues);

        Assert.Equal(ValidationCodes.RecommendationAnswerOverdue, issue.Code);
        Assert.Equal("Recommendations[0]", issue.Path);
        Assert.Equal("Not answered by 2024-03-16; due by 2024-03-15, two months after receipt on 2024-01-15.", issue.Message);
    }

    [Fact]
    public void Validate_ClockInstantLateOnUtcDay_IsReadInBeijingTime()
    {
        // 15 March 2024 16:30 UTC is already 16 March 00:30 in Beijing.
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 15, 16, 30));

        var result = new ReportValidator(RuleSet.National, clock).Validate(new CaseRecords(recommendations: [new ProcuratorialRecommendation(new LocalDate(2024, 1, 15))]));

        Assert.True(result.Has(ValidationCodes.RecommendationAnswerOverdue, "Recommendations[0]"));
    }
}
