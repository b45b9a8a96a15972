using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

// This part of the type: the interval a printed figure stands for, and comparisons of printings (the type's documentation is on its main file).
public readonly partial struct PublishedFigure
{
    private static readonly decimal[] Units =
    {
        1m, 0.1m, 0.01m, 0.001m, 0.0001m, 0.00001m, 0.000001m, 0.0000001m, 0.00000001m, 0.000000001m, 0.0000000001m,
    };

    private static readonly decimal[] HalfUnits =
    {
        0.5m, 0.05m, 0.005m, 0.0005m, 0.00005m, 0.000005m, 0.0000005m, 0.00000005m, 0.000000005m, 0.0000000005m, 0.00000000005m,
    };

    private static readonly decimal[] Scales =
    {
        1m, 10m, 100m, 1_000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m, 100_000_000m, 1_000_000_000m, 10_000_000_000m,
    };

    /// <summary>Gets the decimals the interval is taken at: the claimed decimals, or more when non-zero digits are printed beyond them.</summary>
    internal int IntervalDecimals
    {
        get
        {
            var decimals = Decimals;
            while (decimals < MaxDecimals && Math.Round(Value, decimals, MidpointRounding.ToZero) != Value)
            {
                decimals++;
            }

            return decimals;
        }
    }

    /// <summary>Gets the interval of values that a rounding rule turns into this figure.</summary>
    /// <param name="mode">The rounding rule; <see cref="MidpointRounding.ToZero"/> truncates.</param>
    /// <returns>
    /// For <c>42.8</c> at one decimal: [42.75, 42.85) half away from zero; [42.75, 42.85] half to even (the last digit 8
    /// is even, so both halves round to it; for <c>42.9</c> both ends are open); [42.8, 42.9) truncating.
    /// Negative figures mirror these ends.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    /// <remarks>Does not allocate.</remarks>
    public RoundingInterval IntervalUnder(MidpointRounding mode)
    {
        Guard.Defined(mode, nameof(mode));
        return Interval(mode);
    }

    /// <summary>Compares two printings of the same indicator for the same scope and period, such as the summary's and the body's.</summary>
    /// <param name="other">The other printing; it may print another number of decimals (<c>42.9</c> against <c>42.86</c>).</param>
    /// <param name="mode">The rounding rule both were printed with.</param>
    /// <returns><see cref="PrintingAgreement.Agree"/> when some value rounds to both, otherwise <see cref="PrintingAgreement.Conflict"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    /// <remarks>A conflict is a self-contradiction of the report, a finding of its own kind, not a wrong rate.</remarks>
    public PrintingAgreement ComparePrinting(PublishedFigure other, MidpointRounding mode)
    {
        Guard.Defined(mode, nameof(mode));
        return Interval(mode).Intersects(other.Interval(mode)) ? PrintingAgreement.Agree : PrintingAgreement.Conflict;
    }

    /// <summary>Gets the difference from another printed figure, such as a change between years or the gap to a benchmark scope (个百分点).</summary>
    /// <param name="other">The figure subtracted: last year's, or the benchmark's.</param>
    /// <returns>The exact difference of the printed values: 45 against 38.5 is 6.5 (percentage points when both are percentages).</returns>
    public decimal PercentagePointsAbove(PublishedFigure other) => Value - other.Value;

    internal RoundingInterval Interval(MidpointRounding mode)
    {
        var decimals = IntervalDecimals;
        var value = Value;
        var unit = Units[decimals];
        var half = HalfUnits[decimals];
        switch (mode)
        {
            case MidpointRounding.AwayFromZero:
                return value > 0m ? new RoundingInterval(value - half, true, value + half, false)
                    : value < 0m ? new RoundingInterval(value - half, false, value + half, true)
                    : new RoundingInterval(-half, false, half, false);
            case MidpointRounding.ToEven:
                // A tie rounds to the even last digit: the figure owns both of its halves when its last kept digit is even.
                var even = decimal.Truncate(value * Scales[decimals]) % 2m == 0m;
                return new RoundingInterval(value - half, even, value + half, even);
            case MidpointRounding.ToZero:
                return value > 0m ? new RoundingInterval(value, true, value + unit, false)
                    : value < 0m ? new RoundingInterval(value - unit, false, value, true)
                    : new RoundingInterval(-unit, false, unit, false);
            case MidpointRounding.ToNegativeInfinity:
                return new RoundingInterval(value, true, value + unit, false);
            default:
                return new RoundingInterval(value - unit, false, value, true);
        }
    }
}
