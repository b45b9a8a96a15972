using System;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class RateChangeScannerTests
{
    private const string Heading = "某区2022年法治政府建设年度报告\n一、主要举措和成效\n";

    private static PublishedChange? ChangeAfter(string text, string figure)
    {
        var quantities = QuantityScanner.Default.Scan(text);
        return RateChangeScanner.After(text, quantities, text.IndexOf(figure, StringComparison.Ordinal) + figure.Length)?.Change;
    }

    [Theory]
    [InlineData("行政复议纠错率18.2%，较上年下降4.7个百分点。", -4.7, ChangeUnit.PercentagePoints)]
    [InlineData("行政复议纠错率18.2%,同比提高2个百分点。", 2, ChangeUnit.PercentagePoints)]
    [InlineData("行政复议纠错率18.2%，同比增长20%。", 20, ChangeUnit.Percent)]
    [InlineData("行政复议纠错率18.2%，比上年同期降低了1.50个百分点。", -1.50, ChangeUnit.PercentagePoints)]
    [InlineData("行政复议纠错率18.2%，与上年相比，上升3.1个百分点。", 3.1, ChangeUnit.PercentagePoints)]
    [InlineData("行政复议纠错率18.2%（全市16.2%），较去年提升0.8个百分点。", 0.8, ChangeUnit.PercentagePoints)]
    public void After_ChangeFromThePreviousYear_IsReadSignedWithItsUnit(string text, double value, ChangeUnit unit)
    {
        var change = ChangeAfter(text, "18.2%");

        Assert.NotNull(change);
        Assert.Equal((decimal)value, change.Figure.Value);
        Assert.Equal(unit, change.Unit);
    }

    [Theory]
    [InlineData("行政复议纠错率18.2%，较上年下降至10.98%。")]      // 至: the new level, not a change
    [InlineData("行政复议纠错率18.2%，下降4.7个百分点。")]          // no word for the previous year
    [InlineData("行政复议纠错率18.2%，同比下降约4.7个百分点。")]      // not exact
    [InlineData("行政复议纠错率18.2%。同比下降4.7个百分点。")]        // another sentence
    [InlineData("行政复议纠错率18.2%，同比减少12件。")]              // a count, not a percentage
    [InlineData("行政复议纠错率18.2%，全年办结案件同比下降4.7个百分点。")] // about something else
    public void After_NoChangeOfTheRate_IsNull(string text)
    {
        Assert.Null(ChangeAfter(text, "18.2%"));
    }

    [Fact]
    public void Read_RateWithAChange_TheIndicatorValueCarriesItAndItsSpan()
    {
        var text = Heading + "受理复议案件50件，纠错10件，行政复议纠错率20%，较上年下降4.7个百分点。\n";

        var result = ReportTextReader.Read(text);

        var value = Assert.Single(result.Report!.IndicatorValues);
        Assert.Equal(new PublishedChange(PublishedFigure.Of(-4.7m), ChangeUnit.PercentagePoints), value.Change);
        var span = result.SpanOf("IndicatorValues[0].Change")!.Value;
        Assert.Equal("较上年下降4.7个百分点", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Read_ChangeOfARateWithNoLevel_IsNotReadAsTheRatesFigure()
    {
        // The corpus prints such changes (办结率同比增长92%, a 2023 reconsideration report): 5% is how much the rate grew, not the rate.
        var text = Heading + "新收行政复议案件同比增长45.78%，行政复议纠错率同比增长5%。\n";

        var result = ReportTextReader.Read(text);

        Assert.Empty(result.Report!.IndicatorValues);
    }
}
