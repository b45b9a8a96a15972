using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class ChineseNumberTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithQuietOnSuccess(true);

    [Theory]
    [InlineData("零", "0")]
    [InlineData("〇", "0")]
    [InlineData("两", "2")]
    [InlineData("十五", "15")]
    [InlineData("一十五", "15")]
    [InlineData("一百二十三", "123")]
    [InlineData("一百零五", "105")]
    [InlineData("两千三百万", "23000000")]
    [InlineData("三亿五千万", "350000000")]
    [InlineData("三千亿五千万", "300050000000")]
    [InlineData("一亿零十", "100000010")]
    [InlineData("一万八千亿", "1800000000000")]
    [InlineData("一万亿零一", "1000000000001")]
    [InlineData("二〇二〇", "2020")]
    [InlineData("二百五", "250")]
    [InlineData("一万五", "15000")]
    [InlineData("十八点二〇", "18.20")]
    [InlineData("零点零五", "0.05")]
    [InlineData("负五", "-5")]
    [InlineData("壹佰贰拾", "120")]
    [InlineData("贰拾", "20")]
    [InlineData("拾伍", "15")]
    [InlineData("壹亿零拾", "100000010")]
    [InlineData("叁仟亿伍仟万", "300050000000")]
    [InlineData("玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿", "9999999900000000")]
    [InlineData("廿一", "21")]
    [InlineData("廿", "20")]
    [InlineData("卅", "30")]
    [InlineData("卅五万", "350000")]
    [InlineData("123", "123")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("0.0038", "0.0038")]
    [InlineData("3.5万", "35000")]
    [InlineData("1.8万亿", "1800000000000")]
    [InlineData("126万亿", "126000000000000")]
    [InlineData("1616.85万", "16168500")]
    [InlineData("194.98亿", "19498000000")]
    [InlineData("3亿5千万", "350000000")]
    [InlineData("一点八万亿", "1800000000000")]
    public void TryParse_Number_ReadsExactValue(string text, string expected)
    {
        var ok = ChineseNumber.TryParse(text, out var number);

        Assert.True(ok, text);
        var value = decimal.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(value, number.Value);
        Assert.Equal(ChineseNumberForm.Number, number.Form);
        Assert.Equal(QuantityQualifier.Exact, number.Qualifier);
        Assert.True(number.IsExact);
    }

    [Theory]
    [InlineData("十八点二〇", 2)]
    [InlineData("18.20", 2)]
    public void TryParse_Decimals_KeepsPrintedScaleBeforeAScale(string text, int scale)
    {
        Assert.True(ChineseNumber.TryParse(text, out var number));
        Assert.Equal(scale, number.Value.Scale);
    }

    [Theory]
    [InlineData("四百余万", "4000000")]
    [InlineData("三千多万", "30000000")]
    [InlineData("100余", "100")]
    [InlineData("十余", "10")]
    [InlineData("2.8万余", "28000")]
    public void TryParse_QualifierInsideTheNumeral_SaysMoreThan(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var number), text);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(QuantityQualifier.MoreThan, number.Qualifier);
    }

    [Theory]
    [InlineData("百分之十二点五", "12.5")]
    [InlineData("百分之百", "100")]
    [InlineData("百分之九十八", "98")]
    [InlineData("百分之12.5", "12.5")]
    [InlineData("18.2%", "18.2")]
    [InlineData("100％", "100")]
    public void TryParse_Percentage_ReadsPercentValue(string text, string expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var number), text);
        Assert.Equal(ChineseNumberForm.Percent, number.Form);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(1m, number.Denominator);
    }

    [Theory]
    [InlineData("三分之二", "2", "3")]
    [InlineData("四分之一", "1", "4")]
    [InlineData("千分之五", "5", "1000")]
    [InlineData("十分之三", "3", "10")]
    [InlineData("1/4", "1", "4")]
    [InlineData("3/5", "3", "5")]
    [InlineData("12／25", "12", "25")]
    public void TryParse_Fraction_KeepsNumeratorAndDenominator(string text, string numerator, string denominator)
    {
        Assert.True(ChineseNumber.TryParse(text, out var number), text);
        Assert.Equal(ChineseNumberForm.Fraction, number.Form);
        Assert.Equal(decimal.Parse(numerator, CultureInfo.InvariantCulture), number.Numerator);
        Assert.Equal(decimal.Parse(denominator, CultureInfo.InvariantCulture), number.Denominator);
        Assert.Equal(number.Numerator / number.Denominator, number.Value);
    }

    [Fact]
    public void TryParse_TwoThirds_IsNotExactInDecimal()
    {
        Assert.True(ChineseNumber.TryParse("三分之二", out var twoThirds));
        Assert.True(ChineseNumber.TryParse("四分之一", out var quarter));

        Assert.False(twoThirds.IsExact);
        Assert.True(quarter.IsExact);
        Assert.Equal(0.25m, quarter.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" 一百")]
    [InlineData("一百 ")]
    [InlineData("abc")]
    [InlineData("百")]
    [InlineData("万")]
    [InlineData("十三五")]
    [InlineData("一万万")]
    [InlineData("一亿二亿")]
    [InlineData("二千九亿")]
    [InlineData("〇三万")]
    [InlineData("一百零")]
    [InlineData("两〇两〇")]
    [InlineData("三万九点三")]
    [InlineData("1.2.3")]
    [InlineData("1,23")]
    [InlineData("三分之")]
    [InlineData("分之二")]
    [InlineData("零分之一")]
    [InlineData("1/0")]
    [InlineData("1/")]
    [InlineData("/4")]
    [InlineData("三/四")]
    [InlineData("1/四")]
    [InlineData("2023/1/4")]
    [InlineData("1万/4")]
    [InlineData("百分之")]
    [InlineData("%")]
    [InlineData("余万")]
    [InlineData("四百余余万")]
    [InlineData("四百余五")]
    [InlineData("上一年度")]
    [InlineData("第一")]
    [InlineData("一律")]
    [InlineData("千方百计")]
    [InlineData("百姓")]
    [InlineData("万一")]
    [InlineData("1234567890123456789")]
    [InlineData("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九点九九九九九九九九九九九")]
    public void TryParse_NotANumber_ReturnsFalseAndDefault(string text)
    {
        var ok = ChineseNumber.TryParse(text, out var number);

        Assert.False(ok, text);
        Assert.Equal(default, number);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(ChineseNumber.TryParse((string?)null, out var number));
        Assert.Equal(default, number);
    }

    [Fact]
    public void Parse_NotANumber_ThrowsFormatExceptionNamingTheCharacter()
    {
        var error = Assert.Throws<FormatException>(() => ChineseNumber.Parse("一万万"));

        Assert.Contains("一万万", error.Message, StringComparison.Ordinal);
        Assert.Contains("character 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => ChineseNumber.Parse(string.Empty));
        Assert.Throws<ArgumentNullException>(() => ChineseNumber.Parse(null!));
    }

    [Theory]
    [InlineData("三亿五千万", "350000000")]
    [InlineData("百分之十二点五", "12.5%")]
    [InlineData("三分之二", "2/3")]
    [InlineData("四百余万", ">4000000")]
    public void ToString_WritesInvariantArabicForm(string text, string expected)
    {
        Assert.Equal(expected, ChineseNumber.Parse(text).ToString());
    }

    [Theory]
    [InlineData("三分之二")]
    [InlineData("千分之五")]
    [InlineData("四分之一")]
    public void Parse_InvariantFormOfAFraction_ReadsTheSameFraction(string text)
    {
        var number = ChineseNumber.Parse(text);

        Assert.Equal(number, ChineseNumber.Parse(number.ToString()));
    }

    [Fact]
    public void Equals_ComparesValueNotPrintedScale()
    {
        var a = ChineseNumber.Parse("十八点二〇");
        var b = ChineseNumber.Parse("18.2");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(ChineseNumber.Parse("18.2%"), b);
        Assert.True(ChineseNumber.Parse("18.2%") != b);
        Assert.NotEqual(ChineseNumber.Parse("100余"), ChineseNumber.Parse("100"));
    }

    [Fact]
    public void WrittenInChinese_AnyDecimal_RoundTrips()
    {
        var numbers =
            from digits in Gen.Choose(1, 16)
            from whole in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 0)), (7, Gen.Choose(0, 9))), digits)
            from decimals in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 4)))
            from fraction in Gen.ArrayOf(Gen.Choose(0, 9), decimals)
            from negative in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            from style in Gen.Elements(true, false).Three()
            select (Value: ToDecimal(whole, fraction, negative), Style: new NumeralStyle(style.Item1, style.Item2, style.Item3));

        Prop.ForAll(numbers.ToArbitrary(), n =>
        {
            var text = ChineseNumeralWriter.Write(n.Value, n.Style);

            Assert.True(ChineseNumber.TryParse(text, out var number), text);
            Assert.Equal(n.Value, number.Value);
            Assert.Equal(ChineseNumberForm.Number, number.Form);
            Assert.Equal(QuantityQualifier.Exact, number.Qualifier);
        }).Check(Quick.WithMaxTest(2000));
    }

    [Fact]
    public void WrittenInArabicWithAScale_AnyDecimal_RoundTrips()
    {
        var numbers =
            from mantissa in Gen.Choose(1, 999_999)
            from decimals in Gen.Choose(0, 2)
            from scale in Gen.Elements(("万", 10_000m), ("亿", 100_000_000m), ("万亿", 1_000_000_000_000m))
            select (Mantissa: mantissa / (decimal)Math.Pow(10, decimals), Scale: scale);

        Prop.ForAll(numbers.ToArbitrary(), n =>
        {
            var text = n.Mantissa.ToString(CultureInfo.InvariantCulture) + n.Scale.Item1;

            Assert.True(ChineseNumber.TryParse(text, out var number), text);
            Assert.Equal(n.Mantissa * n.Scale.Item2, number.Value);
        }).Check(Quick.WithMaxTest(500));
    }

    [Fact]
    public void WrittenAsAPercentage_AnyDecimal_RoundTrips()
    {
        var numbers =
            from whole in Gen.Choose(0, 100)
            from tenths in Gen.Choose(0, 9)
            from style in Gen.Elements(true, false).Two()
            from arabic in Gen.Elements(true, false)
            select (Value: whole + (tenths / 10m), Style: new NumeralStyle(false, style.Item1, style.Item2), Arabic: arabic);

        Prop.ForAll(numbers.ToArbitrary(), n =>
        {
            var text = n.Arabic
                ? n.Value.ToString(CultureInfo.InvariantCulture) + "%"
                : "百分之" + ChineseNumeralWriter.Write(n.Value, n.Style);

            Assert.True(ChineseNumber.TryParse(text, out var number), text);
            Assert.Equal(ChineseNumberForm.Percent, number.Form);
            Assert.Equal(n.Value, number.Value);
        }).Check(Quick.WithMaxTest(500));
    }

    [Fact]
    public void TryParse_AnyString_NeverThrows()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Check(text)).Check(Quick.WithMaxTest(2000));
    }

    [Fact]
    public void TryParse_AnyRunOfNumeralCharacters_NeverThrows()
    {
        const string alphabet = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億廿卅卌点余多分之负%0123456789.,";
        var texts = Gen.Choose(0, 60).SelectMany(length => Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)).Select(chars => new string(chars));

        Prop.ForAll(texts.ToArbitrary(), text => Check(text)).Check(Quick.WithMaxTest(5000));
    }

    private static void Check(string? text)
    {
        // Never throws; a false answer leaves the default; a true one is a number whose Parse agrees.
        if (ChineseNumber.TryParse(text, out var number))
        {
            Assert.Equal(number, ChineseNumber.Parse(text!));
            Assert.True(text!.Length <= ChineseNumber.MaxLength);
        }
        else
        {
            Assert.Equal(default, number);
            if (text is not null)
            {
                Assert.Throws<FormatException>(() => ChineseNumber.Parse(text));
            }
        }
    }

    private static decimal ToDecimal(int[] whole, int[] fraction, bool negative)
    {
        var text = string.Concat(whole.Select(d => (char)('0' + d))).TrimStart('0');
        text = text.Length == 0 ? "0" : text;
        if (fraction.Length > 0)
        {
            text += "." + string.Concat(fraction.Select(d => (char)('0' + d)));
        }

        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }
}
