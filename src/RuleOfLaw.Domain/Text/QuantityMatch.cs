using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>A quantity found in report text: where it is, what was printed, and what it means.</summary>
/// <param name="Start">The UTF-16 index of the first character, including a qualifier word printed before the number.</param>
/// <param name="Length">The UTF-16 length, up to and including the unit and a qualifier printed after it.</param>
/// <param name="Text">The printed text, <c>text.Substring(Start, Length)</c>.</param>
/// <param name="Value">The number as printed, before its scale word: 1.12 in <c>1.12亿元</c>.</param>
/// <param name="Decimals">The digits printed after the decimal point.</param>
/// <param name="Scale">The scale word printed after the number.</param>
/// <param name="Unit">The unit or counter word; <c>%</c> for percentages whichever form was printed.</param>
/// <param name="Qualifier">How the quantity relates to its number.</param>
/// <param name="Kind">What the quantity measures.</param>
/// <param name="Role">What the figure says about its subject: a level, a share, a named rate or a target.</param>
/// <param name="Change">What makes the quantity a change from an earlier period, or null for a level.</param>
/// <param name="Ratio">Both terms of a ratio (kind <see cref="QuantityKind.Ratio"/>), or null.</param>
/// <param name="Number">Where the number itself is printed, with a scale word or 余 inside it (<c>2.8万</c> of <c>2.8万余人次</c>, <c>百分之十八点二</c> whole, <c>18.2</c> of <c>18.2%</c>).</param>
internal sealed record QuantityMatch(
    int Start,
    int Length,
    string Text,
    decimal Value,
    int Decimals,
    ScaleWord Scale,
    string Unit,
    QuantityQualifier Qualifier,
    QuantityKind Kind,
    SourceSpan Number,
    QuantityRole Role = QuantityRole.Level,
    QuantityChange? Change = null,
    Rates.Ratio? Ratio = null)
{
    /// <summary>Gets the index just past the match.</summary>
    public int End => Start + Length;

    /// <summary>Gets the value multiplied by the scale word: 112000000 for <c>1.12亿元</c>.</summary>
    public decimal ScaledValue => Scale switch
    {
        ScaleWord.TenThousand => Value * 10_000m,
        ScaleWord.HundredMillion => Value * 100_000_000m,
        _ => Value,
    };
}
