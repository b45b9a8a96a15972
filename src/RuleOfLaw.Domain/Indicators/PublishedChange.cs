using System;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>
/// A change from the previous year that a report prints for an indicator value (同比 / 较上年), such as
/// <c>较上年下降4.7个百分点</c> or <c>同比增长20%</c>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Figure"/> is signed: a fall (下降, 减少, 降低) is negative, so <c>下降4.7个百分点</c> is −4.7 percentage
/// points. It keeps the decimals printed, because a printed change is rounded like any printed figure; the rule across
/// years (<see cref="Validation.ValidationCodes.PublishedChangeInconsistent"/>) compares it with the change the two
/// reports' own figures give, within that rounding.
/// </para>
/// <para>A relative change cannot fall below −100 %, nor a change in percentage points leave −100 to 100.</para>
/// <para>Equality compares the figure (with its printed scale) and the unit; there is no order.</para>
/// </remarks>
public sealed record PublishedChange
{
    /// <summary>Creates a published change.</summary>
    /// <param name="figure">The change as printed, negative for a fall.</param>
    /// <param name="unit">What the change is measured in.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="unit"/> is not a defined value or is <see cref="ChangeUnit.Absolute"/> (an indicator value is a percentage), a relative change is below −100, or a change in percentage points is outside −100 to 100.
    /// </exception>
    [JsonConstructor]
    public PublishedChange(PublishedFigure figure, ChangeUnit unit)
    {
        Guard.Defined(unit, nameof(unit));
        if (unit == ChangeUnit.Absolute)
        {
            throw Guard.OutOfRange(nameof(unit), unit, Message.PublishedChangeUnit.Format(unit));
        }

        Guard.InRange(figure.Value, -100m, unit == ChangeUnit.Percent ? PublishedFigure.MaxMagnitude : 100m, nameof(figure));
        Figure = figure;
        Unit = unit;
    }

    /// <summary>Gets the change as printed, negative for a fall.</summary>
    public PublishedFigure Figure { get; }

    /// <summary>Gets what the change is measured in.</summary>
    public ChangeUnit Unit { get; }

    /// <summary>Returns the change as printed with its sign and unit.</summary>
    /// <returns>For example <c>-4.7 percentage points</c> or <c>+20%</c>.</returns>
    public override string ToString() =>
        (Figure.Value > 0m ? "+" : string.Empty) + Figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (Unit == ChangeUnit.Percent ? "%" : " percentage points");
}
