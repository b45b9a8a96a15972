using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;

namespace RuleOfLaw.Domain.Testing;

public static partial class DomainArbitraries
{
    private static readonly string[] Digits = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
    private static readonly string[] PlaceWords = { string.Empty, "十", "百", "千" };

    /// <summary>
    /// Applicable rates (counts up to a million) with a figure as a publisher would print it: the exact percentage rounded
    /// half away from zero to 0–2 decimals (up to 4 where fewer would print 100 or 0 for counts that are not all or none), so <see cref="Rate.IsConsistentWith(PublishedFigure, RoundingPolicy)"/> accepts it under that policy.
    /// </summary>
    /// <remarks>Never yields 0 of 0 (which has no figure) nor figures rounded by other modes.</remarks>
    public static Gen<ConsistentFigure> ConsistentFigureGen =>
        from denominator in Gen.Choose(1, 1_000_000)
        from numerator in Gen.Choose(0, denominator)
        from decimals in Gen.Choose(0, 2)
        let rate = Rate.Of(numerator, denominator)
        select PrintConsistently(rate, decimals);

    /// <summary>
    /// Applicable rates (denominators 1–1,000) with a figure at least one percentage point away from the exact percentage,
    /// which no rounding of 0–2 decimals can explain.
    /// </summary>
    /// <remarks>Never yields near misses (off by less than a point); the figure is within 0–100.</remarks>
    public static Gen<InconsistentFigure> InconsistentFigureGen =>
        from denominator in Gen.Choose(1, 1000)
        from numerator in Gen.Choose(0, denominator)
        from figure in Gen.Choose(0, 100)
        let exact = 100m * numerator / denominator
        where Math.Abs(figure - exact) >= 1m
        select new InconsistentFigure(Rate.Of(numerator, denominator), PublishedFigure.Of(figure, 0));

    /// <summary>Consistent figures: <see cref="ConsistentFigureGen"/>.</summary>
    /// <returns>The arbitrary. It shrinks to fewer decimals and smaller counts (denominator at least 1), printing the figure again from the counts, so every shrink is still consistent.</returns>
    public static Arbitrary<ConsistentFigure> ConsistentFigures() => ConsistentFigureGen.ToShrinkingArbitrary(ShrinkConsistent);

    /// <summary>Inconsistent figures: <see cref="InconsistentFigureGen"/>.</summary>
    /// <returns>The arbitrary. It shrinks to a smaller figure or smaller counts (denominator at least 1) while the figure stays a point or more off.</returns>
    public static Arbitrary<InconsistentFigure> InconsistentFigures() => InconsistentFigureGen.ToShrinkingArbitrary(ShrinkInconsistent);

    /// <summary>
    /// Chinese numerals in the ordinary counting form with their values, 0–99,999,999: e.g. (一百二十, 120),
    /// (十五, 15), (一千零五, 1005), (三万零二十, 30020).
    /// </summary>
    /// <remarks>
    /// Writes 十… (not 一十…) for a leading 10–19 (but 一万零一十), one 零 for each run of missing places, no 两, no financial forms (壹贰), no 亿, no
    /// decimals or fractions.
    /// </remarks>
    public static Gen<ChineseNumeral> ChineseNumeralGen =>
        Gen.Frequency(
            (4, Gen.Choose(0, 9999)),
            (2, Gen.Choose(10_000, 99_999_999)),
            (1, Gen.Elements(0, 10, 11, 20, 100, 101, 110, 1000, 1005, 10_000, 10_010, 100_000, 30_020)))
        .Select(value => new ChineseNumeral(ToChinese(value), value));

    /// <summary>Chinese numerals with their values: <see cref="ChineseNumeralGen"/>.</summary>
    /// <returns>The arbitrary. It shrinks to smaller values (0, a tenth, a half, one less), each written again, so text and value always agree.</returns>
    public static Arbitrary<ChineseNumeral> ChineseNumerals() => ChineseNumeralGen.ToShrinkingArbitrary(ShrinkNumeral);

    /// <summary>
    /// Reports the national rule set accepts with no finding, shaped and sized like published ones: built from
    /// <see cref="AnAnnualReport"/> for a year 2000–2030 with the usual outline (一、 measures and results with 1–6
    /// subsections, 二、 the first responsible person's duties, 三、 shortcomings and causes, 四、 next year's arrangements,
    /// sometimes 五、 other matters), 1–20 measures with 0–3 results each, 1–4 shortcomings with 1–2 causes each, a plan
    /// for the following year of 1–8 items, 0–6 distinct national rates (<see cref="NationalRates.All"/>) with counts up
    /// to 5,000 and a figure printed 四舍五入 to 0–2 decimals (more where fewer would print 100 or 0 for counts that are
    /// not all or none), and publication and submission between 2 January and
    /// 31 March of the following year.
    /// </summary>
    /// <remarks>
    /// Never yields exemptions, benchmark scopes, figures without counts, a second printing of a rate, subjects other
    /// than the default district government, or outlines deeper than two levels.
    /// </remarks>
    public static Gen<NationallyValidReport> NationallyValidReportGen =>
        from year in Gen.Choose(2000, 2030)
        from subsections in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Text, n))
        from otherMatters in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from measures in Gen.Choose(1, 20).SelectMany(n => Gen.ArrayOf(MeasureGen, n))
        from shortcomings in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(CausedShortcoming, n))
        from planItems in Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(PlanItemGen, n))
        from rateCount in Gen.Choose(0, 6)
        from definitions in Gen.Shuffle(NationalRates.All.ToArray()).Select(all => all.Take(rateCount).ToArray())
        from counts in Gen.ArrayOf(PrintedCounts, definitions.Length)
        from published in Gen.Choose(1, 89)
        from submitted in Gen.Choose(1, 89)
        select new NationallyValidReport(ValidReport(
            year,
            ValidOutline(subsections, otherMatters),
            measures.ToImmutableArray(),
            shortcomings.ToImmutableArray(),
            new Plan(ReportYear.Of(year + 1), planItems.ToImmutableArray()),
            definitions.Zip(counts, (definition, c) => PrintedRate(definition.Code, year, c.Numerator, c.Denominator, c.Decimals)).ToImmutableArray(),
            publishedDay: published,
            submittedDay: submitted));

    private static Gen<(int Numerator, int Denominator, int Decimals)> PrintedCounts =>
        from denominator in Gen.Choose(1, 5000)
        from numerator in Gen.Choose(0, denominator)
        from decimals in Gen.Choose(0, 2)
        select (numerator, denominator, decimals);

    private static Gen<Shortcoming> CausedShortcoming =>
        from description in Text
        from causes in Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(Text, n))
        select new Shortcoming(description, causes.ToImmutableArray());

    private static IndicatorValue PrintedRate(IndicatorCode code, int year, long numerator, long denominator, int decimals) =>
        new(code, IndicatorScope.Subject, ReportYear.Of(year), numerator, denominator, published: PrintedFigure(Rate.Of(numerator, denominator), decimals));

    private static ImmutableArray<Section> ValidOutline(string[] subsectionHeadings, bool otherMatters)
    {
        var subsections = subsectionHeadings
            .Select((heading, i) => (Section)ASection.Numbered("（" + ToChinese(i + 1) + "）").Titled(heading).WithBody("推进" + heading + "。").Covering(ReportPart.MeasuresAndResults))
            .ToImmutableArray();
        var outline = ImmutableArray.Create<Section>(
            ASection.Numbered("一、").Titled("主要举措和成效").Covering(ReportPart.MeasuresAndResults).Build().WithChildren(subsections),
            ASection.Numbered("二、").Titled("履行推进法治建设第一责任人职责情况").WithBody("主要负责人专题研究法治政府建设。").Covering(ReportPart.FirstResponsiblePersonDuties),
            ASection.Numbered("三、").Titled("存在的不足和原因").WithBody("执法队伍力量不足，原因是编制有限。").Covering(ReportPart.ShortcomingsAndCauses),
            ASection.Numbered("四、").Titled("下一年度主要安排").WithBody("深入推进依法行政。").Covering(ReportPart.NextYearArrangements));
        return otherMatters
            ? outline.Add(ASection.Numbered("五、").Titled("其他需要报告的事项").WithBody("无。").Covering(ReportPart.OtherMatters))
            : outline;
    }

    private static AnnualReport ValidReport(
        int year, ImmutableArray<Section> sections, ImmutableArray<Measure> measures, ImmutableArray<Shortcoming> shortcomings, Plan plan,
        ImmutableArray<IndicatorValue> rates, int publishedDay, int submittedDay)
    {
        var following = new LocalDate(year + 1, 1, 1);
        return AnAnnualReport.For(year)
            .WithSections([.. sections])
            .WithMeasures([.. measures])
            .WithShortcomings([.. shortcomings])
            .WithPlan(plan)
            .WithIndicatorValues([.. rates])
            .PublishedOn(following.PlusDays(publishedDay))
            .SubmittedTo(
                new Submission("区委", SubmissionRecipientKind.PartyCommittee, following.PlusDays(submittedDay)),
                new Submission("区人大常委会", SubmissionRecipientKind.PeopleCongressStandingCommittee, following.PlusDays(submittedDay)))
            .Build();
    }

    /// <summary>Nationally valid reports: <see cref="NationallyValidReportGen"/>.</summary>
    /// <returns>
    /// The arbitrary. It shrinks by rebuilding the report as the generator does from fewer or smaller parts (measures,
    /// subsections, shortcomings, plan items, rates, the 五、 section; one of each list stays, rates may all go) and
    /// publication and submission nearer 2 January, and keeps only shrinks the national rules accept with no finding.
    /// The year stays.
    /// </returns>
    public static Arbitrary<NationallyValidReport> NationallyValidReports() => NationallyValidReportGen.ToShrinkingArbitrary(ShrinkValidReport);

    /// <summary>Writes a number as the Chinese numeral <see cref="ChineseNumeralGen"/> pairs it with, e.g. 120 as 一百二十.</summary>
    /// <param name="value">A number from 0 to 99,999,999.</param>
    /// <returns>The numeral.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above 99,999,999.</exception>
    public static string ToChineseNumeral(int value)
    {
        if (value is < 0 or > 99_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"value ({value}) must be between 0 and 99999999"));
        }

        return ToChinese(value);
    }

    private static string ToChinese(int value)
    {
        if (value == 0)
        {
            return Digits[0];
        }

        var high = value / 10_000;
        var low = value % 10_000;
        if (high == 0)
        {
            return Below10000(low, leadingTen: true);
        }

        var text = Below10000(high, leadingTen: true) + "万";
        return low == 0 ? text : text + (low < 1000 ? Digits[0] : string.Empty) + Below10000(low, leadingTen: false);
    }

    private static string Below10000(int value, bool leadingTen)
    {
        var places = new List<string>();
        var zeroPending = false;
        var started = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = value / Pow10(place) % 10;
            if (digit == 0)
            {
                zeroPending |= started;
                continue;
            }

            if (zeroPending)
            {
                places.Add(Digits[0]);
                zeroPending = false;
            }

            var skipOne = leadingTen && !started && place == 1 && digit == 1;
            places.Add((skipOne ? string.Empty : Digits[digit]) + PlaceWords[place]);
            started = true;
        }

        return string.Concat(places);
    }

    private static int Pow10(int place) => place switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };
}
