using NodaTime;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class DateReaderTests
{
    [Theory]
    [InlineData("2021年1月5日", 2021, 1, 5)]
    [InlineData("二〇二一年一月五日", 2021, 1, 5)]
    [InlineData("二〇二〇年十二月三十一日", 2020, 12, 31)]
    [InlineData("2021-01-05", 2021, 1, 5)]
    [InlineData("2021/1/5", 2021, 1, 5)]
    [InlineData("2021.01.05", 2021, 1, 5)]
    [InlineData("２０２１年１月５日", 2021, 1, 5)]
    [InlineData("2024年2月29日", 2024, 2, 29)]
    public void TryReadDate_PrintedDate_ReadsIt(string text, int year, int month, int day)
    {
        var ok = DateReader.TryReadDate(text, 0, text.Length, out var date, out var end);

        Assert.True(ok);
        Assert.Equal(new LocalDate(year, month, day), date);
        Assert.Equal(text.Length, end);
    }

    [Theory]
    [InlineData("2023年2月29日")]
    [InlineData("2021年13月1日")]
    [InlineData("2021年1月0日")]
    [InlineData("1899年1月1日")]
    [InlineData("2101年1月1日")]
    [InlineData("2021-01/05")]
    [InlineData("2021年1月")]
    [InlineData("20210105")]
    public void TryReadDate_NotADate_Fails(string text)
    {
        Assert.False(DateReader.TryReadDate(text, 0, text.Length, out _, out _));
    }

    [Theory]
    [InlineData("2021-01-05 14:11:08", 14, 11, 8)]
    [InlineData("2021-01-05 14:11", 14, 11, 0)]
    [InlineData("2021-01-05　14：11：08", 14, 11, 8)]
    public void TryReadDateTime_DateAndTime_ReadsBoth(string text, int hour, int minute, int second)
    {
        var ok = DateReader.TryReadDateTime(text, 0, text.Length, out var value, out var hasTime, out _);

        Assert.True(ok);
        Assert.True(hasTime);
        Assert.Equal(new LocalDateTime(2021, 1, 5, hour, minute, second), value);
    }

    [Theory]
    [InlineData("2021-01-05 24:00")]
    [InlineData("2021-01-05 23:60")]
    [InlineData("2021-01-05")]
    public void TryReadDateTime_NoValidTime_IsMidnightWithoutTime(string text)
    {
        var ok = DateReader.TryReadDateTime(text, 0, text.Length, out var value, out var hasTime, out _);

        Assert.True(ok);
        Assert.False(hasTime);
        Assert.Equal(new LocalDate(2021, 1, 5).AtMidnight(), value);
    }
}
