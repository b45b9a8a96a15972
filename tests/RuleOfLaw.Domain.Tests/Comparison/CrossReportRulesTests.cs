using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Comparison;

/// <summary>
/// Three districts × three years (2021–2023), built with the Testing package's builders, with every expected finding
/// written down. The plan items of 甲区's 2021 report are real published wording (a district's 2021 plan).
/// </summary>
public sealed class CrossReportRulesTests
{
    private static readonly IndicatorCode Correction = NationalRates.ReconsiderationCorrection.Code;
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    // Reports[0..2]: 甲区 2021–2023; [3..5]: 乙区 2021–2023; [6..7]: 丙区 2021 and 2022; [8]: 丙区 2021 again.
    private static readonly ReportSet Series = ReportSet.Of(
    [
        Report("甲区人民政府", 2021, 10, RealPlanItems(), "简政放权"),
        Report("甲区人民政府", 2022, 60, ["持续深化行政执法规范化建设"], "强化行政执法规范和监督，深入推进行政执法规范化建设", "推进法治化营商环境建设，完善知识产权保护体制机制"),
        Report("甲区人民政府", 2023, 12, ["推进依法行政"], "持续深化行政执法规范化建设"),
        Report("乙区人民政府", 2021, 10, ["加强行政复议规范化建设"], "简政放权"),
        Report("乙区人民政府", 2022, 11, ["推进依法行政"], "深化行政复议体制改革，加强行政复议规范化建设"),
        Report("乙区人民政府", 2023, 10, ["推进依法行政"], "推进依法行政"),
        Report("丙区人民政府", 2021, 10, ["开展普法宣传"], "简政放权"),
        Report("丙区人民政府", 2022, 10, ["推进依法行政"], "健全行政决策程序"),
        Report("丙区人民政府", 2021, 90, ["开展普法宣传"], "简政放权"),
    ]);

    [Fact]
    public void ReportSet_ThreeSubjects_SeriesByYearAndTheDuplicateNamed()
    {
        Assert.Equal(["甲区人民政府: 2021, 2022, 2023", "乙区人民政府: 2021, 2022, 2023", "丙区人民政府: 2021, 2022"], Series.Series.Select(s => s.ToString()));
        var duplicate = Assert.Single(Series.Duplicates);
        Assert.Equal((6, 8, 2021), (duplicate.FirstIndex, duplicate.DuplicateIndex, duplicate.Year.Year));
        Assert.Equal(9, Series.Reports.Length);
    }

    [Fact]
    public void Validate_ThreeSubjectsThreeYears_FindsExactlyTheWrittenDownFindings()
    {
        var findings = Validator.Validate(Series).Issues.Select(i => (i.Code, i.Path)).ToArray();

        (string, string)[] expected =
        [
            (ValidationCodes.DuplicateReport, "Reports[8]"),
            (ValidationCodes.PlanItemCarriedOut, "Reports[0].Plan.Items[1]"),   // 强化规范和监督，深入推进行政执法规范化建设
            (ValidationCodes.PlanItemCarriedOut, "Reports[0].Plan.Items[2]"),   // 聚集服务和资源，推进法治化营商环境建设
            (ValidationCodes.PlanItemCarriedOut, "Reports[1].Plan.Items[0]"),   // 持续深化行政执法规范化建设 → 2023
            (ValidationCodes.PlanItemCarriedOut, "Reports[3].Plan.Items[0]"),   // 加强行政复议规范化建设 → 乙区 2022
            (ValidationCodes.PlanItemCarriedOut, "Reports[4].Plan.Items[0]"),   // 推进依法行政 → 乙区 2023
            (ValidationCodes.PlanItemNotFound, "Reports[0].Plan.Items[0]"),     // 提高政治站位和认识，高位推动法治政府建设
            (ValidationCodes.PlanItemNotFound, "Reports[6].Plan.Items[0]"),     // 开展普法宣传 → 健全行政决策程序
            (ValidationCodes.PlanFollowThroughNotAssessable, "Reports[2].Plan"),
            (ValidationCodes.PlanFollowThroughNotAssessable, "Reports[5].Plan"),
            (ValidationCodes.PlanFollowThroughNotAssessable, "Reports[7].Plan"),
            (ValidationCodes.YearOverYearJump, "Reports[1].IndicatorValues[0]"), // 10% → 60%, ×6 > ×5; 60% → 12% is ×0.2, not below
        ];
        Assert.Equal(expected.OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal), findings);
    }

    [Fact]
    public void PlanItemCarriedOut_NamesTheMeasureAndItsPathAsEvidence()
    {
        var issue = Validator.Validate(Series).Issues.Single(i => i.Code == ValidationCodes.PlanItemCarriedOut && i.Path == "Reports[0].Plan.Items[2]");

        Assert.Equal("Reports[1].Measures[1]", issue.ValueOf("evidence"));
        Assert.Equal("推进法治化营商环境建设，完善知识产权保护体制机制", issue.ValueOf("measure"));
        Assert.True(decimal.Parse(issue.ValueOf("score")!, System.Globalization.CultureInfo.InvariantCulture) >= 0.3m);
    }

    [Fact]
    public void YearOverYearJump_FactorIsConfigurable()
    {
        var lenient = Validator.Validate(Series, ComparisonSettings.Default.WithJumpFactor(6m));
        var strict = Validator.Validate(Series, ComparisonSettings.Default.WithJumpFactor(4.9m));

        Assert.DoesNotContain(lenient.Issues, i => i.Code == ValidationCodes.YearOverYearJump);
        Assert.Equal(["Reports[1].IndicatorValues[0]", "Reports[2].IndicatorValues[0]"], strict.Issues.Where(i => i.Code == ValidationCodes.YearOverYearJump).Select(i => i.Path));
    }

    [Fact]
    public void YearOverYearJump_GapYear_IsNotCompared()
    {
        var set = ReportSet.Of([Report("甲区人民政府", 2021, 1, ["推进依法行政"], "推进依法行政"), Report("甲区人民政府", 2023, 90, ["推进依法行政"], "推进依法行政")]);

        Assert.DoesNotContain(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.YearOverYearJump);
    }

    [Fact]
    public void RateImplausible_RangeGivenAsData_FlagsOnlyRatesOutsideIt()
    {
        var settings = ComparisonSettings.Default.WithPlausibleRange(Correction, new PlausibleRange(0m, 50m));

        var paths = Validator.Validate(Series, settings).Issues.Where(i => i.Code == ValidationCodes.RateImplausible).Select(i => i.Path);

        Assert.Equal(["Reports[1].IndicatorValues[0]"], paths); // 60%; the duplicate's 90% takes part in no comparison
    }

    [Fact]
    public void RateOutlier_SixDistricts_FlagsTheFarUnitButNotTheSmallOne()
    {
        // 10–13% at five districts with 100 cases each; 60% at 戊区; 100% at 己区 with 3 cases, under the minimum of 20.
        var set = ReportSet.Of(
        [
            Report("甲区人民政府", 2022, 10), Report("乙区人民政府", 2022, 11), Report("丙区人民政府", 2022, 12),
            Report("丁区人民政府", 2022, 13), Report("戊区人民政府", 2022, 60), Report("己区人民政府", 2022, 3, denominator: 3),
        ]);

        var outlier = Assert.Single(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.RateOutlier);

        Assert.Equal("Reports[4].IndicatorValues[0]", outlier.Path);
        Assert.Equal("21.2", outlier.ValueOf("pooled")); // (10+11+12+13+60)/500 judged units, ratio of sums; 己区 is not a peer
        Assert.Equal("12", outlier.ValueOf("median"));
    }

    [Fact]
    public void RateOutlier_FewerThanFourJudgedUnits_JudgesNone()
    {
        var set = ReportSet.Of([Report("甲区人民政府", 2022, 10), Report("乙区人民政府", 2022, 11), Report("戊区人民政府", 2022, 90)]);

        Assert.DoesNotContain(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.RateOutlier);
    }

    [Fact]
    public void PooledRate_IsTheRatioOfSumsNeverTheMeanOfRates()
    {
        var set = ReportSet.Of([Report("甲区人民政府", 2022, 1, denominator: 10, division: "440310"), Report("乙区人民政府", 2022, 50, denominator: 100, division: "440311"), Report("丙区人民政府", 2022, 5, denominator: 10, division: "510104")]);

        var pools = PooledRate.Pool(set);

        var all = Assert.Single(pools, p => p.Region is null);
        Assert.Equal((56L, 120L, 3), (all.Rate.Numerator, all.Rate.Denominator, all.Units));
        var guangdong = Assert.Single(pools, p => p.Region == "440000");
        Assert.Equal((51L, 110L, 2), (guangdong.Rate.Numerator, guangdong.Rate.Denominator, guangdong.Units));
        Assert.Single(pools, p => p.Region == "510000");
    }

    [Fact]
    public void UnlistedRate_AcrossDistricts_IsPooledAndJudgedUnderItsPrintedName()
    {
        const string name = "执法协同响应率";
        var code = IndicatorCode.ForUnlistedName(name);
        AnnualReport District(string subject, long responded) => AnAnnualReport.For(2022).ByDistrictGovernment(subject)
            .WithIndicatorValues(new IndicatorValue(code, IndicatorScope.Subject, ReportYear.Of(2022), responded, 100, name: name)).WithoutPlan().Build();
        var set = ReportSet.Of([District("甲区人民政府", 10), District("乙区人民政府", 11), District("丙区人民政府", 12), District("丁区人民政府", 13), District("戊区人民政府", 60)]);

        var outlier = Assert.Single(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.RateOutlier);
        var pool = Assert.Single(PooledRate.Pool(set), p => p.Region is null);

        Assert.Equal(name, outlier.ValueOf("indicator"));
        Assert.StartsWith("执法协同响应率 (not a national indicator) of 60%", outlier.Message, StringComparison.Ordinal);
        Assert.StartsWith("执法协同响应率（非全国指标）为60%", outlier.GetMessage(MessageLanguage.Chinese), StringComparison.Ordinal);
        Assert.Equal((code, name), (pool.Indicator, pool.Name));
        Assert.All(PooledRate.Pool(ReportSet.Of([Report("甲区人民政府", 2022, 10)])), p => Assert.Null(p.Name));
    }

    [Fact]
    public void Validate_RuleSetWithoutTheCode_ReportsNothingOfIt()
    {
        var validator = new ReportValidator(RuleSet.National.Disable(ValidationCodes.PlanItemCarriedOut), new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

        Assert.DoesNotContain(validator.Validate(Series).Issues, i => i.Code == ValidationCodes.PlanItemCarriedOut);
    }

    [Fact]
    public void Validate_AnyParallelism_SameFindingsInTheSameOrder()
    {
        // Series (3 subjects, so each share of the series holds one) and 30 subjects × 3 years (shares of several series,
        // outliers, jumps, plan items found and not), each validated on 1 thread and on several.
        var many = ReportSet.Of(Enumerable.Range(0, 30).SelectMany(s => Enumerable.Range(2021, 3).Select(year =>
            Report("第" + s + "区人民政府", year, s % 7 == 0 ? 70 + year - 2021 : 10 + ((s + year) % 5), year % 2 == 0 ? ["推进依法行政"] : ["开展普法宣传"], "推进依法行政"))));
        foreach (var set in new[] { Series, many })
        {
            var one = Describe(Validator.Validate(set));
            Assert.Contains(one, i => i.StartsWith(ValidationCodes.PlanItemCarriedOut, StringComparison.Ordinal));
            foreach (var parallelism in new[] { 2, 3, 8 })
            {
                Assert.Equal(one, Describe(Validator.Validate(set, ComparisonSettings.Default.WithMaxDegreeOfParallelism(parallelism))));
            }
        }

        Assert.Contains(Describe(Validator.Validate(many)), i => i.StartsWith(ValidationCodes.RateOutlier, StringComparison.Ordinal));
        Assert.Contains(Describe(Validator.Validate(many)), i => i.StartsWith(ValidationCodes.PlanItemNotFound, StringComparison.Ordinal));

        static string[] Describe(ValidationResult result) =>
            result.Issues.Select(i => string.Join("|", i.Code, i.Severity, i.Path, i.Message, string.Join(",", i.Values.Select(v => v.Name + "=" + v.Value)))).ToArray();
    }

    [Fact]
    public void Settings_Parallelism_AtLeastOneAndKeptByTheOtherSettings()
    {
        Assert.Equal(1, ComparisonSettings.Default.MaxDegreeOfParallelism);
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparisonSettings.Default.WithMaxDegreeOfParallelism(0));
        Assert.Equal(1, ComparisonSettings.Default.WithMaxDegreeOfParallelism(1).MaxDegreeOfParallelism);
        var four = ComparisonSettings.Default.WithMaxDegreeOfParallelism(4);
        Assert.Equal([4, 4, 4, 4, 4], new[]
        {
            four.WithJumpFactor(6m).MaxDegreeOfParallelism, four.WithPlanMatchThreshold(0.5).MaxDegreeOfParallelism,
            four.WithMinimumDenominator(5).MaxDegreeOfParallelism, four.WithOutlierThreshold(3).MaxDegreeOfParallelism,
            four.WithPlausibleRange(Correction, new PlausibleRange(0m, 50m)).MaxDegreeOfParallelism,
        });
    }

    [Fact]
    public void Settings_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparisonSettings.Default.WithJumpFactor(1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparisonSettings.Default.WithPlanMatchThreshold(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparisonSettings.Default.WithMinimumDenominator(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ComparisonSettings.Default.WithOutlierThreshold(double.NaN));
        Assert.Equal(1.01m, ComparisonSettings.Default.WithJumpFactor(1.01m).JumpFactor);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlausibleRange(10m, 5m));
        Assert.Throws<ArgumentNullException>(() => ReportSet.Of([null!]));
    }

    private static string[] RealPlanItems() =>
    [
        "提高政治站位和认识，高位推动法治政府建设",
        "强化规范和监督，深入推进行政执法规范化建设",
        "聚集服务和资源，推进法治化营商环境建设",
    ];

    private static AnnualReport Report(string subject, int year, long corrected, string[]? plan = null, params string[] measures) =>
        Report(subject, year, corrected, 100, null, plan, measures);

    private static AnnualReport Report(string subject, int year, long corrected, long denominator, string? division = null) =>
        Report(subject, year, corrected, denominator, division, null, []);

    private static AnnualReport Report(string subject, int year, long corrected, long denominator, string? division, string[]? plan, string[] measures)
    {
        var builder = AnAnnualReport.For(year).ByDistrictGovernment(subject)
            .WithIndicatorValues(new IndicatorValue(Correction, IndicatorScope.Subject, ReportYear.Of(year), corrected, denominator));
        if (division is not null)
        {
            builder = builder.By(AReportingSubject.Named(subject, subject[..2]).WithDivisionCode(division).Build());
        }

        if (plan is null)
        {
            builder = builder.WithoutPlan();
        }
        else
        {
            var items = APlan.For(year + 1);
            foreach (var item in plan)
            {
                items = items.WithItem(item);
            }

            builder = builder.WithPlan(items.Build());
        }

        if (measures.Length > 0)
        {
            builder = builder.WithMeasures(measures.Select(m => AMeasure.Titled(m).Build()).ToArray());
        }

        return builder.Build();
    }
}
