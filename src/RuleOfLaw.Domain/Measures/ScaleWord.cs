namespace RuleOfLaw.Domain.Measures;

/// <summary>The Chinese scale word printed after a number, which multiplies it: 万, 亿, or 成 after a share in tenths.</summary>
public enum ScaleWord
{
    /// <summary>No scale word was printed.</summary>
    None = 0,

    /// <summary>万: ten thousand (10⁴).</summary>
    TenThousand = 1,

    /// <summary>亿: one hundred million (10⁸).</summary>
    HundredMillion = 2,

    /// <summary>
    /// 成: a tenth of the whole, ten percent (×10 on a percentage). <c>七成</c> is a <see cref="QuantityKind.Percent"/>
    /// whose <see cref="Quantity.Value"/> is 7 as printed and whose <see cref="Quantity.ScaledValue"/> is 70 (%).
    /// </summary>
    /// <remarks>
    /// The printed value keeps its precision: 7 with no decimals stands, like any figure, for the values within half a
    /// unit of it (<see cref="Rates.PublishedFigure.IntervalUnder(System.MidpointRounding)"/>), so <c>七成</c> is the
    /// interval [6.5, 7.5) tenths, that is [65 %, 75 %) half away from zero, not the point 70 %; a breakdown check
    /// (ROL0033) takes it so.
    /// </remarks>
    TenPercent = 3,
}
