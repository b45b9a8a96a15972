using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Comparison;

/// <summary>The thresholds of the rules that compare reports with each other; <see cref="Default"/> unless a caller sets them.</summary>
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
/// </remarks>
public sealed record ComparisonSettings
{
    private readonly decimal _jumpFactor = 5m;
    private readonly double _planMatchThreshold = 0.3;
    private readonly long _minimumDenominator = 20;
    private readonly double _outlierThreshold = 3.5;
    private readonly ImmutableDictionary<IndicatorCode, PlausibleRange> _plausibleRanges = ImmutableDictionary<IndicatorCode, PlausibleRange>.Empty;

    /// <summary>Gets the default settings: factor 5, plan match 0.3, minimum denominator 20, outlier threshold 3.5, no plausible ranges.</summary>
    public static ComparisonSettings Default { get; } = new();

    /// <summary>Gets the factor beyond which a change from one year to the next is a jump; greater than 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not greater than 1.</exception>
    public decimal JumpFactor
    {
        get => _jumpFactor;
        init => _jumpFactor = value > 1m ? value : throw new ArgumentOutOfRangeException(nameof(JumpFactor), value, "JumpFactor must be greater than 1");
    }

    /// <summary>Gets the least score, greater than 0 and at most 1, at which a plan item counts as carried out.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not in (0, 1].</exception>
    public double PlanMatchThreshold
    {
        get => _planMatchThreshold;
        init => _planMatchThreshold = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(PlanMatchThreshold), value, "PlanMatchThreshold must be in (0, 1]");
    }

    /// <summary>Gets the least denominator at which a unit's rate is judged against its peers; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public long MinimumDenominator
    {
        get => _minimumDenominator;
        init => _minimumDenominator = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumDenominator), value, "MinimumDenominator must be at least 1");
    }

    /// <summary>Gets the absolute modified z-score above which a unit's rate is an outlier; greater than 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not greater than 0 or not finite.</exception>
    public double OutlierThreshold
    {
        get => _outlierThreshold;
        init => _outlierThreshold = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(OutlierThreshold), value, "OutlierThreshold must be a finite number greater than 0");
    }

    /// <summary>Gets the plausible range of each indicator's rate, in percent; indicators without one are not bounded.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ImmutableDictionary<IndicatorCode, PlausibleRange> PlausibleRanges
    {
        get => _plausibleRanges;
        init => _plausibleRanges = value ?? throw new ArgumentNullException(nameof(PlausibleRanges));
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
            throw new ArgumentOutOfRangeException(nameof(minimumPercent), minimumPercent, Messages.Format("minimumPercent ({0}) must not exceed maximumPercent ({1})", minimumPercent, maximumPercent));
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
