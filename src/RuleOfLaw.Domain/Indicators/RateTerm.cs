using System.Collections.Immutable;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>A named rate as reports print it, with the words that mark the counts it is computed from.</summary>
/// <param name="Definition">The catalogue's definition of the rate (<see cref="NationalRates"/>).</param>
/// <param name="Words">The printed names, such as 纠错率 and 纠正率: each ends in 率, or names a share (占比, 比例).</param>
/// <param name="NumeratorWords">Words in a count's clause that make it the numerator as a whole (纠错).</param>
/// <param name="NumeratorPartWords">Words that make a count one addend of the numerator (撤销, 确认违法), summed when no whole is printed.</param>
/// <param name="DenominatorWords">Words in a count's clause that make it the denominator, most telling first (审结 before 受理).</param>
/// <param name="AllOfWords">Groups of words that, all present around a count followed by 均/全部, state the rate as all of that count; empty when such statements are not read for this rate.</param>
internal sealed record RateTerm(
    IndicatorDefinition Definition,
    ImmutableArray<string> Words,
    ImmutableArray<string> NumeratorWords,
    ImmutableArray<string> NumeratorPartWords,
    ImmutableArray<string> DenominatorWords,
    ImmutableArray<ImmutableArray<string>> AllOfWords)
{
    /// <summary>Gets the indicator code of the definition.</summary>
    public string Code => Definition.Code.Value;
}
