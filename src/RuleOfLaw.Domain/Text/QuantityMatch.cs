using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>A quantity found in report text: where it is, what was printed, and what it means.</summary>
/// <remarks>
/// What it means is kept once, as the <see cref="Measures.Quantity"/> the syntax and the report hold, made when the scanner
/// finds it; the other members read it. Equality compares the places, the decimals and the quantity.
/// </remarks>
internal sealed record QuantityMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="start">The UTF-16 index of the first character, including a qualifier word printed before the number.</param>
    /// <param name="length">The UTF-16 length, up to and including the unit and a qualifier printed after it.</param>
    /// <param name="text">The printed text, <c>text.Substring(Start, Length)</c>.</param>
    /// <param name="value">The number as printed, before its scale word: 1.12 in <c>1.12亿元</c>.</param>
    /// <param name="decimals">The digits printed after the decimal point.</param>
    /// <param name="scale">The scale word printed after the number.</param>
    /// <param name="unit">The unit or counter word; <c>%</c> for percentages whichever form was printed.</param>
    /// <param name="qualifier">How the quantity relates to its number.</param>
    /// <param name="kind">What the quantity measures.</param>
    /// <param name="number">Where the number itself is printed, with a scale word or 余 inside it (<c>2.8万</c> of <c>2.8万余人次</c>, <c>百分之十八点二</c> whole, <c>18.2</c> of <c>18.2%</c>).</param>
    /// <param name="role">What the figure says about its subject: a level, a share, a named rate or a target.</param>
    /// <param name="change">What makes the quantity a change from an earlier period, or null for a level.</param>
    /// <param name="ratio">Both terms of a ratio (kind <see cref="QuantityKind.Ratio"/>), or null.</param>
    /// <param name="fraction">The terms of a share printed as a fraction (<c>三分之二</c>), whose value is their percentage, or null.</param>
    public QuantityMatch(
        int start,
        int length,
        string text,
        decimal value,
        int decimals,
        ScaleWord scale,
        string unit,
        QuantityQualifier qualifier,
        QuantityKind kind,
        SourceSpan number,
        QuantityRole role = QuantityRole.Level,
        QuantityChange? change = null,
        Rates.Ratio? ratio = null,
        Rates.Rate? fraction = null)
    {
        Start = start;
        Length = length;
        Decimals = decimals;
        Number = number;
        Quantity = new Quantity(value, unit, kind, qualifier, scale, text, role, change, ratio, fraction);
    }

    /// <summary>Gets the UTF-16 index of the first character, including a qualifier word printed before the number.</summary>
    public int Start { get; }

    /// <summary>Gets the UTF-16 length, up to and including the unit and a qualifier printed after it.</summary>
    public int Length { get; }

    /// <summary>Gets the digits printed after the decimal point.</summary>
    public int Decimals { get; }

    /// <summary>Gets where the number itself is printed, with a scale word or 余 inside it.</summary>
    public SourceSpan Number { get; }

    /// <summary>Gets the quantity, as the syntax and the report hold it.</summary>
    public Quantity Quantity { get; }

    /// <summary>Gets the printed text, <c>text.Substring(Start, Length)</c>.</summary>
    public string Text => Quantity.Printed!;

    /// <summary>Gets the number as printed, before its scale word: 1.12 in <c>1.12亿元</c>.</summary>
    public decimal Value => Quantity.Value;

    /// <summary>Gets the scale word printed after the number.</summary>
    public ScaleWord Scale => Quantity.Scale;

    /// <summary>Gets the unit or counter word; <c>%</c> for percentages whichever form was printed.</summary>
    public string Unit => Quantity.Unit;

    /// <summary>Gets how the quantity relates to its number.</summary>
    public QuantityQualifier Qualifier => Quantity.Qualifier;

    /// <summary>Gets what the quantity measures.</summary>
    public QuantityKind Kind => Quantity.Kind;

    /// <summary>Gets what the figure says about its subject: a level, a share, a named rate or a target.</summary>
    public QuantityRole Role => Quantity.Role;

    /// <summary>Gets what makes the quantity a change from an earlier period, or null for a level.</summary>
    public QuantityChange? Change => Quantity.Change;

    /// <summary>Gets both terms of a ratio (kind <see cref="QuantityKind.Ratio"/>), or null.</summary>
    public Rates.Ratio? Ratio => Quantity.Ratio;

    /// <summary>
    /// Gets a value indicating whether the match is a percentage printed in percent (<c>18.2%</c>, <c>百分之九十</c>), which a
    /// rate's <see cref="Rates.PublishedFigure"/> can hold; a share in tenths (<c>七成</c>, [65 %, 75 %)) is coarser than any
    /// figure's decimals and is no rate's printed figure, and a fraction (<c>三分之二</c>) is exact, no rounded figure.
    /// </summary>
    public bool IsPercentFigure => Kind == QuantityKind.Percent && Scale == ScaleWord.None && Quantity.Fraction is null;

    /// <summary>Gets the index just past the match.</summary>
    public int End => Start + Length;

    /// <summary>Gets the value multiplied by the scale word: 112000000 for <c>1.12亿元</c>.</summary>
    public decimal ScaledValue => Scale switch
    {
        ScaleWord.TenThousand => Value * 10_000m,
        ScaleWord.HundredMillion => Value * 100_000_000m,
        ScaleWord.TenPercent => Value * 10m,
        _ => Value,
    };
}
