using System;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>
/// Figures set off by blanks, as text taken from PDF pages prints them (受理 35 件); invented sentences of that shape.
/// </summary>
public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("全年受理 35 件，", "35 件", "35", "件", QuantityQualifier.Exact)]
    [InlineData("纠错率 12.5 %，", "12.5 %", "12.5", "%", QuantityQualifier.Exact)]
    [InlineData("培训约 30 人，", "约 30 人", "30", "人", QuantityQualifier.About)]
    [InlineData("参加培训 约 30 人，", "约 30 人", "30", "人", QuantityQualifier.About)]
    public void Scan_FigureWithABlankBeforeItsUnit_IsTheQuantity(string text, string printed, string value, string unit, QuantityQualifier qualifier)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal((printed, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, qualifier), (match.Text, match.Value, match.Unit, match.Qualifier));
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
    }

    [Theory]
    [InlineData("全年投入 8.6 万元，", "8.6 万元", "8.6", "元", ScaleWord.TenThousand)]
    [InlineData("挽回经济损失 3 亿元。", "3 亿元", "3", "元", ScaleWord.HundredMillion)]
    [InlineData("惠及群众 1.2 万人次，", "1.2 万人次", "1.2", "人次", ScaleWord.TenThousand)]
    [InlineData("涉案金额约 45 万元，", "约 45 万元", "45", "元", ScaleWord.TenThousand)]
    public void Scan_FigureWithABlankBeforeItsScaleWord_IsTheScaledQuantity(string text, string printed, string value, string unit, ScaleWord scale)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal((printed, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, scale), (match.Text, match.Value, match.Unit, match.Scale));
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
    }

    [Theory]
    [InlineData("投入 8.6 万 元，")] // a blank between the scale word and its unit too
    [InlineData("投入 8.6  万元，")] // two blanks after the figure
    [InlineData("投入8.6 万元，")] // a blank on one side only
    [InlineData("共 12 3 万元")] // a run of table cells
    [InlineData("增长 3 万%")] // a scale word before a percent sign
    [InlineData("第 3 万名")] // a rank
    public void Scan_FigureApartFromAScaleWordThatIsNotItsOwn_IsNoScaledQuantity(string text)
    {
        Assert.DoesNotContain(QuantityScanner.Default.Scan(text), q => q.Scale != ScaleWord.None);
    }

    [Theory]
    [InlineData("2023 年，全面推进。")] // a year
    [InlineData("于 12 月 3 日召开。")] // a date
    [InlineData("名列第 3 名。")] // a rank printed apart is not read
    [InlineData("十九届 4 次全会")] // a session
    [InlineData("上 1 年度")] // the year before
    [InlineData("数据 12 34 件")] // a run of table cells: which cell is the count is not certain
    [InlineData("共计35 件")] // a blank on one side only
    [InlineData("受理  35  件")] // two blanks are layout, not one figure's gap
    [InlineData("三 件")] // a Chinese numeral apart from its unit
    public void Scan_FigureApartFromAUnitThatIsNotItsCount_IsNoQuantity(string text)
    {
        Assert.Empty(QuantityScanner.Default.Scan(text));
    }
}
