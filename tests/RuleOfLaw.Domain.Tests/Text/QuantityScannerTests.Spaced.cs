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
