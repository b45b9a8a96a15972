using System;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Measures;

/// <summary>
/// What makes a printed quantity a change from an earlier period rather than a level (变化): its unit, its direction and
/// the base period when the text states it, as in <c>同比下降12.5%</c>, <c>较上年提升4.7个百分点</c> or <c>-8.0%</c>.
/// </summary>
/// <remarks>
/// <para>
/// The quantity's <see cref="Quantity.Value"/> stays the magnitude as printed (12.5 for <c>下降12.5%</c>); the direction
/// carries the sign, and <see cref="Quantity.SignedValue"/> applies it. The unit uses the vocabulary of
/// <see cref="PublishedChange"/>: a relative change in percent, a change in percentage points, or an absolute change in
/// the quantity's own unit.
/// </para>
/// <para>Equality compares unit, direction and base period; there is no order. There is no default: a record is a reference.</para>
/// </remarks>
public sealed record QuantityChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="unit">What the change is measured in.</param>
    /// <param name="direction">Which way the change goes.</param>
    /// <param name="basePeriod">The base period as printed (<c>同比</c>, <c>较上年</c>, <c>较2020年</c>), or <see langword="null"/> when the text states none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> or <paramref name="direction"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="basePeriod"/> is blank but not null.</exception>
    [JsonConstructor]
    public QuantityChange(ChangeUnit unit, ChangeDirection direction, string? basePeriod = null)
    {
        Guard.Defined(unit, nameof(unit));
        Guard.Defined(direction, nameof(direction));
        if (basePeriod is not null)
        {
            Guard.NotBlank(basePeriod, nameof(basePeriod));
        }

        Unit = unit;
        Direction = direction;
        BasePeriod = basePeriod;
    }

    /// <summary>Gets what the change is measured in.</summary>
    public ChangeUnit Unit { get; }

    /// <summary>Gets which way the change goes.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>Gets the base period as printed, such as <c>同比</c> or <c>较2020年</c>, if the text states one.</summary>
    public string? BasePeriod { get; }

    /// <summary>Returns the change in a short invariant form, such as <c>Down Percent since 同比</c>.</summary>
    /// <returns>The direction and unit, and the base period if stated.</returns>
    public override string ToString() => BasePeriod is null ? $"{Direction} {Unit}" : $"{Direction} {Unit} since {BasePeriod}";
}
