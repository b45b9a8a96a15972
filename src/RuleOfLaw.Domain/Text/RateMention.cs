using System;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Text;

/// <summary>A rate found in report text, with the figure printed for it and the counts stated next to it.</summary>
/// <param name="Code">The indicator code.</param>
/// <param name="Scope">The benchmark scope (<c>city</c>, <c>province</c>, …) of a benchmark figure; null for the report's own.</param>
/// <param name="Kind">How the rate is stated.</param>
/// <param name="Span">The rate's name as printed, or the whole statement of an all-of rate.</param>
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
    /// <summary>Gets the indicator as the gold files write it: the code, with <c>@scope</c> for a benchmark.</summary>
    public string Indicator => Scope is null ? Code : Code + "@" + Scope;

    /// <summary>Gets the denominator's value.</summary>
    public long? DenominatorValue => Denominator is { } d && d.Scale == Measures.ScaleWord.None && d.Value == decimal.Truncate(d.Value) && d.Value <= long.MaxValue / 2 ? (long)d.Value : null;

    /// <summary>Gets the rate of the stated counts, when both are stated and sound.</summary>
    public Rate? Rate => NumeratorValue is { } n && DenominatorValue is { } d && n >= 0 && n <= d ? Rates.Rate.Of(n, d) : null;

    /// <summary>Gets the check of the printed figure against the stated counts (<see cref="RateCheck"/>, national accepted rounding); null when either is missing.</summary>
    /// <remarks>The reader does not judge the figure itself: validation reports an inconsistent figure (ROL0011).</remarks>
    public RateCheckResult? Check =>
        Figure is { } figure && Rate is { } rate && figure.Decimals <= PublishedFigure.MaxDecimals && figure.Value.Scale <= PublishedFigure.MaxDecimals
            && Math.Abs(figure.Value) <= PublishedFigure.MaxMagnitude
            ? RateCheck.Check(rate, PublishedFigure.Of(figure.Value, figure.Decimals), Validation.RuleSet.National.AcceptedRounding)
            : null;

    /// <summary>Gets whether the printed figure agrees with the stated counts; null when either is missing or the check is not assessable.</summary>
    public bool? IsConsistent => Check is { } check && check.Outcome != ConsistencyOutcome.NotAssessable ? check.IsConsistent : null;
}
