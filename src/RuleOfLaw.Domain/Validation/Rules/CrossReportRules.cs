using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Indicators;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>What the rules over several reports check: the set, the thresholds, and the series a rule of series looks at.</summary>
internal sealed record ReportSetSubject(ReportSet Set, ComparisonSettings Settings)
{
    /// <summary>Gets the series a <see cref="ISeriesRule"/> looks at: all of the set's, or a share of them when the work is split.</summary>
    public ImmutableArray<ReportSeries> Series { get; init; } = Set.Series;
}

/// <summary>
/// A rule over a set that looks at one subject's series at a time and reads nothing of the others' (plan
/// follow-through, year-over-year jumps, printed changes): it can be run on shares of <see cref="ReportSetSubject.Series"/>
/// at once, and the findings of the shares, put together in order, are those of one run over all.
/// </summary>
internal interface ISeriesRule
{
}

/// <summary>A report set names each subject and year once: every repeat is reported, none is merged.</summary>
internal sealed class DuplicateReportRule : IValidationRule<ReportSetSubject>
{
    private static readonly DiagnosticDescriptor Duplicate = ValidationCodes.Describe(ValidationCodes.DuplicateReport);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Duplicate);

    public void Check(ReportSetSubject subject, ValidationContext context)
    {
        foreach (var duplicate in subject.Set.Duplicates)
        {
            context.Report(Duplicate, Invariant($"Reports[{duplicate.DuplicateIndex}]"),
                duplicate.DuplicateIndex, duplicate.FirstIndex, duplicate.Subject.FullName, duplicate.Year.Year);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A report whose subject is only a designation (我局, 区政府) is in a series of its own: in a set of more than one report, it says so.</summary>
internal sealed class ReportInNoSeriesRule : IValidationRule<ReportSetSubject>
{
    private static readonly DiagnosticDescriptor InNoSeries = ValidationCodes.Describe(ValidationCodes.ReportInNoSeries);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(InNoSeries);

    public void Check(ReportSetSubject subject, ValidationContext context)
    {
        var reports = subject.Set.Reports;
        if (reports.Length < 2)
        {
            return;
        }

        for (var i = 0; i < reports.Length; i++)
        {
            if (reports[i].Subject.IsDesignation)
            {
                context.Report(InNoSeries, string.Create(CultureInfo.InvariantCulture, $"Reports[{i}].Subject"), i, reports[i].Subject.FullName);
            }
        }
    }
}

/// <summary>
/// Plan follow-through: each plan item of a subject's report N is looked for among the measures of its report N+1.
/// </summary>
/// <remarks>
/// The score of an item against a measure is 0.8 × the share of the item's character bigrams (heading and description,
/// letters and digits only) found in the measure's heading and description, plus 0.2 × the largest share of the
/// bigrams of a task area the measure is filed under (its Chinese name) found in the item. The best-scoring measure
/// is the evidence; at or above <see cref="ComparisonSettings.PlanMatchThreshold"/> the item is carried out.
/// </remarks>
internal sealed class PlanFollowThroughRule : IValidationRule<ReportSetSubject>, ISeriesRule
{
    private static readonly DiagnosticDescriptor CarriedOut = ValidationCodes.Describe(ValidationCodes.PlanItemCarriedOut);
    private static readonly DiagnosticDescriptor NotFound = ValidationCodes.Describe(ValidationCodes.PlanItemNotFound);
    private static readonly DiagnosticDescriptor NotAssessable = ValidationCodes.Describe(ValidationCodes.PlanFollowThroughNotAssessable);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(CarriedOut) || ruleSet.IsEnabled(NotFound) || ruleSet.IsEnabled(NotAssessable);

    public void Check(ReportSetSubject subject, ValidationContext context)
    {
        var set = subject.Set;
        foreach (var series in subject.Series)
        {
            foreach (var index in series.Indexes)
            {
                var report = set.Reports[index];
                if (report.Plan is not { Items.IsEmpty: false } plan)
                {
                    continue;
                }

                if (series.IndexOf(plan.Year) is not { } nextIndex)
                {
                    context.Report(NotAssessable, string.Create(CultureInfo.InvariantCulture, $"Reports[{index}].Plan"), plan.Year.Year, series.Subject.FullName);
                    continue;
                }

                var next = set.Reports[nextIndex];
                var measures = next.Measures
                    .Select(m => (Text: TextSimilarity.Bigrams(m.Heading, TextOf(m.Description, m.Section, next)), Areas: m.TaskAreas.Select(a => TextSimilarity.Bigrams(a.ChineseName)).ToArray(), m.Heading))
                    .ToArray();
                for (var i = 0; i < plan.Items.Length; i++)
                {
                    var item = plan.Items[i];
                    var itemBigrams = TextSimilarity.Bigrams(item.Heading, TextOf(item.Description, item.Section, report));
                    var best = -1;
                    var bestScore = 0.0;
                    for (var m = 0; m < measures.Length; m++)
                    {
                        var area = measures[m].Areas.Length == 0 ? 0 : measures[m].Areas.Max(a => TextSimilarity.Containment(a, itemBigrams));
                        var score = (0.8 * TextSimilarity.Containment(itemBigrams, measures[m].Text)) + (0.2 * area);
                        if (score > bestScore)
                        {
                            (best, bestScore) = (m, score);
                        }
                    }

                    var path = string.Create(CultureInfo.InvariantCulture, $"Reports[{index}].Plan.Items[{i}]");
                    var rounded = Math.Round((decimal)bestScore, 2, MidpointRounding.AwayFromZero);
                    if (best >= 0 && bestScore >= subject.Settings.PlanMatchThreshold)
                    {
                        context.Report(CarriedOut, path, item.Heading, plan.Year.Year, measures[best].Heading, rounded, string.Create(CultureInfo.InvariantCulture, $"Reports[{nextIndex}].Measures[{best}]"));
                    }
                    else
                    {
                        context.Report(NotFound, path, item.Heading, plan.Year.Year, rounded);
                    }
                }
            }
        }
    }

    /// <summary>The text of a measure or plan item: its description, or the body of the section it was read from.</summary>
    private static string TextOf(string description, string? section, Reports.AnnualReport report) =>
        description.Length > 0 ? description : report.SectionAt(section)?.Body ?? string.Empty;
}

/// <summary>A subject's rate that grows beyond the jump factor, or shrinks below its inverse, from one year's report to the next.</summary>
internal sealed class YearOverYearJumpRule : IValidationRule<ReportSetSubject>, ISeriesRule
{
    private static readonly DiagnosticDescriptor Jump = ValidationCodes.Describe(ValidationCodes.YearOverYearJump);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Jump);

    public void Check(ReportSetSubject subject, ValidationContext context)
    {
        var set = subject.Set;
        var factor = subject.Settings.JumpFactor;
        foreach (var series in subject.Series)
        {
            for (var k = 1; k < series.Indexes.Length; k++)
            {
                var previousIndex = series.Indexes[k - 1];
                var index = series.Indexes[k];
                var previous = set.Reports[previousIndex];
                var current = set.Reports[index];
                if (current.Year.Year != previous.Year.Year + 1)
                {
                    continue;
                }

                var before = Percents(previous);
                for (var v = 0; v < current.IndicatorValues.Length; v++)
                {
                    var value = current.IndicatorValues[v];
                    if (value.Scope.Kind != IndicatorScopeKind.Subject || value.Period != current.Year || Percent(value) is not { } now
                        || !before.TryGetValue(value.Indicator, out var then) || then == 0m || now == 0m)
                    {
                        continue;
                    }

                    var ratio = now / then;
                    if (ratio > factor || ratio < 1m / factor)
                    {
                        context.Report(Jump, Invariant($"Reports[{index}].IndicatorValues[{v}]"),
                            DisplayNames.ValueText(value), Round(then), previous.Year.Year, Round(now), current.Year.Year, Round(ratio), factor);
                    }
                }
            }
        }
    }

    private static Dictionary<IndicatorCode, decimal> Percents(Reports.AnnualReport report)
    {
        var percents = new Dictionary<IndicatorCode, decimal>();
        foreach (var value in report.IndicatorValues)
        {
            if (value.Scope.Kind == IndicatorScopeKind.Subject && value.Period == report.Year && Percent(value) is { } percent)
            {
                percents.TryAdd(value.Indicator, percent);
            }
        }

        return percents;
    }

    private static decimal? Percent(IndicatorValue value) => value.Rate?.ToExactPercent() ?? value.Published?.Value;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Across units: a unit's rate far from its peers' (same indicator, year and level) by the modified z-score, and a
/// rate outside its plausible range.
/// </summary>
/// <remarks>
/// The modified z-score of a rate x among peers with median m is 0.6745 (x − m) / MAD, MAD being the median absolute
/// deviation; when MAD is 0 the mean absolute deviation stands in (x − m) / (1.2533 × MeanAD), and when that is 0 too
/// no unit is judged. Only rates with a denominator of at least <see cref="ComparisonSettings.MinimumDenominator"/>
/// are judged or used as peers, and only groups of at least four such units.
/// </remarks>
internal sealed class CrossUnitRateRule : IValidationRule<ReportSetSubject>
{
    private const int LeastGroup = 4;

    private static readonly DiagnosticDescriptor Outlier = ValidationCodes.Describe(ValidationCodes.RateOutlier);
    private static readonly DiagnosticDescriptor Implausible = ValidationCodes.Describe(ValidationCodes.RateImplausible);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Outlier) || ruleSet.IsEnabled(Implausible);

    public void Check(ReportSetSubject subject, ValidationContext context)
    {
        var settings = subject.Settings;
        var units = UnitRate.All(subject.Set).Where(u => u.Rate.IsApplicable).ToArray();
        foreach (var unit in units)
        {
            if (settings.PlausibleRanges.TryGetValue(unit.Indicator, out var range) && unit.Rate.ToExactPercent() is { } percent && !range.Contains(percent))
            {
                context.Report(Implausible, Path(unit), DisplayNames.ValueText(unit.Indicator, unit.Name), Round(percent), unit.Rate.Numerator, unit.Rate.Denominator, range.MinimumPercent, range.MaximumPercent);
            }
        }

        foreach (var group in units.Where(u => u.Rate.Denominator >= settings.MinimumDenominator).GroupBy(u => (u.Indicator, u.Year, u.Level)))
        {
            var members = group.ToArray();
            if (members.Length < LeastGroup)
            {
                continue;
            }

            var values = members.Select(u => (double)u.Rate.Value!.Value).ToArray();
            var median = Median(values);
            var deviations = values.Select(v => Math.Abs(v - median)).ToArray();
            var mad = Median(deviations);
            var scale = mad > 0 ? mad / 0.6745 : 1.2533 * deviations.Average();
            if (scale <= 0)
            {
                continue;
            }

            var pooled = Rates.Rate.Of(members.Sum(u => u.Rate.Numerator), members.Sum(u => u.Rate.Denominator)).ToExactPercent()!.Value;
            for (var i = 0; i < members.Length; i++)
            {
                var score = (values[i] - median) / scale;
                if (Math.Abs(score) > settings.OutlierThreshold)
                {
                    var unit = members[i];
                    context.Report(Outlier, Path(unit), DisplayNames.ValueText(unit.Indicator, unit.Name), Round(unit.Rate.ToExactPercent()!.Value), unit.Rate.Numerator, unit.Rate.Denominator,
                        unit.Level, Math.Round((decimal)score, 2, MidpointRounding.AwayFromZero), Round((decimal)(median * 100)), Round(pooled), members.Length);
                }
            }
        }
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Path(UnitRate unit) => string.Create(CultureInfo.InvariantCulture, $"Reports[{unit.ReportIndex}].IndicatorValues[{unit.ValueIndex}]");

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
