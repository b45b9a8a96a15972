using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

/// <summary>The one check of a printed rate against the counts a report states with it; reader, validator and CLI all call it.</summary>
/// <remarks>
/// <para>
/// A printed figure is itself rounded, so the check is an interval question: the figure stands for every value that an
/// accepted rounding rule turns into it, at the decimals it prints (<see cref="PublishedFigure.IntervalUnder"/>). The
/// accepted rules come from the rule set (<see cref="Validation.RuleSet.AcceptedRounding"/>): nationally, rounding to
/// nearest, half away from zero (四舍五入) or half to even (GB/T 8170-2008); truncation only where a rule set says so.
/// </para>
/// <para>
/// With both counts the figure is consistent or inconsistent (0 of 0 is not assessable). With one count the figure
/// cannot be confirmed, only refuted: the result lists the other counts it allows, and is inconsistent when it allows
/// none. Exact (integer arithmetic over the interval bounds); only <see cref="RateCheckResult.Explain()"/> allocates.
/// </para>
/// </remarks>
public static class RateCheck
{
    /// <summary>Checks a printed figure against the counts stated with it.</summary>
    /// <param name="numerator">The numerator stated with the figure, or <see langword="null"/>.</param>
    /// <param name="denominator">The denominator stated with the figure, or <see langword="null"/>.</param>
    /// <param name="published">The printed percentage.</param>
    /// <param name="accepted">The accepted rounding rules; at least one of <see cref="RoundingModes.All"/>.</param>
    /// <returns>The one result: outcome, agreeing rules, implied counts and an explanation on demand.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, the numerator exceeds the denominator, or <paramref name="accepted"/> is empty or holds an undefined flag.
    /// </exception>
    public static RateCheckResult Check(long? numerator, long? denominator, PublishedFigure published, RoundingModes accepted)
    {
        GuardCountsAndRounding(numerator, denominator, accepted);
        if (numerator > denominator)
        {
            throw Guard.OutOfRange(nameof(numerator), numerator, Message.NumeratorExceedsDenominator.Format(numerator, denominator));
        }

        return (numerator, denominator) switch
        {
            ({ } n1, { } d1) => CheckCounts(Rate.Of(n1, d1), published, accepted),
            ({ } n1, null) => CheckNumerator(n1, published, accepted),
            (null, { } d1) => CheckDenominator(d1, published, accepted),
            _ => new RateCheckResult(ConsistencyOutcome.NotAssessable, null, null, published, accepted, RoundingModes.None, RoundingModes.None, null, null, false),
        };
    }

    /// <summary>Throws for a negative count or for accepted rounding that names no rule or an undefined one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="accepted"/> is empty or holds an undefined flag.</exception>
    internal static void GuardCountsAndRounding(long? numerator, long? denominator, RoundingModes accepted)
    {
        if (accepted == RoundingModes.None || (accepted & ~RoundingModes.All) != 0)
        {
            throw Guard.OutOfRange(nameof(accepted), accepted, Message.AcceptedRoundingMustNameOne.Format(accepted));
        }

        if (numerator is { } n)
        {
            Guard.NotNegative(n, nameof(numerator));
        }

        if (denominator is { } d)
        {
            Guard.NotNegative(d, nameof(denominator));
        }
    }

    /// <summary>Checks a printed figure against a rate's two counts.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="published">The printed percentage.</param>
    /// <param name="accepted">The accepted rounding rules; at least one of <see cref="RoundingModes.All"/>.</param>
    /// <returns>The result; see <see cref="Check(long?, long?, PublishedFigure, RoundingModes)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accepted"/> is empty or holds an undefined flag.</exception>
    public static RateCheckResult Check(Rate rate, PublishedFigure published, RoundingModes accepted) =>
        Check(rate.Numerator, rate.Denominator, published, accepted);

    /// <summary>Gets the rounding rules (half away from zero, half to even, truncation) under which a rate gives a figure.</summary>
    /// <param name="rate">The rate; the figure is read as a percentage.</param>
    /// <param name="published">The printed percentage.</param>
    /// <returns>The agreeing rules; <see cref="RoundingModes.None"/> when none agrees or the rate is not applicable.</returns>
    internal static RoundingModes AgreeingModes(Rate rate, PublishedFigure published)
    {
        var modes = RoundingModes.None;
        if (published.Interval(MidpointRounding.AwayFromZero).Contains(rate))
        {
            modes |= RoundingModes.HalfAwayFromZero;
        }

        if (published.Interval(MidpointRounding.ToEven).Contains(rate))
        {
            modes |= RoundingModes.HalfToEven;
        }

        if (published.Interval(MidpointRounding.ToZero).Contains(rate))
        {
            modes |= RoundingModes.Truncation;
        }

        return modes;
    }

    private static RateCheckResult CheckCounts(Rate rate, PublishedFigure published, RoundingModes accepted)
    {
        if (!rate.IsApplicable)
        {
            return new RateCheckResult(ConsistencyOutcome.NotAssessable, rate.Numerator, rate.Denominator, published, accepted, RoundingModes.None, RoundingModes.None, null, null, false);
        }

        var all = AgreeingModes(rate, published);
        var agreeing = all & accepted;
        var outcome = agreeing == RoundingModes.None ? ConsistencyOutcome.Inconsistent : ConsistencyOutcome.Consistent;
        var extreme = (published.Value == 100m && rate.Numerator != rate.Denominator) || (published.Value == 0m && rate.Numerator != 0);
        return new RateCheckResult(outcome, rate.Numerator, rate.Denominator, published, accepted, agreeing, all & ~accepted, null, null, extreme);
    }

    private static RateCheckResult CheckNumerator(long numerator, PublishedFigure published, RoundingModes accepted)
    {
        var range = CountRange.Of(Math.Max(1, numerator), long.MaxValue);
        var implied = CountRange.Empty;
        var agreeing = RoundingModes.None;
        foreach (var (flag, mode) in Modes)
        {
            if ((accepted & flag) != 0)
            {
                var denominators = published.DenominatorsFor(numerator, mode, range);
                if (!denominators.IsEmpty)
                {
                    agreeing |= flag;
                    implied = Union(implied, denominators);
                }
            }
        }

        var outcome = implied.IsEmpty ? ConsistencyOutcome.Inconsistent : ConsistencyOutcome.NotAssessable;
        return new RateCheckResult(outcome, numerator, null, published, accepted, agreeing, RoundingModes.None, null, implied, false);
    }

    private static RateCheckResult CheckDenominator(long denominator, PublishedFigure published, RoundingModes accepted)
    {
        if (denominator == 0)
        {
            return new RateCheckResult(ConsistencyOutcome.NotAssessable, null, denominator, published, accepted, RoundingModes.None, RoundingModes.None, null, null, false);
        }

        var implied = CountRange.Empty;
        var agreeing = RoundingModes.None;
        foreach (var (flag, mode) in Modes)
        {
            if ((accepted & flag) != 0)
            {
                var numerators = published.NumeratorsFor(denominator, mode);
                if (!numerators.IsEmpty)
                {
                    agreeing |= flag;
                    implied = Union(implied, numerators);
                }
            }
        }

        var outcome = implied.IsEmpty ? ConsistencyOutcome.Inconsistent : ConsistencyOutcome.NotAssessable;
        return new RateCheckResult(outcome, null, denominator, published, accepted, agreeing, RoundingModes.None, implied, null, false);
    }

    // Every interval of one figure contains the figure's own value, so the count ranges of two rules overlap or touch:
    // their union is one range.
    private static CountRange Union(CountRange a, CountRange b) =>
        a.IsEmpty ? b : b.IsEmpty ? a : CountRange.Between(Math.Min(a.Min, b.Min), Math.Max(a.Max, b.Max));

    private static readonly (RoundingModes Flag, MidpointRounding Mode)[] Modes =
    [
        (RoundingModes.HalfAwayFromZero, MidpointRounding.AwayFromZero),
        (RoundingModes.HalfToEven, MidpointRounding.ToEven),
        (RoundingModes.Truncation, MidpointRounding.ToZero),
    ];
}
