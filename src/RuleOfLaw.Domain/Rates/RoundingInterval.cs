using System;
using System.Globalization;

namespace RuleOfLaw.Domain.Rates;

/// <summary>The values that a rounding rule turns into one printed figure, such as [42.85, 42.95) for <c>42.9</c> rounded half away from zero.</summary>
/// <remarks>
/// <para>
/// Each end is a decimal that is either included (closed, <c>[</c> or <c>]</c>) or excluded (open, <c>(</c> or <c>)</c>).
/// Get an interval from <see cref="PublishedFigure.IntervalUnder(MidpointRounding)"/>. Membership of a rate is decided
/// exactly, by cross-multiplying its counts with the bounds in 128-bit integers, never by rounding the rate.
/// </para>
/// <para>
/// Equality compares the bound values (<c>42.85</c> equals <c>42.850</c>) and whether each end is included; there is no
/// order. The default value is the closed interval [0, 0], holding 0 alone.
/// </para>
/// </remarks>
public readonly struct RoundingInterval : IEquatable<RoundingInterval>
{
    private readonly bool _lowerExcluded;
    private readonly bool _upperExcluded;

    internal RoundingInterval(decimal lower, bool includesLower, decimal upper, bool includesUpper)
    {
        Lower = lower;
        Upper = upper;
        _lowerExcluded = !includesLower;
        _upperExcluded = !includesUpper;
    }

    /// <summary>Gets the lower end.</summary>
    public decimal Lower { get; }

    /// <summary>Gets the upper end.</summary>
    public decimal Upper { get; }

    /// <summary>Gets a value indicating whether the lower end belongs to the interval (closed, <c>[</c>).</summary>
    public bool IncludesLower => !_lowerExcluded;

    /// <summary>Gets a value indicating whether the upper end belongs to the interval (closed, <c>]</c>).</summary>
    public bool IncludesUpper => !_upperExcluded;

    /// <summary>Determines whether a value lies in the interval.</summary>
    /// <param name="value">The value, in the figure's unit (percent for a rate).</param>
    /// <returns><see langword="true"/> when the value lies between the ends, each end counted only when included.</returns>
    public bool Contains(decimal value) =>
        (value > Lower || (value == Lower && !_lowerExcluded)) && (value < Upper || (value == Upper && !_upperExcluded));

    /// <summary>Determines, exactly, whether a rate's percentage (100 × numerator / denominator) lies in the interval.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns><see langword="true"/> when the rate is applicable and its exact percentage lies in the interval.</returns>
    /// <remarks>Does not allocate; 3/7 = 42.857…% is compared with 42.85 as 300 × 100 against 4285 × 7.</remarks>
    public bool Contains(Rate rate)
    {
        if (!rate.IsApplicable)
        {
            return false;
        }

        var lower = ExactPercent.Compare(rate.Numerator, rate.Denominator, Lower);
        if (lower < 0 || (lower == 0 && _lowerExcluded))
        {
            return false;
        }

        var upper = ExactPercent.Compare(rate.Numerator, rate.Denominator, Upper);
        return upper < 0 || (upper == 0 && !_upperExcluded);
    }

    /// <summary>Determines whether this interval and another share at least one value.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when some value lies in both.</returns>
    public bool Intersects(RoundingInterval other)
    {
        var (lower, lowerExcluded) = Lower > other.Lower ? (Lower, _lowerExcluded)
            : Lower < other.Lower ? (other.Lower, other._lowerExcluded)
            : (Lower, _lowerExcluded || other._lowerExcluded);
        var (upper, upperExcluded) = Upper < other.Upper ? (Upper, _upperExcluded)
            : Upper > other.Upper ? (other.Upper, other._upperExcluded)
            : (Upper, _upperExcluded || other._upperExcluded);
        return lower < upper || (lower == upper && !lowerExcluded && !upperExcluded);
    }

    /// <inheritdoc/>
    public bool Equals(RoundingInterval other) =>
        Lower == other.Lower && Upper == other.Upper && _lowerExcluded == other._lowerExcluded && _upperExcluded == other._upperExcluded;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RoundingInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, _lowerExcluded, _upperExcluded);

    /// <summary>Returns the interval in mathematical notation, for example <c>[42.85, 42.95)</c>.</summary>
    /// <returns>The ends in the invariant culture, with brackets for included ends and parentheses for excluded ones.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(_lowerExcluded ? '(' : '[')}{Lower}, {Upper}{(_upperExcluded ? ')' : ']')}");

    /// <inheritdoc/>
    public static bool operator ==(RoundingInterval left, RoundingInterval right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(RoundingInterval left, RoundingInterval right) => !left.Equals(right);
}
