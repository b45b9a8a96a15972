using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Cli.Checking;

/// <summary>What the tool says about one rate a report states.</summary>
internal enum RateVerdict
{
    /// <summary>The published figure agrees with the counts under some rounding rule.</summary>
    Consistent,

    /// <summary>No rounding rule maps the counts to the published figure.</summary>
    Inconsistent,

    /// <summary>Only the numerator is stated; the denominators the figure allows are given instead.</summary>
    Implied,

    /// <summary>Counts without a printed figure: only the computed value is shown.</summary>
    Computed,

    /// <summary>A figure without counts (or 0 of 0): nothing to check.</summary>
    NotAssessable,
}

/// <summary>Why a rate was not checked against its counts, when no <see cref="RateCheckResult"/> explains it.</summary>
internal enum RateDetail
{
    /// <summary>The rate was checked: <see cref="RateLine.Check"/> explains it.</summary>
    Checked,

    /// <summary>Counts without a printed figure.</summary>
    NoFigurePrinted,

    /// <summary>0 of 0, and no printed figure.</summary>
    NotApplicable,

    /// <summary>Neither counts nor a figure.</summary>
    NoCountsAndNoFigure,
}

/// <summary>One rate of a report: its counts, computed value, published figure and verdict.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Scope">"subject" or the benchmark scope's name.</param>
/// <param name="Numerator">The numerator, if stated.</param>
/// <param name="Denominator">The denominator, if stated.</param>
/// <param name="ComputedPercent">The exact percentage rounded to the printed decimals (or two), if both counts are known.</param>
/// <param name="Published">The printed figure, if any.</param>
/// <param name="Verdict">What the check concluded.</param>
/// <param name="Check">The consistency check of the printed figure against the counts, or null when there was no figure to check.</param>
/// <param name="Reason">Why there was nothing to check, when <paramref name="Check"/> is null.</param>
internal sealed record RateLine(
    IndicatorCode Indicator,
    string Scope,
    long? Numerator,
    long? Denominator,
    decimal? ComputedPercent,
    PublishedFigure? Published,
    RateVerdict Verdict,
    RateCheckResult? Check,
    RateDetail Reason)
{
    /// <summary>Gets the path of the rate's indicator value in the report, such as <c>IndicatorValues[0]</c>; empty when the rate was checked alone.</summary>
    public string Path { get; init; } = string.Empty;
}
