using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

/// <summary>How a computed value is rounded for presentation: a number of decimals and an explicit midpoint rule (修约规则).</summary>
/// <remarks>
/// <para>
/// Reports print rates with zero to two decimals. Everyday practice rounds half away from zero (四舍五入,
/// <see cref="Everyday(int)"/>); the national standard GB/T 8170-2008 rounds half to even
/// (<see cref="NationalStandard(int)"/>); some publishers simply cut digits off (<see cref="Truncating(int)"/>,
/// <see cref="MidpointRounding.ToZero"/>). .NET's <see cref="Math.Round(decimal)"/> defaults to half to even, so the
/// mode is always explicit here.
/// </para>
/// <para>
/// Equality compares the decimals and the mode; there is no order. The default value is zero decimals, half to even
/// (<see cref="MidpointRounding.ToEven"/>, the standard's rule).
/// </para>
/// </remarks>
public readonly struct RoundingPolicy : IEquatable<RoundingPolicy>
{
    /// <summary>The largest number of decimals a policy may keep.</summary>
    public const int MaxDecimals = 4;

    /// <summary>Creates a rounding policy.</summary>
    /// <param name="decimals">The number of decimals kept, from 0 to 4.</param>
    /// <param name="mode">How a value is rounded; every <see cref="MidpointRounding"/> member is allowed (<see cref="MidpointRounding.ToZero"/> truncates).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–4, or <paramref name="mode"/> is not a defined value.</exception>
    public RoundingPolicy(int decimals, MidpointRounding mode)
    {
        Guard.InRange(decimals, 0, MaxDecimals, nameof(decimals));
        Guard.Defined(mode, nameof(mode));
        Decimals = decimals;
        Mode = mode;
    }

    /// <summary>Gets the number of decimals kept.</summary>
    public int Decimals { get; }

    /// <summary>Gets the rounding mode.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>Gets the size of one unit in the last kept decimal, for example 0.1 for one decimal.</summary>
    public decimal Unit => Decimals switch
    {
        0 => 1m,
        1 => 0.1m,
        2 => 0.01m,
        3 => 0.001m,
        _ => 0.0001m,
    };

    /// <summary>Creates the everyday policy, 四舍五入: round half away from zero.</summary>
    /// <param name="decimals">The number of decimals kept, from 0 to 4.</param>
    /// <returns>A policy with <see cref="MidpointRounding.AwayFromZero"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–4.</exception>
    public static RoundingPolicy Everyday(int decimals) => new(decimals, MidpointRounding.AwayFromZero);

    /// <summary>Creates the GB/T 8170-2008 policy: round half to even.</summary>
    /// <param name="decimals">The number of decimals kept, from 0 to 4.</param>
    /// <returns>A policy with <see cref="MidpointRounding.ToEven"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–4.</exception>
    public static RoundingPolicy NationalStandard(int decimals) => new(decimals, MidpointRounding.ToEven);

    /// <summary>Creates a policy that cuts off the digits beyond the kept decimals.</summary>
    /// <param name="decimals">The number of decimals kept, from 0 to 4.</param>
    /// <returns>A policy with <see cref="MidpointRounding.ToZero"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–4.</exception>
    public static RoundingPolicy Truncating(int decimals) => new(decimals, MidpointRounding.ToZero);

    /// <summary>Rounds a value under this policy.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The value rounded to <see cref="Decimals"/> decimals by <see cref="Mode"/>.</returns>
    public decimal Round(decimal value) => Math.Round(value, Decimals, Mode);

    /// <inheritdoc/>
    public bool Equals(RoundingPolicy other) => Decimals == other.Decimals && Mode == other.Mode;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RoundingPolicy other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Decimals, Mode);

    /// <summary>Returns the decimals and the mode, for example <c>1 decimals, AwayFromZero</c>.</summary>
    /// <returns>A short invariant description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Decimals} decimals, {Mode}");

    /// <inheritdoc/>
    public static bool operator ==(RoundingPolicy left, RoundingPolicy right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(RoundingPolicy left, RoundingPolicy right) => !left.Equals(right);
}
