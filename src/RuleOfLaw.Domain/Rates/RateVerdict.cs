namespace RuleOfLaw.Domain.Rates;

/// <summary>What can be said about one rate a report states (比率核对结论), from its counts and its printed figure.</summary>
/// <remarks>
/// <see cref="Indicators.RateAssessment.Assess(Indicators.IndicatorValue, RoundingModes)"/> gives it, with the <see cref="RateVerdictReason"/>
/// behind it; <see cref="Indicators.RateAssessment.NameOf"/> words it. The default, <see cref="NotAssessable"/>, claims nothing.
/// </remarks>
public enum RateVerdict
{
    /// <summary>Nothing can be checked: a figure without both counts and without a count it could refute, or neither counts nor a figure.</summary>
    NotAssessable = 0,

    /// <summary>The printed figure agrees with the counts under an accepted rounding rule.</summary>
    Consistent = 1,

    /// <summary>No accepted rounding rule turns the counts into the printed figure.</summary>
    Inconsistent = 2,

    /// <summary>A figure with one count: the other counts the figure allows are given instead (<see cref="RateCheckResult.ImpliedNumerators"/>, <see cref="RateCheckResult.ImpliedDenominators"/>).</summary>
    Implied = 3,

    /// <summary>Counts without a printed figure: only the computed value can be shown.</summary>
    Computed = 4,
}
