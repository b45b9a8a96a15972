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

    /// <summary>Gets whether the printed figure agrees with the stated counts at the decimals printed; null when either is missing.</summary>
    /// <remarks>Agreement is an interval test: 18.2 at one decimal stands for [18.15, 18.25], whichever rounding mode was used.</remarks>
    public bool? IsConsistent
    {
        get
        {
            if (Figure is not { } figure || Rate is not { } rate || rate.ToExactPercent() is not { } exact)
            {
                return null;
            }

            var halfStep = 0.5m / Pow10(figure.Decimals);
            return exact >= figure.Value - halfStep && exact <= figure.Value + halfStep;
        }
    }

    private static decimal Pow10(int decimals)
    {
        var result = 1m;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
