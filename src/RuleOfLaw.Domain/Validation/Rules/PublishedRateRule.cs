using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V11: a rate's counts are sound and its published figure is consistent with them and with its other printings.</summary>
/// <remarks>
/// <para>
/// Counts are sound by construction: an indicator value cannot hold a negative count or a numerator above its
/// denominator. A figure is checked with <see cref="RateCheck"/> at the decimals it prints, under the rule set's
/// <see cref="RuleSet.AcceptedRounding"/> (nationally half away from zero, 四舍五入, or half to even, GB/T 8170-2008):
/// only a figure that no accepted rule produces is reported. A figure printed for 0 of 0 is reported as having no
/// value. A figure printed with one count is reported when no other count gives it. A printed 100 (or 0) whose counts
/// are not all (or none) is a warning of its own.
/// </para>
/// <para>
/// Two printings of one indicator for the same scope and year (a summary and a body) conflict when no value rounds to
/// both under either rule (<see cref="PublishedFigure.ComparePrinting"/>); the later printing is reported.
/// </para>
/// </remarks>
internal sealed class PublishedRateRule : IValidationRule<AnnualReport>
{
    private static readonly DiagnosticDescriptor Inconsistent = ValidationCodes.Describe(ValidationCodes.PublishedRateInconsistent);
    private static readonly DiagnosticDescriptor Inapplicable = ValidationCodes.Describe(ValidationCodes.FigureForInapplicableRate);
    private static readonly DiagnosticDescriptor Conflict = ValidationCodes.Describe(ValidationCodes.PublishedFigureConflict);
    private static readonly DiagnosticDescriptor Impossible = ValidationCodes.Describe(ValidationCodes.PublishedRateImpossible);
    private static readonly DiagnosticDescriptor AllOrNone = ValidationCodes.Describe(ValidationCodes.PublishedFigureAllOrNone);

    public bool IsEnabledIn(RuleSet ruleSet) =>
        ruleSet.IsEnabled(Inconsistent) || ruleSet.IsEnabled(Inapplicable) || ruleSet.IsEnabled(Conflict)
        || ruleSet.IsEnabled(Impossible) || ruleSet.IsEnabled(AllOrNone);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        var values = subject.IndicatorValues;
        var groups = new Dictionary<(IndicatorCode, IndicatorScope, ReportYear), Printings>();
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value.Published is not { } published)
            {
                continue;
            }

            if (value.Numerator is not null || value.Denominator is not null)
            {
                CheckCounts(value, published, i, context);
            }

            var key = (value.Indicator, value.Scope, value.Period);
            if (!groups.TryGetValue(key, out var printings))
            {
                printings = new Printings();
                groups.Add(key, printings);
            }

            if (printings.FirstConflict(published, values) is { } j)
            {
                context.Report(Conflict, Path(i), published, values[j].Published!.Value, Path(j), DisplayNames.ValueText(value));
            }

            printings.Add(i, values);
        }
    }

    private static void CheckCounts(IndicatorValue value, PublishedFigure published, int index, ValidationContext context)
    {
        var check = RateCheck.Check(value.Numerator, value.Denominator, published, context.RuleSet.AcceptedRounding);
        if (check.Rate is { } rate)
        {
            if (!rate.IsApplicable)
            {
                context.Report(Inapplicable, Path(index), published, rate);
            }
            else if (check.Outcome == ConsistencyOutcome.Inconsistent)
            {
                var exact = decimal.Round(rate.ToExactPercent()!.Value, Math.Min(published.Decimals + 2, 28), MidpointRounding.AwayFromZero);
                context.Report(Inconsistent, Path(index), published, rate, exact);
            }
            else if (check.IsAllOrNoneMismatch)
            {
                context.Report(AllOrNone, Path(index), published, rate);
            }
        }
        else if (check.Outcome == ConsistencyOutcome.Inconsistent)
        {
            var (role, count) = value.Numerator is { } n ? ("numerator", n) : ("denominator", value.Denominator!.Value);
            context.Report(Impossible, Path(index), published, role, count);
        }
    }

    private static bool ConflictsUnderBoth(PublishedFigure a, PublishedFigure b) =>
        a.ComparePrinting(b, MidpointRounding.AwayFromZero) == PrintingAgreement.Conflict
        && a.ComparePrinting(b, MidpointRounding.ToEven) == PrintingAgreement.Conflict;

    /// <summary>
    /// The earlier printings of one indicator, scope and period, indexed so that the first one conflicting with a new
    /// printing is found in O(log n): both rounding rules give a figure the same ends (value ± half a unit) and
    /// differ only in which ends are included.
    /// </summary>
    /// <remarks>
    /// An earlier printing conflicts under both rules when it lies wholly below or above the new one (the first such
    /// is found by binary search over the running minimum of upper ends and maximum of lower ends), or when it only
    /// touches it at an end that one side excludes under both rules (the touching printings are kept by end, one per
    /// combination of included ends, so at most four are compared).
    /// </remarks>
    private sealed class Printings
    {
        private readonly List<int> _indices = new();
        private readonly List<decimal> _minUpper = new();
        private readonly List<decimal> _maxLower = new();
        private readonly Dictionary<decimal, List<int>> _byUpper = new();
        private readonly Dictionary<decimal, List<int>> _byLower = new();

        public int? FirstConflict(PublishedFigure published, ImmutableArray<IndicatorValue> values)
        {
            var interval = published.Interval(MidpointRounding.AwayFromZero);
            var first = int.MaxValue;

            // Wholly below: the first k whose running minimum upper end lies under this lower end.
            var below = FirstIndex(_minUpper, interval.Lower, below: true);
            if (below >= 0)
            {
                first = _indices[below];
            }

            var above = FirstIndex(_maxLower, interval.Upper, below: false);
            if (above >= 0)
            {
                first = Math.Min(first, _indices[above]);
            }

            first = Math.Min(first, FirstTouching(_byUpper, interval.Lower, published, values));
            first = Math.Min(first, FirstTouching(_byLower, interval.Upper, published, values));
            return first == int.MaxValue ? null : first;
        }

        public void Add(int index, ImmutableArray<IndicatorValue> values)
        {
            var interval = values[index].Published!.Value.Interval(MidpointRounding.AwayFromZero);
            var count = _indices.Count;
            _indices.Add(index);
            _minUpper.Add(count == 0 ? interval.Upper : Math.Min(_minUpper[count - 1], interval.Upper));
            _maxLower.Add(count == 0 ? interval.Lower : Math.Max(_maxLower[count - 1], interval.Lower));
            Keep(_byUpper, interval.Upper, index, values, UpperIncluded);
            Keep(_byLower, interval.Lower, index, values, LowerIncluded);
        }

        private static void Keep(Dictionary<decimal, List<int>> byEnd, decimal end, int index, ImmutableArray<IndicatorValue> values, Func<PublishedFigure, (bool, bool)> included)
        {
            if (!byEnd.TryGetValue(end, out var kept))
            {
                kept = new List<int>(1);
                byEnd.Add(end, kept);
            }

            // The first printing per combination of included ends under the two rules: later ones compare alike.
            var signature = included(values[index].Published!.Value);
            foreach (var j in kept)
            {
                if (included(values[j].Published!.Value) == signature)
                {
                    return;
                }
            }

            kept.Add(index);
        }

        private static (bool, bool) UpperIncluded(PublishedFigure figure) =>
            (figure.Interval(MidpointRounding.AwayFromZero).IncludesUpper, figure.Interval(MidpointRounding.ToEven).IncludesUpper);

        private static (bool, bool) LowerIncluded(PublishedFigure figure) =>
            (figure.Interval(MidpointRounding.AwayFromZero).IncludesLower, figure.Interval(MidpointRounding.ToEven).IncludesLower);

        private static int FirstTouching(Dictionary<decimal, List<int>> byEnd, decimal end, PublishedFigure published, ImmutableArray<IndicatorValue> values)
        {
            if (!byEnd.TryGetValue(end, out var kept))
            {
                return int.MaxValue;
            }

            foreach (var j in kept)
            {
                if (ConflictsUnderBoth(published, values[j].Published!.Value))
                {
                    return j;
                }
            }

            return int.MaxValue;
        }

        private static int FirstIndex(List<decimal> monotone, decimal bound, bool below)
        {
            // Along a running minimum (maximum) the test is false, then true: find the first true.
            int low = 0, high = monotone.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (below ? monotone[middle] < bound : monotone[middle] > bound)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return low < monotone.Count ? low : -1;
        }
    }

    private static string Path(int index) => string.Create(CultureInfo.InvariantCulture, $"IndicatorValues[{index}].Published");
}
