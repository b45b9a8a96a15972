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
    [InlineData("按一比一配套", false)] // Chinese numerals are not read as ratio terms
    public void Scan_ColonOrBiBetweenNumbers_IsARatioOnlyWhenClearlyOne(string text, bool isRatio)
    {
        var ratios = QuantityScanner.Default.Scan(text).Where(m => m.Kind == QuantityKind.Ratio).ToList();

        Assert.Equal(isRatio, ratios.Count > 0);
        Assert.True(ratios.Count <= 1);
    }

    [Fact]
    public void Read_RatioInAReport_IsAQuantityOfKindRatio()
    {
        var result = ReportTextReader.Read("某区2023年法治政府建设年度报告\n一、主要举措和成效\n收案与结案之比为1.2:1。\n");

        var quantity = Assert.Single(result.Quantities);
        Assert.Equal(QuantityKind.Ratio, quantity.Kind);
        Assert.Equal(Ratio.Of(1.2m, 1m), quantity.Ratio);
        Assert.Equal("1.2:1", quantity.Printed);
    }
}
