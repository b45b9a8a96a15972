using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing;

/// <content>
/// Shrinkers. Each one builds its candidates through the domain's constructors, from smaller parts of the value it
/// shrinks, so a candidate is always constructible; where a generator promises more than constructibility (a consistent
/// figure, a nationally valid report) the candidate is rebuilt the way the generator builds, or filtered, so that the
/// promise holds for every shrink too. Every candidate is strictly smaller by a measure named at each shrinker, so
/// shrinking ends.
/// </content>
public static partial class DomainArbitraries
{
    private static Arbitrary<T> ToShrinkingArbitrary<T>(this Gen<T> generator, Func<T, IEnumerable<T>> shrinker) => Arb.From(generator, shrinker);

    /// <summary>
    /// Rates with neither count larger and one smaller (so a smaller numerator plus denominator): 0 of the least
    /// denominator first, then halves, then steps of one.
    /// </summary>
    private static IEnumerable<Rate> ShrinkRate(Rate rate, long leastDenominator)
    {
        var (n, d) = (rate.Numerator, rate.Denominator);
        (long N, long D)[] candidates =
        [
            (0, leastDenominator),
            (Math.Min(n, d / 2), d / 2),
            (n / 2, d),
            (n, d - 1),
            (n - 1, d),
        ];
        return candidates
            .Where(c => c.D >= leastDenominator && c.N >= 0 && c.N <= c.D && c.N <= n && c.D <= d && (c.N < n || c.D < d))
            .Distinct()
            .Select(c => Rate.Of(c.N, c.D));
    }

    /// <summary>Smaller non-negative integers: 0, a tenth, a half, one less.</summary>
    private static IEnumerable<long> ShrinkCount(long value) =>
        new[] { 0, value / 10, value / 2, value - 1 }.Where(c => c >= 0 && c < value).Distinct();

    /// <summary>Years closer to <see cref="ReportYear.MinYear"/>.</summary>
    private static IEnumerable<ReportYear> ShrinkYear(ReportYear year) =>
        ShrinkCount(year.Year - ReportYear.MinYear).Select(offset => ReportYear.Of(ReportYear.MinYear + (int)offset));

    /// <summary>Policies with fewer decimals or the first midpoint mode.</summary>
    private static IEnumerable<RoundingPolicy> ShrinkPolicy(RoundingPolicy policy)
    {
        foreach (var decimals in ShrinkCount(policy.Decimals))
        {
            yield return new RoundingPolicy((int)decimals, policy.Mode);
        }

        if (policy.Mode != Modes[0])
        {
            yield return new RoundingPolicy(policy.Decimals, Modes[0]);
        }
    }

    /// <summary>
    /// Consistent pairs with fewer decimals or a smaller rate (denominator at least 1), the figure printed again from the
    /// counts as <see cref="ConsistentFigure"/> prints it, so every shrink stays consistent.
    /// </summary>
    private static IEnumerable<ConsistentFigure> ShrinkConsistent(ConsistentFigure pair)
    {
        // A figure that would print 100 or 0 for counts that are not all or none is printed with more decimals, so a
        // candidate can come back with as many decimals as it started with: such a candidate is not smaller and is skipped.
        foreach (var decimals in ShrinkCount(pair.Figure.Decimals))
        {
            var candidate = PrintConsistently(pair.Rate, (int)decimals);
            if (candidate.Figure.Decimals < pair.Figure.Decimals)
            {
                yield return candidate;
            }
        }

        foreach (var rate in ShrinkRate(pair.Rate, leastDenominator: 1))
        {
            var candidate = PrintConsistently(rate, pair.Figure.Decimals);
            if (candidate.Figure.Decimals <= pair.Figure.Decimals)
            {
                yield return candidate;
            }
        }
    }

    private static ConsistentFigure PrintConsistently(Rate rate, int decimals) => new(rate, PrintedFigure(rate, decimals));

    /// <summary>The figure a publisher prints for an applicable rate: the percentage rounded 四舍五入 to the decimals.</summary>
    // Publishers print 100 (or 0) only when every (or no) case qualifies (ROL0023): where rounding would print it for
    // other counts, more decimals are printed, up to four.
    private static PublishedFigure PrintedFigure(Rate rate, int decimals)
    {
        var value = rate.ToPercent(RoundingPolicy.Everyday(decimals))!.Value;
        while (decimals < RoundingPolicy.MaxDecimals && ((value == 100m && rate.Numerator != rate.Denominator) || (value == 0m && rate.Numerator != 0)))
        {
            decimals++;
            value = rate.ToPercent(RoundingPolicy.Everyday(decimals))!.Value;
        }

        return PublishedFigure.Of(value, decimals);
    }

    /// <summary>Inconsistent pairs with a smaller figure or rate, kept only while the figure is still a point or more off.</summary>
    private static IEnumerable<InconsistentFigure> ShrinkInconsistent(InconsistentFigure pair) =>
        ShrinkCount((long)pair.Figure.Value).Select(figure => new InconsistentFigure(pair.Rate, PublishedFigure.Of(figure, 0)))
            .Concat(ShrinkRate(pair.Rate, leastDenominator: 1).Select(rate => new InconsistentFigure(rate, pair.Figure)))
            .Where(candidate => Math.Abs(candidate.Figure.Value - (100m * candidate.Rate.Numerator / candidate.Rate.Denominator)) >= 1m);

    /// <summary>Smaller numbers, written again.</summary>
    private static IEnumerable<ChineseNumeral> ShrinkNumeral(ChineseNumeral numeral) =>
        ShrinkCount(numeral.Value).Select(value => new ChineseNumeral(ToChinese((int)value), value));

    /// <summary>The array without one of its items, the emptiest first: fewer items.</summary>
    private static IEnumerable<ImmutableArray<T>> WithoutOne<T>(ImmutableArray<T> items)
    {
        if (items.Length > 1)
        {
            yield return ImmutableArray<T>.Empty;
        }

        for (var i = 0; i < items.Length; i++)
        {
            yield return items.RemoveAt(i);
        }
    }

    /// <summary>Measures with fewer results or task areas, or no description: fewer parts.</summary>
    private static IEnumerable<Measure> ShrinkMeasure(Measure measure)
    {
        foreach (var results in WithoutOne(measure.Results))
        {
            yield return new Measure(measure.Heading, measure.Description, measure.TaskAreas, results);
        }

        foreach (var areas in WithoutOne(measure.TaskAreas))
        {
            yield return new Measure(measure.Heading, measure.Description, areas, measure.Results);
        }

        if (measure.Description.Length > 0)
        {
            yield return new Measure(measure.Heading, string.Empty, measure.TaskAreas, measure.Results);
        }
    }

    /// <summary>Frameworks with fewer roots or a declared count set to 0: fewer roots, or a smaller sum of declared counts.</summary>
    private static IEnumerable<IndicatorFramework> ShrinkFramework(IndicatorFramework framework)
    {
        foreach (var roots in WithoutOne(framework.Roots))
        {
            yield return new IndicatorFramework(framework.Name, framework.Source, framework.DeclaredLevelCounts, roots);
        }

        for (var i = 0; i < framework.DeclaredLevelCounts.Length; i++)
        {
            if (framework.DeclaredLevelCounts[i] != 0)
            {
                yield return new IndicatorFramework(framework.Name, framework.Source, framework.DeclaredLevelCounts.SetItem(i, 0), framework.Roots);
            }
        }
    }

    /// <summary>Case records with one list shorter: fewer cases.</summary>
    private static IEnumerable<Cases.CaseRecords> ShrinkCaseRecords(Cases.CaseRecords records) =>
        WithoutOne(records.Disclosures).Select(d => new Cases.CaseRecords(d, records.Recommendations, records.Consultations))
            .Concat(WithoutOne(records.Recommendations).Select(r => new Cases.CaseRecords(records.Disclosures, r, records.Consultations)))
            .Concat(WithoutOne(records.Consultations).Select(c => new Cases.CaseRecords(records.Disclosures, records.Recommendations, c)));

    /// <summary>Reports with one list shorter or one optional member dropped: fewer parts. Subject, year and title stay.</summary>
    private static IEnumerable<AnnualReport> ShrinkReport(AnnualReport r)
    {
        AnnualReport With(
            ImmutableArray<Section>? sections = null, ImmutableArray<Measure>? measures = null, ImmutableArray<Shortcoming>? shortcomings = null,
            ImmutableArray<IndicatorValue>? values = null, ImmutableArray<Submission>? submissions = null,
            bool withoutPlan = false, bool unpublished = false, bool withoutSignOff = false) =>
            new(r.Subject, r.Year, r.Title, sections ?? r.Sections, measures ?? r.Measures, shortcomings ?? r.Shortcomings,
                withoutPlan ? null : r.Plan, values ?? r.IndicatorValues, unpublished ? null : r.Publication, unpublished ? null : r.Exemption,
                submissions ?? r.Submissions, withoutSignOff ? null : r.SignOff, r.Preamble, documentKind: r.DocumentKind);

        var candidates = WithoutOne(r.Sections).Select(sections => With(sections: sections))
            .Concat(WithoutOne(r.Measures).Select(measures => With(measures: measures)))
            .Concat(WithoutOne(r.Shortcomings).Select(shortcomings => With(shortcomings: shortcomings)))
            .Concat(WithoutOne(r.IndicatorValues).Select(values => With(values: values)))
            .Concat(WithoutOne(r.Submissions).Select(submissions => With(submissions: submissions)));
        foreach (var candidate in candidates)
        {
            yield return candidate;
        }

        if (r.Plan is not null)
        {
            yield return With(withoutPlan: true);
        }

        if (r.Publication is not null || r.Exemption is not null)
        {
            yield return With(unpublished: true);
        }

        if (r.SignOff is not null)
        {
            yield return With(withoutSignOff: true);
        }
    }

    /// <summary>
    /// Nationally valid reports rebuilt the way <see cref="NationallyValidReport"/> builds them, from fewer or smaller
    /// parts (one of each list stays; rates may all go) or earlier dates, kept only when the national rules still find
    /// nothing: fewer parts, or fewer days after 1 January.
    /// </summary>
    private static IEnumerable<NationallyValidReport> ShrinkValidReport(NationallyValidReport sample) =>
        ValidReportCandidates(sample.Report).Where(candidate => ShrinkValidator.Validate(candidate).Issues.IsEmpty).Select(report => new NationallyValidReport(report));

    private static readonly Validation.ReportValidator ShrinkValidator = new(Validation.RuleSet.National, new NodaTime.Testing.FakeClock(Instant.FromUtc(2040, 1, 1, 0, 0)));

    private static IEnumerable<AnnualReport> ValidReportCandidates(AnnualReport r)
    {
        var year = r.Year.Year;
        var following = new LocalDate(year + 1, 1, 1);
        var published = Period.Between(following, r.Publication!.PublishedAt.Date, PeriodUnits.Days).Days;
        var submitted = Period.Between(following, r.Submissions[0].Date, PeriodUnits.Days).Days;
        var plan = r.Plan!;
        AnnualReport With(
            ImmutableArray<Section>? sections = null, ImmutableArray<Measure>? measures = null, ImmutableArray<Shortcoming>? shortcomings = null,
            Plans.Plan? newPlan = null, ImmutableArray<IndicatorValue>? rates = null, int? publishedDay = null, int? submittedDay = null) =>
            ValidReport(year, sections ?? r.Sections, measures ?? r.Measures, shortcomings ?? r.Shortcomings, newPlan ?? plan,
                rates ?? r.IndicatorValues, publishedDay ?? published, submittedDay ?? submitted);

        foreach (var measures in WithoutOne(r.Measures).Where(m => m.Length >= 1))
        {
            yield return With(measures: measures);
        }

        foreach (var rates in WithoutOne(r.IndicatorValues))
        {
            yield return With(rates: rates);
        }

        var measuresAndResults = r.Sections[0];
        foreach (var children in WithoutOne(measuresAndResults.Children).Where(c => c.Length >= 1))
        {
            yield return With(sections: r.Sections.SetItem(0, measuresAndResults.WithChildren(children)));
        }

        if (r.Sections.Length > 4)
        {
            yield return With(sections: r.Sections.RemoveRange(4, r.Sections.Length - 4));
        }

        foreach (var shortcomings in WithoutOne(r.Shortcomings).Where(s => s.Length >= 1))
        {
            yield return With(shortcomings: shortcomings);
        }

        foreach (var items in WithoutOne(plan.Items).Where(i => i.Length >= 1))
        {
            yield return With(newPlan: new Plans.Plan(plan.Year, items));
        }

        for (var i = 0; i < r.Measures.Length; i++)
        {
            foreach (var smaller in ShrinkMeasure(r.Measures[i]))
            {
                yield return With(measures: r.Measures.SetItem(i, smaller));
            }
        }

        foreach (var days in ShrinkCount(published - 1))
        {
            yield return With(publishedDay: 1 + (int)days);
        }

        foreach (var days in ShrinkCount(submitted - 1))
        {
            yield return With(submittedDay: 1 + (int)days);
        }
    }
}
