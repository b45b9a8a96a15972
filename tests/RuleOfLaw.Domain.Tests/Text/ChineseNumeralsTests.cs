using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一", "1")]
    [InlineData("两", "2")]
    [InlineData("十", "10")]
    [InlineData("十五", "15")]
    [InlineData("二十", "20")]
    [InlineData("一百二十", "120")]
    [InlineData("一百零五", "105")]
    [InlineData("一千零五十", "1050")]
    [InlineData("两千三百万", "23000000")]
    [InlineData("二十万", "200000")]
    [InlineData("三亿五千万", "350000000")]
    [InlineData("一万零五", "10005")]
    [InlineData("二百五", "250")]
    [InlineData("一万五", "15000")]
    [InlineData("二〇二〇", "2020")]
    [InlineData("二零二一", "2021")]
    [InlineData("十八点二", "18.2")]
    [InlineData("八十五点五〇", "85.50")]
    [InlineData("零点五", "0.5")]
    public void TryParse_WellFormedNumeral_ReadsValue(string text, string expected)
    {
        var ok = ChineseNumerals.TryParse(text, out var value);

        Assert.True(ok);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Scale, value.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("百")]
    [InlineData("千")]
    [InlineData("万")]
    [InlineData("十三五")]
    [InlineData("两〇两〇")]
    [InlineData("一千一千")]
    [InlineData("一亿亿")]
    [InlineData("一万万")]
    [InlineData("十点")]
    [InlineData("点五")]
    [InlineData("一百零")]
    [InlineData("一二三四五六七八九一二三四五六七八九一二三四五六七")]
    public void TryParse_MalformedNumeral_Fails(string text)
    {
        var ok = ChineseNumerals.TryParse(text, out var value);

        Assert.False(ok);
        Assert.Equal(0m, value);
    }

    [Fact]
    public void TryParse_LongestRun_DoesNotOverflow()
    {
        var ok = ChineseNumerals.TryParse("九千九百九十九亿九千九百九十九万九千九百九十九", out var value);

        Assert.True(ok);
        Assert.Equal(999_999_999_999m, value);
    }

    [Theory]
    [InlineData('〇', 0)]
    [InlineData('零', 0)]
    [InlineData('两', 2)]
    [InlineData('九', 9)]
    [InlineData('十', -1)]
    [InlineData('a', -1)]
    public void DigitOf_Character_ReturnsDigitOrMinusOne(char c, int expected)
    {
        Assert.Equal(expected, ChineseNumerals.DigitOf(c));
    }

    [Fact]
    public void TryParse_RunOfMaxLength_IsRead()
    {
        const string text = "九千九百九十九亿九千九百九十九万九千九百九十点五";

        var ok = ChineseNumerals.TryParse(text, out var value);

        Assert.Equal(ChineseNumerals.MaxLength, text.Length);
        Assert.True(ok);
        Assert.Equal(999_999_999_990.5m, value);
    }

    [Fact]
    public void TryParse_RunOverMaxLength_Fails()
    {
        const string text = "九千九百九十九亿九千九百九十九万九千九百九十九点五";

        var ok = ChineseNumerals.TryParse(text, out _);

        Assert.Equal(ChineseNumerals.MaxLength + 1, text.Length);
        Assert.False(ok);
    }
}
