using System;

namespace RuleOfLaw.Domain.Rates;

/// <summary>Exact comparisons between a rate's percentage, 100 × n / d, and a decimal bound, by cross-multiplying in 128 bits.</summary>
/// <remarks>
/// Bounds come from printed figures and targets, which keep at most <see cref="PublishedFigure.MaxDecimals"/> decimals, so
/// interval bounds have at most 11. Only bounds within [0, 100] are ever multiplied out: the mantissa is then below
/// 10^14 and every product stays below 10^33, far inside <see cref="Int128"/>.
/// </remarks>
internal static class ExactPercent
{
    /// <summary>The largest scale a bound may have for the 128-bit path.</summary>
    internal const int MaxScale = 12;

    private static readonly long[] PowersOfTen =
    {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
    };

    private static readonly decimal[] DecimalPowersOfTen =
    {
        1m, 10m, 100m, 1_000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m, 100_000_000m, 1_000_000_000m,
        10_000_000_000m, 100_000_000_000m, 1_000_000_000_000m,
    };

    /// <summary>Gets 10^scale for a scale from 0 to 12.</summary>
    internal static long PowerOfTen(int scale) => PowersOfTen[scale];

    /// <summary>Splits a bound within [0, 100] into an integer mantissa and a power-of-ten scale: bound = mantissa / 10^scale.</summary>
    internal static (Int128 Mantissa, int Scale) Split(decimal bound)
    {
        var scale = bound.Scale;
        if (scale > MaxScale)
        {
            // Trailing zeros only: drop them until the scale fits (bounds never carry more real digits).
            bound = Math.Round(bound, MaxScale, MidpointRounding.ToZero);
            scale = MaxScale;
        }

        return ((Int128)(bound * DecimalPowersOfTen[scale]), scale);
    }

    /// <summary>Returns the sign of 100 × numerator / denominator − bound, exactly.</summary>
    /// <param name="numerator">A count from 0 to the denominator.</param>
    /// <param name="denominator">A positive count.</param>
    /// <param name="bound">The bound to compare with.</param>
    internal static int Compare(long numerator, long denominator, decimal bound)
    {
        if (bound < 0m)
        {
            return 1;
        }

        if (bound > 100m)
        {
            return -1;
        }

        var (mantissa, scale) = Split(bound);
        var left = (Int128)numerator * 100 * PowersOfTen[scale];
        var right = mantissa * denominator;
        return left.CompareTo(right);
    }

    /// <summary>Returns the least integer not below <paramref name="dividend"/> / <paramref name="divisor"/>, both non-negative, the divisor positive.</summary>
    internal static Int128 CeilingDivide(Int128 dividend, Int128 divisor) => (dividend + divisor - 1) / divisor;

    /// <summary>Clamps a 128-bit value into the range of <see cref="long"/>.</summary>
    internal static long Clamp(Int128 value) =>
        value > long.MaxValue ? long.MaxValue : value < long.MinValue ? long.MinValue : (long)value;
}
