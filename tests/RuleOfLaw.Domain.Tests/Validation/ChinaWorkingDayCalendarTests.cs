using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using RuleOfLaw.Domain.Tests.Arbitraries;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class ChinaWorkingDayCalendarTests
{
    private static readonly ChinaWorkingDayCalendar Calendar = ChinaWorkingDayCalendar.Instance;

    [Theory]
    [InlineData("2020-01-19")] // Sunday worked before the 2020 Spring Festival (国办发明电〔2019〕16号)
    [InlineData("2020-02-03")] // Monday after the extended Spring Festival: work resumed (国办发明电〔2020〕1号)
    [InlineData("2024-02-04")] // Sunday worked before the 2024 Spring Festival
    [InlineData("2024-02-18")] // Sunday worked after it
    [InlineData("2025-01-26")] // Sunday worked before the 2025 Spring Festival
    [InlineData("2025-02-08")] // Saturday worked after it
    [InlineData("2019-04-28")] // Sunday worked for the extended 2019 Labour Day
    [InlineData("2019-05-05")]
    [InlineData("2019-09-29")]
    [InlineData("2019-10-12")]
    [InlineData("2020-09-27")]
    [InlineData("2020-10-10")]
    [InlineData("2023-01-03")] // Tuesday after the 2023 New Year holiday
    [InlineData("2026-01-04")] // Sunday worked after the 2026 New Year holiday (国办发明电〔2025〕7号)
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    [InlineData("2026-10-10")]
    [InlineData("2021-01-05")] // an ordinary Tuesday
    public void IsWorkingDay_KnownWorkingDay_AnswersYes(string date)
    {
        Assert.Equal(WorkingDayAnswer.Yes, Calendar.IsWorkingDay(Parse(date)));
    }

    [Theory]
    [InlineData("2020-01-24")] // Spring Festival eve 2020
    [InlineData("2020-01-30")]
    [InlineData("2020-01-31")] // Friday, off by the extension
    [InlineData("2020-02-01")] // Saturday, first a make-up working day, off by the extension
    [InlineData("2020-02-02")]
    [InlineData("2024-02-10")]
    [InlineData("2024-02-17")]
    [InlineData("2025-01-28")]
    [InlineData("2025-02-04")] // the 2025 Spring Festival ran to Tuesday 4 February
    [InlineData("2025-05-05")]
    [InlineData("2026-02-23")] // Monday, last day of the nine-day 2026 Spring Festival
    [InlineData("2026-01-02")]
    [InlineData("2026-10-07")]
    [InlineData("2023-01-02")] // Monday, New Year 2023
    [InlineData("2021-01-09")] // an ordinary Saturday
    public void IsWorkingDay_KnownDayOff_AnswersNo(string date)
    {
        Assert.Equal(WorkingDayAnswer.No, Calendar.IsWorkingDay(Parse(date)));
    }

    [Theory]
    [InlineData("2019-10-01", "2019-10-07")]
    [InlineData("2020-10-01", "2020-10-08")] // National Day and Mid-Autumn together
    [InlineData("2023-09-29", "2023-10-06")]
    [InlineData("2025-10-01", "2025-10-08")]
    [InlineData("2020-01-24", "2020-02-02")]
    public void IsWorkingDay_WholeHoliday_AnswersNoOnEveryDay(string first, string last)
    {
        var days = new DateInterval(Parse(first), Parse(last));

        Assert.All(days, day => Assert.Equal(WorkingDayAnswer.No, Calendar.IsWorkingDay(day)));
    }

    [Theory]
    [InlineData(2019, 11)]
    [InlineData(2020, 13)] // 11 statutory days, plus Friday 31 January and Saturday 1 February from the extension
    [InlineData(2021, 11)]
    [InlineData(2022, 11)]
    [InlineData(2023, 11)]
    [InlineData(2024, 11)]
    [InlineData(2025, 13)] // the 2024 amendment added New Year's Eve and a second Labour Day
    [InlineData(2026, 13)]
    public void IsWorkingDay_WholeYear_LosesExactlyTheStatutoryHolidays(int year, int lostDays)
    {
        // Statutory holidays on a weekend are made up on a weekday, and days borrowed for a long holiday are worked on
        // a weekend, so a year's working days are its Monday-to-Friday days less its statutory holidays.
        var days = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var weekdays = days.Count(d => d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

        var working = days.Count(d => Calendar.IsWorkingDay(d) == WorkingDayAnswer.Yes);

        Assert.Equal(weekdays - lostDays, working);
    }

    [Fact]
    public void IsWorkingDay_EveryCoveredDate_AnswersYesOrNo()
    {
        var days = new DateInterval(CalendarArbitraries.FirstCovered, CalendarArbitraries.LastCovered);

        Assert.All(days, day => Assert.NotEqual(WorkingDayAnswer.Unknown, Calendar.IsWorkingDay(day)));
    }

    [Theory]
    [InlineData("2018-12-31")]
    [InlineData("2027-01-01")]
    [InlineData("1990-05-01")]
    public void IsWorkingDay_OutsideCoveredYears_AnswersUnknown(string date)
    {
        Assert.Equal(WorkingDayAnswer.Unknown, Calendar.IsWorkingDay(Parse(date)));
    }

    [Fact]
    public void IsWorkingDay_OtherCalendarSystem_AnswersForTheSameDay()
    {
        var julian = new LocalDate(2020, 1, 19).WithCalendar(CalendarSystem.Julian);

        Assert.Equal(WorkingDayAnswer.Yes, Calendar.IsWorkingDay(julian));
    }

    [Fact]
    public void Years_AreTwentyNineteenToTwentyTwentySix()
    {
        Assert.Equal(Enumerable.Range(2019, 8), Calendar.Years);
        Assert.Equal("China working days 2019–2026", Calendar.ToString());
    }

    [Fact]
    public void SourceOf_CoveredYear_CitesTheNotice_AndUncoveredYearHasNone()
    {
        Assert.Contains("国办发明电〔2019〕16号", Calendar.SourceOf(2020), StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2020〕1号", Calendar.SourceOf(2020), StringComparison.Ordinal);
        Assert.Contains("国办发明电〔2025〕7号", Calendar.SourceOf(2026), StringComparison.Ordinal);
        Assert.Null(Calendar.SourceOf(2018));
        Assert.Null(Calendar.SourceOf(2027));
    }

    [Fact]
    public void AddWorkingDays_AcrossTheExtendedSpringFestival_SkipsEveryDayOff()
    {
        // Thursday 23 January 2020 was the last working day before the holiday; work resumed on Monday 3 February.
        Assert.Equal(new LocalDate(2020, 2, 3), Calendar.AddWorkingDays(new LocalDate(2020, 1, 23), 1));
        Assert.Equal(new LocalDate(2020, 2, 11), Calendar.AddWorkingDays(new LocalDate(2020, 1, 23), 7));
    }

    [Fact]
    public void AddWorkingDays_CountsAMakeUpSunday()
    {
        // Friday 17 January 2020: the next working day is Sunday 19 January.
        Assert.Equal(new LocalDate(2020, 1, 19), Calendar.AddWorkingDays(new LocalDate(2020, 1, 17), 1));
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsTheStart()
    {
        Assert.Equal(new LocalDate(2020, 1, 25), Calendar.AddWorkingDays(new LocalDate(2020, 1, 25), 0));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(new LocalDate(2020, 1, 1), -1));

        Assert.Equal("days", exception.ParamName);
    }

    [Fact]
    public void AddWorkingDays_RunningPastTheLastCoveredYear_ReturnsNull()
    {
        Assert.Equal(new LocalDate(2026, 12, 31), Calendar.AddWorkingDays(new LocalDate(2026, 12, 30), 1));
        Assert.Null(Calendar.AddWorkingDays(new LocalDate(2026, 12, 30), 2));
        Assert.Null(Calendar.AddWorkingDays(new LocalDate(2018, 12, 28), 1));
    }

    [Fact]
    public void WorkingDaysBetween_ExcludesTheStartAndIncludesTheEnd()
    {
        // Monday 6 January 2020 to Monday 13 January: 7, 8, 9, 10, 13.
        Assert.Equal(5, Calendar.WorkingDaysBetween(new LocalDate(2020, 1, 6), new LocalDate(2020, 1, 13)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new LocalDate(2020, 1, 6), new LocalDate(2020, 1, 6)));
        Assert.Equal(-5, Calendar.WorkingDaysBetween(new LocalDate(2020, 1, 13), new LocalDate(2020, 1, 6)));
    }

    [Fact]
    public void WorkingDaysBetween_AnyDateUncovered_ReturnsNull()
    {
        Assert.Null(Calendar.WorkingDaysBetween(new LocalDate(2018, 12, 30), new LocalDate(2019, 1, 10)));
        Assert.Null(Calendar.WorkingDaysBetween(new LocalDate(2026, 12, 20), new LocalDate(2027, 1, 10)));
    }

    [Fact]
    public void WorkingDaysBetween_UncoveredStart_IsNotCounted()
    {
        // The start does not count, so only 1 January (holiday) and 2 January 2019 (Wednesday) are looked at.
        Assert.Equal(1, Calendar.WorkingDaysBetween(new LocalDate(2018, 12, 31), new LocalDate(2019, 1, 2)));
    }

    [Property]
    public Property IsWorkingDay_CoveredDate_IsYesOrNo() =>
        Prop.ForAll(CalendarArbitraries.CoveredDate.ToArbitrary(), date => Calendar.IsWorkingDay(date) != WorkingDayAnswer.Unknown);

    [Property]
    public Property IsWorkingDay_UncoveredDate_IsUnknown() =>
        Prop.ForAll(CalendarArbitraries.UncoveredDate.ToArbitrary(), date => Calendar.IsWorkingDay(date) == WorkingDayAnswer.Unknown);

    [Property]
    public Property AddWorkingDays_PositiveCount_LandsOnAWorkingDayWithinCoverage() =>
        Prop.ForAll(CalendarArbitraries.CoveredDate.ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (start, days) =>
            Calendar.AddWorkingDays(start, days) is not { } end
            || (Calendar.IsWorkingDay(end) == WorkingDayAnswer.Yes && end > start && end <= CalendarArbitraries.LastCovered));

    [Property]
    public Property AddWorkingDays_IsMonotonicInTheCount() =>
        Prop.ForAll(CalendarArbitraries.CoveredDate.ToArbitrary(), CalendarArbitraries.WorkingDayCount.ToArbitrary(), (start, days) =>
            Calendar.AddWorkingDays(start, days + 1) is not { } later
            || (Calendar.AddWorkingDays(start, days) is { } earlier && earlier < later));

    [Property]
    public Property WorkingDaysBetween_InvertsAddWorkingDays() =>
        Prop.ForAll(CalendarArbitraries.CoveredDate.ToArbitrary(), CalendarArbitraries.WorkingDayCount.ToArbitrary(), (start, days) =>
            Calendar.AddWorkingDays(start, days) is not { } end || Calendar.WorkingDaysBetween(start, end) == days);

    [Property]
    public Property WorkingDaysBetween_IsAntisymmetric() =>
        Prop.ForAll(CalendarArbitraries.CoveredDate.ToArbitrary(), CalendarArbitraries.CoveredDate.ToArbitrary(), (a, b) =>
            Calendar.WorkingDaysBetween(a, b) == -Calendar.WorkingDaysBetween(b, a));

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
