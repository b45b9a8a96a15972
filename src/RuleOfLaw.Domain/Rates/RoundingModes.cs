using System;

namespace RuleOfLaw.Domain.Rates;

/// <summary>The rounding rules under which a value agrees with a printed figure; a set of flags.</summary>
/// <remarks>
/// <see cref="Nearest"/> means both rounding-to-nearest rules agree; <see cref="None"/> means the figure is wrong under
/// every rule checked. Rates are never negative, so truncation (toward zero) and rounding down coincide for them.
/// </remarks>
[Flags]
public enum RoundingModes
{
    /// <summary>No rule turns the value into the figure.</summary>
    None = 0,

    /// <summary>Rounding half away from zero (四舍五入, <see cref="MidpointRounding.AwayFromZero"/>).</summary>
    HalfAwayFromZero = 1,

    /// <summary>Rounding half to even (GB/T 8170-2008, <see cref="MidpointRounding.ToEven"/>).</summary>
    HalfToEven = 2,

    /// <summary>Cutting the extra digits off (<see cref="MidpointRounding.ToZero"/>).</summary>
    Truncation = 4,

    /// <summary>Both rounding-to-nearest rules.</summary>
    Nearest = HalfAwayFromZero | HalfToEven,

    /// <summary>Every rule: nearest and truncation.</summary>
    All = Nearest | Truncation,
}
