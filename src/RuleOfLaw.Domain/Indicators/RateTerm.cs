using System;
using System.Collections.Immutable;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>A named rate as reports print it, with the words that mark the counts it is computed from.</summary>
/// <param name="Definition">The catalogue's definition of the rate (<see cref="NationalRates"/>).</param>
/// <param name="Words">The printed names, such as 纠错率 and 纠正率: each ends in 率, or names a share (占比, 比例).</param>
/// <param name="NumeratorWords">Words in a count's clause that make it the numerator as a whole (纠错).</param>
/// <param name="NumeratorPartWords">Words that make a count one addend of the numerator (撤销, 确认违法), summed when no whole is printed.</param>
/// <param name="DenominatorWords">Words in a count's clause that make it the denominator, most telling first (审结 before 受理).</param>
/// <param name="AllOfWords">Groups of words that, all present around a count followed by 均/全部, state the rate as all of that count; empty when such statements are not read for this rate.</param>
/// <param name="OtherIndicatorWords">
/// Words that, printed in a name before its catalogue word, make it another indicator: 执法 in 行政执法案件纠错率 names a
/// correction rate of enforcement cases, not the reconsideration correction rate. Such a name is kept as printed, with a
/// code of the unlisted namespace, rather than given a code it does not have.
/// </param>
internal sealed record RateTerm(
    IndicatorDefinition Definition,
    ImmutableArray<string> Words,
    ImmutableArray<string> NumeratorWords,
    ImmutableArray<string> NumeratorPartWords,
    ImmutableArray<string> DenominatorWords,
    ImmutableArray<ImmutableArray<string>> AllOfWords,
    ImmutableArray<string> OtherIndicatorWords)
{
    /// <summary>Gets the indicator code of the definition.</summary>
    public string Code => Definition.Code.Value;

    /// <summary>Gets a value indicating whether a printed name's words before its catalogue word make it another indicator (<see cref="OtherIndicatorWords"/>).</summary>
    /// <param name="qualifier">The printed name's words before the catalogue word, such as 行政执法案件 of 行政执法案件纠错率.</param>
    public bool NamesAnotherIndicator(ReadOnlySpan<char> qualifier)
    {
        foreach (var word in OtherIndicatorWords)
        {
            if (qualifier.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
