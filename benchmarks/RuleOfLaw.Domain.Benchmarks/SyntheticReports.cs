using System.Collections.Generic;
using System.Globalization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Reports of many subjects over four years (2021–2024), built with the Testing package's builders, for the rules across
/// reports and the batch check: every subject a county-level government in one of 30 provinces, each report with two
/// plan items and two measures drawn from a few headings (so some items are carried out and some not), a
/// reconsideration correction rate with counts and a printed figure (some printed wrongly, some far from their peers,
/// some jumping from the year before), and one in seven published late. The same count gives the same reports.
/// </summary>
public static class SyntheticReports
{
    private static readonly string[] Headings =
    [
        "深化行政执法规范化建设", "推进法治化营商环境建设", "加强行政复议规范化建设", "健全重大行政决策程序",
        "开展普法宣传", "推进政务公开标准化", "强化行政权力监督", "提升基层法治水平",
    ];

    private static readonly IndicatorCode Correction = NationalRates.ReconsiderationCorrection.Code;

    /// <summary>Builds <paramref name="count"/> reports: subject <c>i / 4</c>, year <c>2021 + i % 4</c>.</summary>
    public static IEnumerable<AnnualReport> Build(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Report(i / 4, 2021 + (i % 4));
        }
    }

    private static AnnualReport Report(int subject, int year)
    {
        var name = Invariant($"第{subject}号区人民政府");
        var province = 11 + (subject % 30);
        var division = Invariant($"{province:D2}{(subject / 30) % 100:D2}{subject % 97:D2}");
        var percent = PercentOf(subject, year);
        var printed = subject % 11 == 0 ? percent + 3m : decimal.Round(percent, 1, System.MidpointRounding.AwayFromZero);
        // Every third report prints its change from the year before, in percentage points; some of those are misprinted.
        PublishedChange? change = null;
        if (year > 2021 && subject % 3 == 0)
        {
            var before = PercentOf(subject, year - 1);
            var points = decimal.Round(percent - before + (subject % 13 == 0 ? 2m : 0m), 1, System.MidpointRounding.AwayFromZero);
            change = new PublishedChange(PublishedFigure.Of(points), ChangeUnit.PercentagePoints);
        }

        var (numerator, denominator) = Counts(subject, year);
        var value = new IndicatorValue(Correction, IndicatorScope.Subject, ReportYear.Of(year), numerator, denominator,
            published: PublishedFigure.Parse(printed.ToString("0.#", CultureInfo.InvariantCulture)), change: change);

        var builder = AnAnnualReport.For(year)
            .By(AReportingSubject.Named(name, Invariant($"第{subject}号区")).WithDivisionCode(division).Build())
            .WithMeasures(
                AMeasure.Titled(Headings[(subject + year) % Headings.Length]).Describing("本年度持续" + Headings[(subject + year) % Headings.Length] + "，取得明显成效。").Build(),
                AMeasure.Titled(Headings[(subject + year + 3) % Headings.Length]).Build())
            .WithPlan(APlan.For(year + 1)
                .WithItem(Headings[(subject + year + 1) % Headings.Length])
                .WithItem(Headings[(subject + year + 5) % Headings.Length])
                .Build())
            .WithIndicatorValues(value);
        return ((subject + year) % 7 == 0 ? builder.PublishedLate() : builder).Build();
    }

    /// <summary>The exact correction rate, in percent, of a subject's report for a year.</summary>
    private static decimal PercentOf(int subject, int year)
    {
        var (numerator, denominator) = Counts(subject, year);
        return 100m * numerator / denominator;
    }

    private static (long Numerator, long Denominator) Counts(int subject, int year)
    {
        long denominator = 20 + ((subject * 7 + year) % 180);
        var numerator = subject % 50 == 0 ? denominator * 9 / 10 : (denominator * (5 + ((subject + year) % 15))) / 100;
        if (subject % 40 == 1 && year == 2023)
        {
            numerator = denominator; // a jump from the year before
        }

        return (numerator, denominator);
    }

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
