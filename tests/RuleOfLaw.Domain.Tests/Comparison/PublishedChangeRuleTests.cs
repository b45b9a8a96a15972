using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Comparison;

/// <summary>
/// ROL0031 on three districts × three years (2021–2023), built with the Testing package's builders, each printed change
/// written down with the interval its two years' figures allow and whether it lies on the inside or just outside.
/// </summary>
public sealed class PublishedChangeRuleTests
{
    private static readonly IndicatorCode Correction = NationalRates.ReconsiderationCorrection.Code;
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    private static readonly ReportSet Series = ReportSet.Of(
    [
        // 甲区, printed figures at one decimal (±0.05 each).
        Printed("甲区人民政府", 2021, 10.0m),
        Printed("甲区人民政府", 2022, 12.0m, Points(2.1m)),   // [1] 10.0 → 12.0 allows 1.9 to 2.1; 2.1 stands for 2.05–2.15: inside
        Printed("甲区人民政府", 2023, 13.0m, Points(1.2m)),   // [2] 12.0 → 13.0 allows 0.9 to 1.1; 1.2 stands for 1.15–1.25: outside
        // 乙区, both counts given: exact.
        Counted("乙区人民政府", 2021, 10),
        Counted("乙区人民政府", 2022, 12, Points(2.1m)),      // [4] exactly 2; 2.1 stands for 2.05–2.15: outside
        Counted("乙区人民政府", 2023, 11, Points(-1m)),       // [5] exactly −1; −1 stands for −1.5 to −0.5: inside
        // 丙区, printed figures at no decimals (±0.5 each), changes in percent.
        Printed("丙区人民政府", 2021, 20m),
        Printed("丙区人民政府", 2022, 25m, Percent(30m)),     // [7] 20 → 25 allows 19.51% to 30.77%; 30 stands for 29.5–30.5: inside
        Printed("丙区人民政府", 2023, 30m, Percent(25m)),     // [8] 25 → 30 allows 15.69% to 24.49%, or 4 to 6 points; 25 stands for 24.5–25.5: outside
    ]);

    [Fact]
    public void Validate_ThreeSubjectsThreeYears_FindsExactlyTheChangesOutsideTheirIntervals()
    {
        var paths = Validator.Validate(Series).Issues.Where(i => i.Code == ValidationCodes.PublishedChangeInconsistent).Select(i => i.Path);

        Assert.Equal(["Reports[2].IndicatorValues[0].Change", "Reports[4].IndicatorValues[0].Change", "Reports[8].IndicatorValues[0].Change"], paths);
    }

    [Fact]
    public void Finding_NamesBothYearsFiguresAndTheIntervalTheyGive()
    {
        var issue = Validator.Validate(Series).Issues.Single(i => i.Code == ValidationCodes.PublishedChangeInconsistent && i.Path.StartsWith("Reports[8]", StringComparison.Ordinal));

        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal("+25%", issue.ValueOf("change"));
        Assert.Equal(("2022", "2023", "25", "30"), (issue.ValueOf("previousYear"), issue.ValueOf("year"), issue.ValueOf("previous"), issue.ValueOf("current")));
        Assert.Equal("15.69 to 24.49%", issue.ValueOf("computed"));
        Assert.Equal("行政复议纠错率所载2022年至2023年的变动为+25%，但两份报告本身的数字25%与30%得出15.69至24.49%。", issue.GetMessage(MessageLanguage.Chinese));
    }

    [Theory]
    [InlineData("2.10", false)] // stands for 2.095–2.105, meets 1.9–2.1
    [InlineData("2.11", true)]  // stands for 2.105–2.115, just above
    [InlineData("1.90", false)] // 1.895–1.905
    [InlineData("1.89", true)]  // 1.885–1.895, just below
    public void Validate_PointsChangeAtTwoDecimals_BothSidesOfTheBoundary(string change, bool reported)
    {
        var set = ReportSet.Of([Printed("甲区人民政府", 2021, 10.0m), Printed("甲区人民政府", 2022, 12.0m, Points(decimal.Parse(change, System.Globalization.CultureInfo.InvariantCulture)))]);

        Assert.Equal(reported, Validator.Validate(set).Issues.Any(i => i.Code == ValidationCodes.PublishedChangeInconsistent));
    }

    [Theory]
    [InlineData(24, false)] // 23.5–24.5 meets 15.69–24.49
    [InlineData(25, true)]
    [InlineData(5, false)]  // 同比提高5% of a rate read as points: 4.5–5.5 meets 4–6
    [InlineData(3, true)]   // neither 15.69–24.49 nor 4–6
    public void Validate_PercentChange_RelativeOrAsPoints(int change, bool reported)
    {
        var set = ReportSet.Of([Printed("丙区人民政府", 2022, 25m), Printed("丙区人民政府", 2023, 30m, Percent(change))]);

        Assert.Equal(reported, Validator.Validate(set).Issues.Any(i => i.Code == ValidationCodes.PublishedChangeInconsistent));
    }

    [Fact]
    public void Validate_NothingToCompareWith_JudgesNothing()
    {
        var set = ReportSet.Of(
        [
            Printed("甲区人民政府", 2020, 10m),
            Printed("甲区人民政府", 2022, 90m, Points(50m)),               // gap year: no report for 2021
            Printed("乙区人民政府", 2022, 40m, Points(50m)),               // no earlier report of 乙区
            AnAnnualReport.For(2021).ByDistrictGovernment("丙区人民政府").Build(),
            Printed("丙区人民政府", 2022, 40m, Points(50m)),               // 2021 prints no figure of the rate
            Printed("丁区人民政府", 2021, 0m),
            Printed("丁区人民政府", 2022, 40m, Percent(10m)),              // relative to a 0% that may be 0: not assessable
        ]);

        Assert.DoesNotContain(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.PublishedChangeInconsistent);
    }

    [Fact]
    public void Validate_ChangeOfABenchmarkScope_IsNotJudged()
    {
        var benchmark = new IndicatorValue(Correction, IndicatorScope.Benchmark("全市", AdministrativeLevel.City), ReportYear.Of(2022), published: PublishedFigure.Of(40m), change: Points(30m));
        var set = ReportSet.Of(
        [
            Printed("甲区人民政府", 2021, 10m),
            AnAnnualReport.For(2022).ByDistrictGovernment("甲区人民政府").WithIndicatorValues(new IndicatorValue(Correction, IndicatorScope.Subject, ReportYear.Of(2022), published: PublishedFigure.Of(11m)), benchmark).Build(),
        ]);

        Assert.DoesNotContain(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.PublishedChangeInconsistent);
    }

    [Fact]
    public void PublishedChange_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percent(-100.1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Points(100.1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Points(-100.1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedChange(PublishedFigure.Of(1m), (ChangeUnit)7));
        Assert.Equal(-100m, Percent(-100m).Figure.Value);
        Assert.Equal(250m, Percent(250m).Figure.Value);
        Assert.Equal("-4.7 percentage points", Points(-4.7m).ToString());
        Assert.Equal("+20%", Percent(20m).ToString());
    }

    private static PublishedChange Points(decimal value) => new(PublishedFigure.Of(value), ChangeUnit.PercentagePoints);

    private static PublishedChange Percent(decimal value) => new(PublishedFigure.Of(value), ChangeUnit.Percent);

    private static AnnualReport Printed(string subject, int year, decimal figure, PublishedChange? change = null) =>
        AnAnnualReport.For(year).ByDistrictGovernment(subject)
            .WithIndicatorValues(new IndicatorValue(Correction, IndicatorScope.Subject, ReportYear.Of(year), published: PublishedFigure.Of(figure), change: change))
            .Build();

    private static AnnualReport Counted(string subject, int year, long corrected, PublishedChange? change = null) =>
        AnAnnualReport.For(year).ByDistrictGovernment(subject)
            .WithIndicatorValues(new IndicatorValue(Correction, IndicatorScope.Subject, ReportYear.Of(year), corrected, 100, change: change))
            .Build();
}
