using System;
using System.Collections.Generic;

namespace RuleOfLaw.Domain.Rates;

/// <summary>Compares and equates rates by their value rather than their counts, so that 1/2 equals 2/4.</summary>
/// <remarks>
/// Values are compared by cross-multiplying the counts in 128-bit integers, so the comparison is exact and never
/// overflows. Not-applicable rates (0 of 0) equal each other and sort before every applicable rate. Get the single
/// instance from <see cref="Rate.ByValue"/>.
/// </remarks>
public sealed class RateValueComparer : IComparer<Rate>, IEqualityComparer<Rate>
{
    private RateValueComparer()
    {
    }

    internal static RateValueComparer Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(Rate x, Rate y)
    {
        if (!x.IsApplicable || !y.IsApplicable)
        {
            return x.IsApplicable.CompareTo(y.IsApplicable);
        }

        return ((Int128)x.Numerator * y.Denominator).CompareTo((Int128)y.Numerator * x.Denominator);
    }

    /// <inheritdoc/>
    public bool Equals(Rate x, Rate y) => Compare(x, y) == 0;

    /// <inheritdoc/>
    public int GetHashCode(Rate obj)
    {
        if (!obj.IsApplicable)
        {
            return 0;
        }

        var divisor = GreatestCommonDivisor(obj.Numerator, obj.Denominator);
        return HashCode.Combine(obj.Numerator / divisor, obj.Denominator / divisor);
    }

    private static long GreatestCommonDivisor(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
