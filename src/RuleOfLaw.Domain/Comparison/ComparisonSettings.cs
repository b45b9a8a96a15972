using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Comparison;

/// <summary>The thresholds of the rules that compare reports with each other; <see cref="Default"/> unless a caller changes them with the <c>With…</c> methods.</summary>
/// <remarks>
/// <para>
/// <see cref="JumpFactor"/>: a rate of one subject that grows by more than this factor, or shrinks below its inverse,
/// from one year to the next is a jump (KIROGOVCOMPARE uses ×5 and ×0.2).
/// </para>
/// <para>
/// <see cref="PlanMatchThreshold"/>: the least score (0–1) at which a plan item counts as carried out by a measure of
/// the next year's report; see <see cref="Validation.ValidationCodes.PlanItemCarriedOut"/> for how the score is made.
/// </para>
/// <para>
/// <see cref="MinimumDenominator"/> and <see cref="OutlierThreshold"/>: a unit's rate is judged against its peers only
/// when its denominator is at least the minimum and at least three peers are judged with it; it is an outlier when
/// its modified z-score (Iglewicz and Hoaglin) exceeds the threshold in absolute value.
/// </para>
/// <para>
/// <see cref="MaxDegreeOfParallelism"/>: how many threads the rules may use at once (1 by default, so a caller that
/// asks for nothing gets no threads). The findings do not depend on it: each rule, and the rules that look at one
/// subject's series at a time each share of the series, runs on its own and the findings are put together in the
/// order one thread would give.
/// </para>
/// </remarks>
public sealed record ComparisonSettings
{
    private ComparisonSettings(decimal jumpFactor, double planMatchThreshold, long minimumDenominator, double outlierThreshold, ImmutableDictionary<IndicatorCode, PlausibleRange> plausibleRanges, int maxDegreeOfParallelism = 1)
    {
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        JumpFactor = jumpFactor;
        PlanMatchThreshold = planMatchThreshold;
        MinimumDenominator = minimumDenominator;
        OutlierThreshold = outlierThreshold;
        PlausibleRanges = plausibleRanges;
    }

    /// <summary>Gets the default settings: factor 5, plan match 0.3, minimum denominator 20, outlier threshold 3.5, no plausible ranges, one thread.</summary>
    public static ComparisonSettings Default { get; } = new(5m, 0.3, 20, 3.5, ImmutableDictionary<IndicatorCode, PlausibleRange>.Empty);

    /// <summary>Gets the factor beyond which a change from one year to the next is a jump; greater than 1.</summary>
    public decimal JumpFactor { get; }

    /// <summary>Gets the least score, greater than 0 and at most 1, at which a plan item counts as carried out.</summary>
    public double PlanMatchThreshold { get; }

    /// <summary>Gets the least denominator at which a unit's rate is judged against its peers; at least 1.</summary>
    public long MinimumDenominator { get; }

    /// <summary>Gets the absolute modified z-score above which a unit's rate is an outlier; greater than 0.</summary>
    public double OutlierThreshold { get; }

    /// <summary>Gets the plausible range of each indicator's rate, in percent; indicators without one are not bounded.</summary>
    public ImmutableDictionary<IndicatorCode, PlausibleRange> PlausibleRanges { get; }

    /// <summary>Gets how many threads the rules across reports may use at once; at least 1, and 1 by default.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Returns these settings with another degree of parallelism; the findings are the same whatever it is.</summary>
    /// <param name="maxDegreeOfParallelism">How many threads the rules may use at once, at least 1 (<see cref="Environment.ProcessorCount"/> to use every core).</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public ComparisonSettings WithMaxDegreeOfParallelism(int maxDegreeOfParallelism) => maxDegreeOfParallelism >= 1
        ? new(JumpFactor, PlanMatchThreshold, MinimumDenominator, OutlierThreshold, PlausibleRanges, maxDegreeOfParallelism)
        : throw Guard.OutOfRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, Message.ParallelismAtLeastOne.Format(maxDegreeOfParallelism));

    /// <summary>Returns these settings with another jump factor.</summary>
    /// <param name="factor">The factor, greater than 1.</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not greater than 1.</exception>
    public ComparisonSettings WithJumpFactor(decimal factor) => factor > 1m
        ? new(factor, PlanMatchThreshold, MinimumDenominator, OutlierThreshold, PlausibleRanges, MaxDegreeOfParallelism)
        : throw Guard.OutOfRange(nameof(factor), factor, Message.FactorAboveOne.Format(factor));

    /// <summary>Returns these settings with another plan match threshold.</summary>
    /// <param name="threshold">The least score, in (0, 1].</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in (0, 1].</exception>
    public ComparisonSettings WithPlanMatchThreshold(double threshold) => threshold is > 0 and <= 1
        ? new(JumpFactor, threshold, MinimumDenominator, OutlierThreshold, PlausibleRanges, MaxDegreeOfParallelism)
        : throw Guard.OutOfRange(nameof(threshold), threshold, Message.ThresholdInUnitInterval.Format(threshold));

    /// <summary>Returns these settings with another minimum denominator for judging a unit against its peers.</summary>
    /// <param name="denominator">The least denominator, at least 1.</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is less than 1.</exception>
    public ComparisonSettings WithMinimumDenominator(long denominator) => denominator >= 1
        ? new(JumpFactor, PlanMatchThreshold, denominator, OutlierThreshold, PlausibleRanges, MaxDegreeOfParallelism)
        : throw Guard.OutOfRange(nameof(denominator), denominator, Message.DenominatorAtLeastOne.Format(denominator));

    /// <summary>Returns these settings with another outlier threshold.</summary>
    /// <param name="threshold">The absolute modified z-score, finite and greater than 0.</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not finite and greater than 0.</exception>
    public ComparisonSettings WithOutlierThreshold(double threshold) => threshold > 0 && double.IsFinite(threshold)
        ? new(JumpFactor, PlanMatchThreshold, MinimumDenominator, threshold, PlausibleRanges, MaxDegreeOfParallelism)
        : throw Guard.OutOfRange(nameof(threshold), threshold, Message.ThresholdPositive.Format(threshold));

    /// <summary>Returns these settings with a plausible range for an indicator, replacing any it had.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="range">The range, in percent.</param>
    /// <returns>The new settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public ComparisonSettings WithPlausibleRange(IndicatorCode indicator, PlausibleRange range)
    {
        Guard.NotNull(indicator, nameof(indicator));
        return new(JumpFactor, PlanMatchThreshold, MinimumDenominator, OutlierThreshold, PlausibleRanges.SetItem(indicator, range), MaxDegreeOfParallelism);
    }
}

/// <summary>The range, in percent, a rate is expected to lie in; a rate outside it is implausible, not impossible.</summary>
public readonly record struct PlausibleRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="minimumPercent">The least plausible value, in percent.</param>
    /// <param name="maximumPercent">The greatest plausible value, in percent.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPercent"/> is greater than <paramref name="maximumPercent"/>.</exception>
    public PlausibleRange(decimal minimumPercent, decimal maximumPercent)
    {
        if (minimumPercent > maximumPercent)
        {
            throw Guard.OutOfRange(nameof(minimumPercent), minimumPercent, Message.MinimumAboveMaximum.Format(minimumPercent, maximumPercent));
        }

        MinimumPercent = minimumPercent;
        MaximumPercent = maximumPercent;
    }

    /// <summary>Gets the least plausible value, in percent.</summary>
    public decimal MinimumPercent { get; }

    /// <summary>Gets the greatest plausible value, in percent.</summary>
    public decimal MaximumPercent { get; }

    /// <summary>Tells whether a value, in percent, lies in the range (bounds included).</summary>
    /// <param name="percent">The value.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(decimal percent) => percent >= MinimumPercent && percent <= MaximumPercent;
}
