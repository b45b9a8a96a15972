using System;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Shares printed as fractions (三分之二, 1/4); invented sentences of the shapes reports print.</summary>
public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("全区三分之二以上的行政争议通过调解化解。", "三分之二以上", 2, 3, QuantityQualifier.AtLeast)]
    [InlineData("近三分之一的案件在立案前化解，", "近三分之一", 1, 3, QuantityQualifier.About)]
    [InlineData("四分之一的执法人员参加了轮训。", "四分之一", 1, 4, QuantityQualifier.Exact)]
    [InlineData("超过二分之一的镇街建成公共法律服务站。", "超过二分之一", 1, 2, QuantityQualifier.MoreThan)]
    [InlineData("罚没收入占全年非税收入的1/4。", "1/4", 1, 4, QuantityQualifier.Exact)]
    [InlineData("约3/5的复议案件经调解结案，", "约3/5", 3, 5, QuantityQualifier.About)]
    [InlineData("1/3以上的事项实现全程网办。", "1/3以上", 1, 3, QuantityQualifier.AtLeast)]
    [InlineData("全市十分之九的村居配备法律顾问。", "十分之九", 9, 10, QuantityQualifier.Exact)]
    public void Scan_Fraction_IsAShareWithItsExactPercentageAndTerms(string text, string printed, long part, long whole, QuantityQualifier qualifier)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        var fraction = Rate.Of(part, whole);
        Assert.Equal(
            (printed, fraction.ToExactPercent()!.Value, "%", QuantityKind.Percent, ScaleWord.None, qualifier, QuantityRole.Share, (Rate?)fraction),
            (match.Text, match.Value, match.Unit, match.Kind, match.Scale, match.Qualifier, match.Role, match.Quantity.Fraction));
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
        Assert.False(match.IsPercentFigure);
    }

    [Fact]
    public void Scan_FractionOfThousands_KeepsTheLoneUnitAndTheRateRole()
    {
        const string text = "群众投诉率控制在千分之五以内。";

        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal(("千分之五以内", 0.5m, QuantityRole.Rate, QuantityQualifier.AtMost), (match.Text, match.Value, match.Role, match.Qualifier));
        Assert.Equal("千分之五", text.Substring(match.Number.Start, match.Number.Length));
    }

    [Theory]
    [InlineData("于2023/1/4召开专题会议。")] // a date
    [InlineData("见第1/4页。")] // a page of pages
    [InlineData("于1/4完成申报，")] // a date with no word naming a share
    [InlineData("提供7/24小时在线服务，")] // hours, with a unit after
    [InlineData("占比3/2，")] // the part exceeds the whole
    [InlineData("推行“三分之一”工作法，")] // a programme's name, quoted
    [InlineData("哪怕只有万分之一的可能，")] // a lone 万 is no number
    [InlineData("这类问题十分之一般，")] // 十分 ("very") before 一般
    [InlineData("占比1/4/5，")] // a chain of three terms
    [InlineData("2百分之九十的事项实现网办，")] // a list number glued to 百分之, no 90/200
    [InlineData("１２百分之两，")] // full-width digits before 百分之, no 2/1200
    public void Scan_SlashOrFenZhiThatIsNoFraction_IsNoShare(string text)
    {
        Assert.DoesNotContain(QuantityScanner.Default.Scan(text), q => q.Quantity.Fraction is not null);
    }

    [Fact]
    public void Scan_RatioWithColon_StaysARatio()
    {
        var match = Assert.Single(QuantityScanner.Default.Scan("受案与结案比例为1:4。"));

        Assert.Equal((QuantityKind.Ratio, (Rate?)null), (match.Kind, match.Quantity.Fraction));
    }
}
