using System;
using NodaTime;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class WorkingDayDataTests
{
    [Fact]
    public void Parse_ValidYear_AppliesDaysOffAndWorkingWeekends()
    {
        var data = WorkingDayData.Parse("""
            # comment
            year 2030 test notice
            off  2030-01-01..2030-01-02 New Year   # Tuesday and Wednesday
            work 2030-01-05 make-up                 # Saturday
            """);

        Assert.Equal([2030], data.Years);
        Assert.Equal("test notice", data.SourceOf(2030));
        Assert.Equal(WorkingDayAnswer.No, data.IsWorkingDay(new LocalDate(2030, 1, 1)));
        Assert.Equal(WorkingDayAnswer.No, data.IsWorkingDay(new LocalDate(2030, 1, 2)));
        Assert.Equal(WorkingDayAnswer.Yes, data.IsWorkingDay(new LocalDate(2030, 1, 3)));
        Assert.Equal(WorkingDayAnswer.Yes, data.IsWorkingDay(new LocalDate(2030, 1, 5)));
        Assert.Equal(WorkingDayAnswer.No, data.IsWorkingDay(new LocalDate(2030, 1, 6)));
        Assert.Equal(WorkingDayAnswer.Unknown, data.IsWorkingDay(new LocalDate(2031, 1, 6)));
    }

    [Fact]
    public void Parse_GapBetweenYears_LeavesTheGapUnknown()
    {
        var data = WorkingDayData.Parse("year 2030 a\nyear 2032 b\n");

        Assert.Equal([2030, 2032], data.Years);
        Assert.Equal(WorkingDayAnswer.Unknown, data.IsWorkingDay(new LocalDate(2031, 3, 3)));
        Assert.Null(data.SourceOf(2031));
        Assert.Equal(WorkingDayAnswer.Yes, data.IsWorkingDay(new LocalDate(2032, 3, 3)));
    }

    [Fact]
    public void Parse_Empty_CoversNothing()
    {
        var data = WorkingDayData.Parse("# nothing\n");

        Assert.Empty(data.Years);
        Assert.Equal(WorkingDayAnswer.Unknown, data.IsWorkingDay(new LocalDate(2030, 1, 1)));
    }

    [Theory]
    [InlineData("off 2030-01-01 x", "line 1", "must follow a year line")]
    [InlineData("year 2030 a\nwork 2030-01-07 x", "line 2", "must give a Saturday or Sunday")] // a Monday
    [InlineData("year 2030 a\noff 2031-01-01 x", "line 2", "must stay within the year opened")]
    [InlineData("year 2030 a\noff 2030-01-01 x\noff 2030-01-01 y", "line 3", "must not list a date twice")]
    [InlineData("year 2030 a\nyear 2030 b", "line 2", "must not open a year twice")]
    [InlineData("year 2030 a\noff 2030-13-01 x", "line 2", "must give dates as yyyy-MM-dd")]
    [InlineData("year 2030 a\noff 2030-01-05..2030-01-01 x", "line 2", "must not end a range before it starts")]
    [InlineData("year 2030 a\nwork 2030-01-05..2030-01-06 x", "line 2", "must give a single date")]
    [InlineData("year 2030 a\nholiday 2030-01-01 x", "line 2", "must start with year, off or work")]
    [InlineData("year 2030", "line 1", "must have a keyword, a value and a name")]
    [InlineData("year 20x0 a", "line 1", "must give a year between 1900 and 2200")]
    public void Parse_MalformedLine_ThrowsNamingLineAndRule(string text, string line, string rule)
    {
        var exception = Assert.Throws<FormatException>(() => WorkingDayData.Parse(text));

        Assert.Contains(line, exception.Message, StringComparison.Ordinal);
        Assert.Contains(rule, exception.Message, StringComparison.Ordinal);
    }
}
