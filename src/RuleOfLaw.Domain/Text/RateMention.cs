using System;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Text;

/// <summary>A rate or share found in report text, with the figure printed for it and the counts stated next to it.</summary>
/// <param name="Code">The indicator code: a catalogue code, or an unlisted one made from <see cref="Name"/>.</param>
/// <param name="Scope">The benchmark scope (<c>city</c>, <c>province</c>, …) of a benchmark figure; null for the report's own.</param>
/// <param name="Kind">How the rate is stated.</param>
/// <param name="Span">The rate's name as printed, or the whole statement of an all-of rate or of a share.</param>
/// <param name="Figure">The printed percentage, when one is printed.</param>
/// <param name="Numerator">The count the text gives as the numerator, when it gives one.</param>
/// <param name="Denominator">The count the text gives as the denominator, when it gives one.</param>
/// <param name="NumeratorValue">The numerator's value; the sum of its addends when it is printed in parts.</param>
internal sealed record RateMention(
    string Code,
    string? Scope,
    RateMentionKind Kind,
    SourceSpan Span,
    QuantityMatch? Figure,
    QuantityMatch? Numerator,
    QuantityMatch? Denominator,
    long? NumeratorValue)
{
    /// <summary>Gets the rate's name as the text prints it (行政复议调解率, 其他公文占比), or null.</summary>
    public string? Name { get; init; }

    /// <summary>Gets whether the figure is a rate or a share of a whole.</summary>
    public IndicatorKind ValueKind { get; init; } = IndicatorKind.Rate;

    /// <summary>Gets why the numerator was taken, when one was.</summary>
    public CountLink? NumeratorLink { get; init; }

    /// <summary>Gets why the denominator was taken, when one was.</summary>
    public CountLink? DenominatorLink { get; init; }

    /// <summary>
    /// Gets the base the words named when it gives a different figure under every rounding rule: the count replaced by a
    /// stated count that gives the figure (<see cref="CountLink.FitsPrintedFigure"/>), or the count kept when none does.
    /// </summary>
    public QuantityMatch? MismatchedBase { get; init; }

    /// <summary>Gets the indicator as the gold files write it: the code, with <c>@scope</c> for a benchmark.</summary>
    public string Indicator => Scope is null ? Code : Code + "@" + Scope;

    /// <summary>Compares the <see cref="Indicator"/> of two mentions in ordinal order, with no string made for either.</summary>
    public static int CompareIndicators(RateMention a, RateMention b)
    {
        var (lengthA, lengthB) = (IndicatorLength(a), IndicatorLength(b));
        for (var i = 0; i < lengthA && i < lengthB; i++)
        {
            var (x, y) = (IndicatorAt(a, i), IndicatorAt(b, i));
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }

        return lengthA.CompareTo(lengthB);
    }

    /// <summary>Gets the denominator's value.</summary>
    public long? DenominatorValue => Denominator is { } d && d.Scale == Measures.ScaleWord.None && d.Value == decimal.Truncate(d.Value) && d.Value <= long.MaxValue / 2 ? (long)d.Value : null;

    /// <summary>Gets the rate of the stated counts, when both are stated and sound.</summary>
    public Rate? Rate => NumeratorValue is { } n && DenominatorValue is { } d && n >= 0 && n <= d ? Rates.Rate.Of(n, d) : null;

    /// <summary>Gets the check of the printed figure against the stated counts (<see cref="RateCheck"/>, national accepted rounding); null when either is missing.</summary>
    /// <remarks>The reader does not judge the figure itself: validation reports an inconsistent figure (ROL0011).</remarks>
    public RateCheckResult? Check => CheckUnder(Validation.RuleSet.National.AcceptedRounding);

    /// <summary>Gets whether the printed figure agrees with the stated counts; null when either is missing or the check is not assessable.</summary>
    public bool? IsConsistent => Check is { } check && check.Outcome != ConsistencyOutcome.NotAssessable ? check.IsConsistent : null;

    /// <summary>Checks the printed figure against the stated counts under the given rounding rules; null when either is missing or the figure cannot be held.</summary>
    public RateCheckResult? CheckUnder(RoundingModes accepted) =>
        Figure is { } figure && Rate is { } rate && IsCheckable(figure)
            ? RateCheck.Check(rate, PublishedFigure.Of(figure.Value, figure.Decimals), accepted)
            : null;

    /// <summary>Whether a printed percentage can be held as a published figure.</summary>
    public static bool IsCheckable(QuantityMatch figure) =>
        figure.Decimals <= PublishedFigure.MaxDecimals && figure.Value.Scale <= PublishedFigure.MaxDecimals && Math.Abs(figure.Value) <= PublishedFigure.MaxMagnitude;

    private static int IndicatorLength(RateMention m) => m.Code.Length + (m.Scope is null ? 0 : 1 + m.Scope.Length);

    private static char IndicatorAt(RateMention m, int i) => i < m.Code.Length ? m.Code[i] : i == m.Code.Length ? '@' : m.Scope![i - m.Code.Length - 1];
}
