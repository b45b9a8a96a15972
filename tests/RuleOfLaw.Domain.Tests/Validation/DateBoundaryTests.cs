using System;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

/// <summary>
/// The case-record rules and the working-day arithmetic answer for every date the model holds, up to 9999-12-31 and
/// from 0001-01-01 down: a limit that would end after 9999-12-31 is met (no finding), one that ends on it is checked.
/// </summary>
public sealed class DateBoundaryTests
{
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    private static ValidationResult Recommendation(LocalDate received, LocalDate? answered, bool urgent = false) =>
        Validator.Validate(new CaseRecords(recommendations: [new ProcuratorialRecommendation(received, answered, isUrgent: urgent)]));

    private static ValidationResult Disclosure(LocalDate decided, LocalDate? disclosed) =>
        Validator.Validate(new CaseRecords(disclosures: [new EnforcementDisclosure(EnforcementDecisionKind.Penalty, decided, disclosed)]));

    [Fact]
    public void Recommendation_DueOnTheLastDate_IsChecked()
    {
        // Received 9999-10-30: due 9999-12-30 (the calendar has no data for 9999, so the plain date stands).
        var issue = Assert.Single(Recommendation(new LocalDate(9999, 10, 30), Last).Issues);
        Assert.Equal(ValidationCodes.RecommendationAnsweredLate, issue.Code);
        Assert.Contains("due by 9999-12-30", issue.Message, StringComparison.Ordinal);

        // Received 9999-10-31: due 9999-12-31, the last date; an answer on it is in time.
        Assert.Empty(Recommendation(new LocalDate(9999, 10, 31), Last).Issues);
    }

    [Theory]
    [InlineData(9999, 11, 1)] // due 10000-01-01: past the last date
    [InlineData(9999, 12, 31)]
    public void Recommendation_DueAfterTheLastDate_HasNoFinding(int year, int month, int day)
    {
        var received = new LocalDate(year, month, day);

        Assert.Empty(Recommendation(received, Last).Issues);
        Assert.Empty(Recommendation(received, null).Issues);
    }

    [Fact]
    public void UrgentRecommendation_FifteenDaysUpToTheLastDate_AreChecked_AndBeyondHasNoFinding()
    {
        // Received 9999-12-15: due 9999-12-30. Received 9999-12-16: due 9999-12-31. Received 9999-12-17: due beyond.
        var issue = Assert.Single(Recommendation(new LocalDate(9999, 12, 15), Last, urgent: true).Issues);
        Assert.Contains("due by 9999-12-30", issue.Message, StringComparison.Ordinal);
        Assert.Empty(Recommendation(new LocalDate(9999, 12, 16), Last, urgent: true).Issues);
        Assert.Empty(Recommendation(new LocalDate(9999, 12, 17), Last, urgent: true).Issues);
        Assert.Empty(Recommendation(Last, Last, urgent: true).Issues);
        Assert.Empty(Recommendation(Last, null, urgent: true).Issues);
    }

    [Fact]
    public void Recommendation_InTheFirstYear_IsChecked()
    {
        // Received 0001-01-01: due 0001-03-01.
        Assert.Empty(Recommendation(new LocalDate(1, 1, 1), new LocalDate(1, 3, 1)).Issues);
        var late = Assert.Single(Recommendation(new LocalDate(1, 1, 1), new LocalDate(1, 3, 2)).Issues);
        Assert.Equal(ValidationCodes.RecommendationAnsweredLate, late.Code);
        var overdue = Assert.Single(Recommendation(new LocalDate(1, 1, 1), null).Issues);
        Assert.Equal(ValidationCodes.RecommendationAnswerOverdue, overdue.Code);
        Assert.Single(Recommendation(LocalDate.MinIsoValue, null).Issues);
    }

    [Fact]
    public void Recommendation_ACalendarOfRestDaysToTheLastDate_HasNoFinding()
    {
        // Every day of 9999 a rest day: the due date moves to a working day past the last date.
        var validator = new ReportValidator(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)), new RestDaysIn(9999));
        var records = new CaseRecords(recommendations: [new ProcuratorialRecommendation(new LocalDate(9999, 10, 1), Last)]);

        Assert.Empty(validator.Validate(records).Issues);
    }

    [Fact]
    public void Disclosure_WithinItsLimitOfTheLastDate_Passes()
    {
        // 7 calendar days from 9999-12-24 end on 9999-12-31; from 9999-12-25 on they run past it.
        Assert.Empty(Disclosure(new LocalDate(9999, 12, 24), Last).Issues);
        Assert.Empty(Disclosure(new LocalDate(9999, 12, 25), Last).Issues);
        Assert.Empty(Disclosure(Last, Last).Issues);
        Assert.Empty(Disclosure(Last, null).Issues);
    }

    [Theory]
    [InlineData(9999, 12, 23, 9999)] // 8 calendar days: working days are needed, and 9999 has no data
    [InlineData(1, 1, 1, 1)]
    public void Disclosure_NeedingWorkingDaysWithoutData_IsReportedAsUnknown(int year, int month, int day, int unknownYear)
    {
        var issue = Assert.Single(Disclosure(new LocalDate(year, month, day), Last).Issues);

        Assert.Equal(ValidationCodes.WorkingDayCalendarUnknown, issue.Code);
        Assert.EndsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the calendar has no data for {unknownYear}."), issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_AtTheLastDate_AnswersWithoutThrowing()
    {
        var calendar = ChinaWorkingDayCalendar.Instance;

        Assert.Equal(WorkingDayAnswer.Unknown, calendar.IsWorkingDay(Last));
        Assert.Equal(Last, calendar.AddWorkingDays(Last, 0));
        Assert.Null(calendar.AddWorkingDays(Last, 1));
        Assert.Null(calendar.AddWorkingDays(new LocalDate(9999, 12, 30), 5));
        Assert.Equal(0, calendar.WorkingDaysBetween(Last, Last));
        Assert.Null(calendar.WorkingDaysBetween(new LocalDate(9999, 12, 30), Last));
        Assert.Null(calendar.WorkingDaysBetween(Last, new LocalDate(9999, 12, 30)));
        Assert.Null(calendar.WorkingDaysBetween(new LocalDate(1, 1, 1), Last));
        Assert.Null(calendar.WorkingDaysBetween(LocalDate.MinIsoValue, Last));
        Assert.Null(calendar.AddWorkingDays(LocalDate.MinIsoValue, 1));
    }

    /// <summary>A calendar whose every day of one year is a rest day, and that has no data for other years.</summary>
    private sealed class RestDaysIn(int year) : IWorkingDayCalendar
    {
        public WorkingDayAnswer IsWorkingDay(LocalDate day) => day.Year == year ? WorkingDayAnswer.No : WorkingDayAnswer.Unknown;

        public LocalDate? AddWorkingDays(LocalDate start, int days) => days == 0 ? start : null;

        public int? WorkingDaysBetween(LocalDate after, LocalDate through) => after == through ? 0 : null;
    }
}
