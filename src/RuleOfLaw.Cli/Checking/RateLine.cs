using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Cli.Checking;

/// <summary>One rate of a report: its counts, published figure and the library's assessment of them.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Scope">"subject" or the benchmark scope's name.</param>
/// <param name="Numerator">The numerator, if stated.</param>
/// <param name="Denominator">The denominator, if stated.</param>
/// <param name="Published">The printed figure, if any.</param>
/// <param name="Assessment">The verdict on the rate (<see cref="RateAssessment"/>).</param>
internal sealed record RateLine(
    IndicatorCode Indicator,
    string Scope,
    long? Numerator,
    long? Denominator,
    PublishedFigure? Published,
    RateAssessment Assessment)
{
    /// <summary>Gets the path of the rate's indicator value in the report, such as <c>IndicatorValues[0]</c>; empty when the rate was checked alone.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>Gets the indicator value the rate was checked from; null when the rate was checked alone.</summary>
    public IndicatorValue? Value { get; init; }

    /// <summary>Gets the name the report prints for the rate (<see cref="IndicatorValue.Name"/>), if kept.</summary>
    public string? Name => Value?.Name;

    /// <summary>Gets the verdict.</summary>
    public RateVerdict Verdict => Assessment.Verdict;

    /// <summary>Gets the consistency check of the printed figure against the counts, or null when there was no figure to check.</summary>
    public RateCheckResult? Check => Assessment.Check;

    /// <summary>Gets the exact percentage rounded to the printed decimals (or the defined ones), if both counts are known.</summary>
    public decimal? ComputedPercent => Assessment.ComputedPercent;
}
