using System;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Ratios printed A:B, A∶B, A：B or A比B, and the look-alikes that are not ratios; invented sentences.</summary>
public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("收案与结案之比为1.2:1。", "1.2:1", 1.2, 1)]
    [InlineData("调解与判决之比达3∶1，", "3∶1", 3, 1)]
    [InlineData("按3：1配备人员，", "3：1", 3, 1)]
    [InlineData("按1比1配套资金，", "1比1", 1, 1)]
    [InlineData("比例为1:100000的地图", "1:100000", 1, 100000)]
    [InlineData("配比为2.5:0.5，", "2.5:0.5", 2.5, 0.5)]
    public void Scan_PrintedRatio_IsARatioQuantityWithBothTerms(string text, string printed, double antecedent, double consequent)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal(QuantityKind.Ratio, match.Kind);
        Assert.Equal(printed, match.Text);
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
        Assert.Equal(Ratio.Of((decimal)antecedent, (decimal)consequent), match.Ratio);
        Assert.Equal((decimal)antecedent, match.Value);
    }

    [Theory]
    [InlineData("10:05召开会议", false)] // a time: a whole hour up to 24, two digits of minutes up to 59
    [InlineData("10:5的比分", true)] // one digit after the colon is no time
    [InlineData("10:59召开会议", false)]
    [InlineData("10:60的结果", true)] // 60 is no minute
    [InlineData("24:00前办结", false)]
    [InlineData("25:30的结果", true)] // 25 is no hour
    [InlineData("25:00的结果", false)] // a second term of 0 makes no ratio
    [InlineData("师生比例为1:10，", true)] // time-shaped, but a ratio word stands before it
    [InlineData("师生比例为1:10。会议于1:10召开", true)]
    [InlineData("1:2:3的比例", false)] // three terms
    [InlineData("12:30:45发布", false)]
    [InlineData("以3:1、2:0取胜", false)] // a score list
    [InlineData("以3:1取胜", true)]
    [InlineData("1:5%的", false)]
    [InlineData("增加1比2022年同期", false)] // 比 before a year compares periods
    [InlineData("按一比一配套", true)] // the Chinese twin of 按1比1配套资金
    [InlineData("进行一比一对照", false)] // Chinese numerals must be led by a figure word or a ratio word
    [InlineData("按1:1还原历史场景", false)] // life-size, not a figure
    [InlineData("按1:100还原", true)] // a scale is a ratio
    public void Scan_ColonOrBiBetweenNumbers_IsARatioOnlyWhenClearlyOne(string text, bool isRatio)
    {
        var ratios = QuantityScanner.Default.Scan(text).Where(m => m.Kind == QuantityKind.Ratio).ToList();

        Assert.Equal(isRatio, ratios.Count > 0);
        Assert.True(ratios.Count <= 1);
    }

    [Theory]
    [InlineData("收案与结案之比为一点二比一。", "一点二比一", 1.2, 1)]
    [InlineData("以三比一获胜，", "三比一", 3, 1)]
    [InlineData("师生比达到一比十五，", "一比十五", 1, 15)]
    [InlineData("按照一比一的比例配套资金，", "一比一", 1, 1)]
    [InlineData("专职与兼职人员配比为二比三，", "二比三", 2, 3)]
    [InlineData("调解与判决之比由一比二提高到三比一。", "一比二", 1, 2)]
    public void Scan_RatioInChineseNumerals_IsReadWithTheChineseNumberGrammar(string text, string printed, double antecedent, double consequent)
    {
        var match = QuantityScanner.Default.Scan(text).First(m => m.Kind == QuantityKind.Ratio);

        Assert.Equal(printed, match.Text);
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
        Assert.Equal(Ratio.Of((decimal)antecedent, (decimal)consequent), match.Ratio);
        Assert.Equal(ChineseNumber.Parse(printed[..printed.IndexOf('比', StringComparison.Ordinal)]).Value, match.Value);
    }

    [Fact]
    public void Scan_TwoChineseRatiosInOneClause_AreBothRead()
    {
        var ratios = QuantityScanner.Default.Scan("调解与判决之比由一比二提高到三比一。").Where(m => m.Kind == QuantityKind.Ratio).ToList();

        Assert.Equal(["一比二", "三比一"], ratios.Select(r => r.Text));
    }

    [Theory]
    [InlineData("一比一还原历史场景")] // life-size, a fixed word
    [InlineData("展厅按一比一复刻旧址")] // led, but still life-size
    [InlineData("开展“一比三看”活动")] // a campaign's name in quotes
    [InlineData("组织干部一比三看")] // not led by a figure or ratio word
    [InlineData("逐一比对核查")] // 一 inside 逐一, 比对 no second term
    [InlineData("按一比二比三分配")] // three terms
    [InlineData("以三比零获胜")] // a second term of 0
    [InlineData("按一比一万配套")] // a scale word on a term
    public void Scan_ChineseNumeralsAroundBi_AreNoRatioWhereTheyAreNoFigure(string text)
    {
        Assert.DoesNotContain(QuantityScanner.Default.Scan(text), m => m.Kind == QuantityKind.Ratio);
    }

    [Theory]
    [InlineData("1.2:1")]
    [InlineData("一点二比一")]
    public void Read_RatioInAReport_IsAQuantityOfKindRatio(string printed)
    {
        var result = ReportTextReader.Read("某区2023年法治政府建设年度报告\n一、主要举措和成效\n收案与结案之比为" + printed + "。\n");

        var quantity = Assert.Single(result.Quantities);
        Assert.Equal(QuantityKind.Ratio, quantity.Kind);
        Assert.Equal(Ratio.Of(1.2m, 1m), quantity.Ratio);
        Assert.Equal(printed, quantity.Printed);
    }
}
