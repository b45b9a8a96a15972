using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

// This part of the type: back-solving: the counts a printed percentage allows (the type's documentation is on its main file).
public readonly partial struct PublishedFigure
{
    /// <summary>Gets every denominator in a range that gives this printed percentage with a known numerator.</summary>
    /// <param name="numerator">The known numerator, for example 12 heads of agency who appeared in court.</param>
    /// <param name="mode">The rounding rule the figure was printed with.</param>
    /// <param name="searchRange">The denominators to consider; only those of at least the numerator and at least 1 can give a rate.</param>
    /// <returns>
    /// The consistent denominators: 12 at a printed <c>40</c> (no decimals, half away from zero) gives exactly [30, 30].
    /// Computed from the interval bounds (numerator × 100 / upper ≤ d ≤ numerator × 100 / lower, each end open or closed as
    /// the interval's is), so the cost does not depend on the size of <paramref name="searchRange"/>. Does not allocate.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numerator"/> is negative, or <paramref name="mode"/> is not a defined value.</exception>
    public CountRange DenominatorsFor(long numerator, MidpointRounding mode, CountRange searchRange)
    {
        Guard.NotNegative(numerator, nameof(numerator));
        Guard.Defined(mode, nameof(mode));
        var interval = Interval(mode);
        var range = searchRange.Intersect(CountRange.Between(Math.Max(numerator, 1L), long.MaxValue));
        if (range.IsEmpty)
        {
            return CountRange.Empty;
        }

        if (numerator == 0)
        {
            return interval.Contains(0m) ? range : CountRange.Empty;
        }

        if (interval.Lower > 100m || interval.Upper <= 0m)
        {
            return CountRange.Empty;
        }

        var min = range.Min;
        var max = range.Max;
        if (interval.Lower > 0m)
        {
            // 100n / d ≥ L  ⇔  d ≤ 100n·10^s / a, with L = a / 10^s; an open end makes it strict.
            var (a, s) = ExactPercent.Split(interval.Lower);
            var x = (Int128)numerator * 100 * ExactPercent.PowerOfTen(s);
            max = Math.Min(max, ExactPercent.Clamp(interval.IncludesLower ? x / a : (x - 1) / a));
        }

        if (interval.Upper <= 100m)
        {
            // 100n / d ≤ U  ⇔  d ≥ 100n·10^t / b, with U = b / 10^t; an open end makes it strict.
            var (b, t) = ExactPercent.Split(interval.Upper);
            var y = (Int128)numerator * 100 * ExactPercent.PowerOfTen(t);
            min = Math.Max(min, ExactPercent.Clamp(interval.IncludesUpper ? ExactPercent.CeilingDivide(y, b) : (y / b) + 1));
        }

        return CountRange.Between(min, max);
    }

    /// <summary>Gets every numerator that gives this printed percentage over a known denominator.</summary>
    /// <param name="denominator">The known denominator, at least 1.</param>
    /// <param name="mode">The rounding rule the figure was printed with.</param>
    /// <returns>The consistent numerators between 0 and <paramref name="denominator"/>, computed from the interval bounds; possibly empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is below 1, or <paramref name="mode"/> is not a defined value.</exception>
    public CountRange NumeratorsFor(long denominator, MidpointRounding mode)
    {
        Guard.InRange(denominator, 1L, long.MaxValue, nameof(denominator));
        Guard.Defined(mode, nameof(mode));
        var interval = Interval(mode);
        if (interval.Lower > 100m || interval.Upper < 0m)
        {
            return CountRange.Empty;
        }

        var min = 0L;
        var max = denominator;
        if (interval.Lower >= 0m)
        {
            // 100n / d ≥ a / 10^s  ⇔  n ≥ a·d / (100·10^s).
            var (a, s) = ExactPercent.Split(interval.Lower);
            var p = a * denominator;
            var q = (Int128)100 * ExactPercent.PowerOfTen(s);
            min = Math.Max(min, ExactPercent.Clamp(interval.IncludesLower ? ExactPercent.CeilingDivide(p, q) : (p / q) + 1));
        }

        if (interval.Upper <= 100m)
        {
            // 100n / d ≤ b / 10^t  ⇔  n ≤ b·d / (100·10^t).
            var (b, t) = ExactPercent.Split(interval.Upper);
            var p = b * denominator;
            var q = (Int128)100 * ExactPercent.PowerOfTen(t);
            max = Math.Min(max, ExactPercent.Clamp(interval.IncludesUpper ? p / q : ExactPercent.CeilingDivide(p, q) - 1));
        }

        return CountRange.Between(min, max);
    }
}
