using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

/// <summary>A contiguous range of counts, both ends included, such as the denominators a printed rate allows.</summary>
/// <remarks>
/// <para>
/// Back-solving a printed figure yields such a range: 12 appearances at a printed 40 % (no decimals, half away from
/// zero) allow exactly the denominators [30, 30]. The range is computed from the interval bounds, so its cost does
/// not depend on its size.
/// </para>
/// <para>
/// Equality compares the ends; every empty range equals <see cref="Empty"/>. There is no order. The default value is
/// [0, 0], holding 0 alone.
/// </para>
/// </remarks>
public readonly struct CountRange : IEquatable<CountRange>
{
    private CountRange(long min, long max) => (Min, Max) = (min, max);

    /// <summary>Gets the empty range; its <see cref="Min"/> is 1 and its <see cref="Max"/> is 0.</summary>
    public static CountRange Empty => new(1, 0);

    /// <summary>Gets the smallest count in the range (meaningless when <see cref="IsEmpty"/>).</summary>
    public long Min { get; }

    /// <summary>Gets the largest count in the range (meaningless when <see cref="IsEmpty"/>).</summary>
    public long Max { get; }

    /// <summary>Gets a value indicating whether the range holds no count.</summary>
    public bool IsEmpty => Max < Min;

    /// <summary>Gets the number of counts in the range; the whole range 0 to <see cref="long.MaxValue"/> reports <see cref="long.MaxValue"/>.</summary>
    public long Count => IsEmpty ? 0 : Max - Min == long.MaxValue ? long.MaxValue : Max - Min + 1;

    /// <summary>Creates a range from its ends; a minimum above the maximum gives <see cref="Empty"/>.</summary>
    /// <param name="min">The smallest count, not negative.</param>
    /// <param name="max">The largest count, not negative.</param>
    /// <returns>The range [min, max], or <see cref="Empty"/> when <paramref name="min"/> exceeds <paramref name="max"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is negative.</exception>
    public static CountRange Of(long min, long max)
    {
        Guard.NotNegative(min, nameof(min));
        Guard.NotNegative(max, nameof(max));
        return Between(min, max);
    }

    /// <summary>Determines whether a count lies in the range.</summary>
    /// <param name="count">The count.</param>
    /// <returns><see langword="true"/> when <see cref="Min"/> ≤ <paramref name="count"/> ≤ <see cref="Max"/>.</returns>
    public bool Contains(long count) => count >= Min && count <= Max;

    /// <summary>Returns the counts this range shares with another.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>The common range, possibly <see cref="Empty"/>.</returns>
    public CountRange Intersect(CountRange other) => Between(Math.Max(Min, other.Min), Math.Min(Max, other.Max));

    /// <inheritdoc/>
    public bool Equals(CountRange other) => (IsEmpty && other.IsEmpty) || (Min == other.Min && Max == other.Max);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsEmpty ? 0 : HashCode.Combine(Min, Max);

    /// <summary>Returns the range as <c>[min, max]</c>, or <c>empty</c>.</summary>
    /// <returns>The ends in the invariant culture.</returns>
    public override string ToString() =>
        IsEmpty ? "empty" : string.Create(CultureInfo.InvariantCulture, $"[{Min}, {Max}]");

    /// <inheritdoc/>
    public static bool operator ==(CountRange left, CountRange right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(CountRange left, CountRange right) => !left.Equals(right);

    internal static CountRange Between(long min, long max) => min > max ? Empty : new CountRange(min, max);
}
