using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class NumeralGrammarTests
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
    [InlineData("三万九千", "39000")]
    [InlineData("二千九百亿", "290000000000")]
    [InlineData("二千零九亿", "200900000000")]
    [InlineData("二十五万", "250000")]
    [InlineData("三点五", "3.5")]
    [InlineData("三万九", "39000")]
    [InlineData("一亿五", "150000000")]
    [InlineData("十五点五", "15.5")]
    [InlineData("三万零五百", "30500")]
    public void TryParse_WellFormedNumeral_ReadsValue(string text, string expected)
    {
        var ok = NumeralGrammar.TryParse(text, NumeralFeatures.None, out var value);

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
    [InlineData("一二三四五六七八九一二三四五六七八九一")]
    [InlineData("〇三万九点三")]
    [InlineData("〇三万")]
    [InlineData("零十五")]
    [InlineData("二千九亿")]
    [InlineData("二千九亿五")]
    [InlineData("三百五万")]
    [InlineData("三万九点三")]
    [InlineData("二百五点五")]
    public void TryParse_MalformedNumeral_Fails(string text)
    {
        var ok = NumeralGrammar.TryParse(text, NumeralFeatures.None, out var value);

        Assert.False(ok);
        Assert.Equal(0m, value);
    }

    [Fact]
    public void TryParse_LongestRun_DoesNotOverflow()
    {
        var ok = NumeralGrammar.TryParse("九千九百九十九亿九千九百九十九万九千九百九十九", NumeralFeatures.None, out var value);

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
        Assert.Equal(expected, NumeralGrammar.DigitOf(c, NumeralFeatures.None));
    }

    [Fact]
    public void TryParse_RunOfMaxLength_IsRead()
    {
        const string text = "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十点五零零零零零零零零";

        var ok = NumeralGrammar.TryParse(text, NumeralFeatures.None, out var value);

        Assert.Equal(NumeralGrammar.MaxLength, text.Length);
        Assert.True(ok);
        Assert.Equal(9_999_999_999_999_990.5m, value);
    }

    [Fact]
    public void TryParse_RunOverMaxLength_Fails()
    {
        const string text = "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九点五零零零零零零零零";

        var ok = NumeralGrammar.TryParse(text, NumeralFeatures.None, out _);

        Assert.Equal(NumeralGrammar.MaxLength + 1, text.Length);
        Assert.False(ok);
    }

    [Fact]
    public void TryParse_StandardFormOfAnyNumber_ReadsThatNumber()
    {
        // Both sides of the stricter grammar: every standard rendering (with 零 between places, 亿 and 万 sections,
        // and a fraction) still reads, to exactly the number rendered.
        var numbers =
            from whole in Gen.Choose(1, 999_999).SelectMany(high => Gen.Choose(0, 999_999).Select(low => ((long)high * 1_000_000) + low))
            from small in Gen.Elements(true, false)
            from fraction in Gen.Choose(0, 999).Select(f => f.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).OrNull()
            select (Whole: small ? whole % 100_000 + 1 : whole, Fraction: fraction);

        Prop.ForAll(numbers.ToArbitrary(), n =>
        {
            var text = Render(n.Whole) + (n.Fraction is null ? string.Empty : "点" + string.Concat(n.Fraction.Select(d => Digits[d - '0'])));
            var expected = decimal.Parse(n.Whole + (n.Fraction is null ? string.Empty : "." + n.Fraction), System.Globalization.CultureInfo.InvariantCulture);

            if (text.Length > NumeralGrammar.MaxLength)
            {
                // Runs longer than the documented bound are not read at all.
                Assert.False(NumeralGrammar.TryParse(text, NumeralFeatures.None, out _), text);
                return;
            }

            Assert.True(NumeralGrammar.TryParse(text, NumeralFeatures.None, out var value), text);
            Assert.Equal(expected, value);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));
    }

    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The standard form of 1 ≤ n &lt; 10^12: sections of 亿 and 万, one 零 for each run of missing places.</summary>
    private static string Render(long n)
    {
        var text = new StringBuilder();
        var hundredMillions = (int)(n / 100_000_000);
        var tenThousands = (int)(n / 10_000 % 10_000);
        var ones = (int)(n % 10_000);
        if (hundredMillions > 0)
        {
            text.Append(Section(hundredMillions)).Append('亿');
        }

        if (tenThousands > 0)
        {
            text.Append(text.Length > 0 && tenThousands < 1000 ? "零" : string.Empty).Append(Section(tenThousands)).Append('万');
        }

        if (ones > 0)
        {
            text.Append(text.Length > 0 && (ones < 1000 || tenThousands == 0) ? "零" : string.Empty).Append(Section(ones));
        }

        return text.ToString();
    }

    private static string Section(int value)
    {
        var text = new StringBuilder();
        var zero = false;
        foreach (var (place, unit) in new[] { (1000, "千"), (100, "百"), (10, "十"), (1, string.Empty) })
        {
            var digit = value / place % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            text.Append(zero ? "零" : string.Empty).Append(Digits[digit]).Append(unit);
            zero = false;
        }

        return text.ToString();
    }
}
