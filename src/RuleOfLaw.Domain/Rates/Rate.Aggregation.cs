using System;
using System.Collections.Generic;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

// This part of the type: pooling rates across units and periods by summing their counts (as DHIS2 aggregates indicators), and differences in percentage points (the type's documentation is on its main file).
public readonly partial struct Rate
{
    /// <summary>Pools this rate with another by adding numerators and denominators.</summary>
    /// <param name="other">The other part, for another unit or period.</param>
    /// <returns>The pooled rate; 0 of 0 parts add nothing.</returns>
    /// <exception cref="OverflowException">A summed count exceeds <see cref="long.MaxValue"/>.</exception>
    /// <remarks>
    /// The pooled rate is the rate of the summed counts, which lies between the smallest and the largest part. It is not
    /// the mean of the parts' rates: 1/1 pooled with 0/3 is 1/4 (25 %), while the mean of 100 % and 0 % is 50 %.
    /// </remarks>
    public Rate Add(Rate other) =>
        new(SumOf(Numerator, other.Numerator, "numerators"), SumOf(Denominator, other.Denominator, "denominators"));

    /// <summary>Pools rates by adding all numerators and all denominators.</summary>
    /// <param name="rates">The parts, for example one per enforcement unit or per year.</param>
    /// <returns>The pooled rate; <see cref="NotApplicable"/> for no parts or only 0 of 0 parts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="OverflowException">A summed count exceeds <see cref="long.MaxValue"/>.</exception>
    public static Rate Sum(IEnumerable<Rate> rates)
    {
        Guard.NotNull(rates, nameof(rates));
        var total = NotApplicable;
        foreach (var rate in rates)
        {
            total = total.Add(rate);
        }

        return total;
    }

    /// <summary>Gets the difference from another rate in percentage points (个百分点), such as a change since last year.</summary>
    /// <param name="other">The rate subtracted: last year's, or a benchmark scope's.</param>
    /// <returns>100 × (this − other), or <see langword="null"/> when either is not applicable.</returns>
    /// <remarks>
    /// The difference of the two fractions is formed exactly in 128-bit integers and divided once, so the result is
    /// correct to 28 significant digits; for counts above about 10^13 it falls back to subtracting the two exact percentages.
    /// </remarks>
    public decimal? PercentagePointsAbove(Rate other)
    {
        if (!IsApplicable || !other.IsApplicable)
        {
            return null;
        }

        var denominator = (Int128)Denominator * other.Denominator;
        if (denominator <= MaxExactProduct)
        {
            var difference = ((Int128)Numerator * other.Denominator) - ((Int128)other.Numerator * Denominator);
            return (decimal)(difference * 100) / (decimal)denominator;
        }

        return (100m * Numerator / Denominator) - (100m * other.Numerator / other.Denominator);
    }

    /// <summary>Gets the difference from a printed benchmark in percentage points, such as a district's 45 % against its city's printed 38.5 %.</summary>
    /// <param name="benchmark">The printed percentage of the benchmark scope or an earlier year.</param>
    /// <returns>The exact percentage minus the printed value (9/20 against 38.5 is 6.5), or <see langword="null"/> when not applicable.</returns>
    public decimal? PercentagePointsAbove(PublishedFigure benchmark) => ToExactPercent() - benchmark.Value;

    // Products up to 10^26 keep 100 × the difference of cross products inside decimal's 96-bit mantissa.
    private static readonly Int128 MaxExactProduct = (Int128)100_000_000_000_000_000L * 100_000_000L;

    private static long SumOf(long left, long right, string what)
    {
        if (left > long.MaxValue - right)
        {
            throw Guard.Overflow(Message.SumExceedsLargestCount.Format(what, left, right, long.MaxValue));
        }

        return left + right;
    }
}
