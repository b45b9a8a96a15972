using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

/// <summary>A proportion of two counts, such as a reconsideration correction rate (行政复议纠错率).</summary>
/// <remarks>
/// <para>
/// A rate keeps its raw counts: the numerator (cases corrected) and the denominator (cases concluded). Both are
/// non-negative and the numerator never exceeds the denominator. <c>0/0</c> is "not applicable": it has no value,
/// and is never shown as 0 % or 100 %.
/// </para>
/// <para>
/// Equality is structural: 1/2 and 2/4 differ though their values match, so there is no <see cref="IComparable{T}"/>;
/// compare or sort by value with <see cref="ByValue"/>. The default value is 0 of 0, which is not applicable.
/// </para>
/// </remarks>
public readonly partial struct Rate : IEquatable<Rate>
{
    private Rate(long numerator, long denominator) => (Numerator, Denominator) = (numerator, denominator);

    /// <summary>Gets the rate that is not applicable, 0 of 0 (the default value).</summary>
    public static Rate NotApplicable => default;

    /// <summary>Gets a comparer that orders and equates rates by their value, so that 1/2 equals 2/4.</summary>
    /// <remarks>Not-applicable rates equal each other and sort before every applicable rate.</remarks>
    public static RateValueComparer ByValue => RateValueComparer.Instance;

    /// <summary>Gets the count of cases that meet the rate's condition.</summary>
    public long Numerator { get; }

    /// <summary>Gets the count of cases the rate is taken over.</summary>
    public long Denominator { get; }

    /// <summary>Gets a value indicating whether the rate has a value: its denominator is not zero.</summary>
    public bool IsApplicable => Denominator != 0;

    /// <summary>Gets the exact value of the rate as a fraction between 0 and 1, or <see langword="null"/> when not applicable.</summary>
    /// <remarks>Computed with <see cref="decimal"/> division: exact to 28 significant digits.</remarks>
    public decimal? Value => IsApplicable ? (decimal)Numerator / Denominator : null;

    /// <summary>Creates a rate from its counts.</summary>
    /// <param name="numerator">The count of cases that meet the condition.</param>
    /// <param name="denominator">The count of cases the rate is taken over.</param>
    /// <returns>The rate; <c>Of(0, 0)</c> is <see cref="NotApplicable"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    public static Rate Of(long numerator, long denominator)
    {
        Guard.NotNegative(numerator, nameof(numerator));
        Guard.NotNegative(denominator, nameof(denominator));
        Guard.AtMost(numerator, denominator, nameof(numerator), nameof(denominator));
        return new Rate(numerator, denominator);
    }

    /// <summary>Gets the exact value as a percentage, unrounded, or <see langword="null"/> when not applicable.</summary>
    /// <returns>100 × numerator / denominator, exact to 28 significant digits.</returns>
    public decimal? ToExactPercent() => IsApplicable ? 100m * Numerator / Denominator : null;

    /// <summary>Gets the value as a percentage rounded once under a policy, or <see langword="null"/> when not applicable.</summary>
    /// <param name="policy">The decimals and midpoint rule to round with.</param>
    /// <returns>The rounded percentage, between 0 and 100 inclusive.</returns>
    /// <remarks>Does not allocate.</remarks>
    public decimal? ToPercent(RoundingPolicy policy) => IsApplicable ? policy.Round(100m * Numerator / Denominator) : null;

    /// <inheritdoc/>
    public bool Equals(Rate other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Returns the counts as <c>numerator/denominator</c>, for example <c>2/11</c>.</summary>
    /// <returns>The counts in the invariant culture.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    /// <inheritdoc/>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);
}
