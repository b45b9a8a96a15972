namespace RuleOfLaw.Domain.Rates;

/// <summary>Why a rate got its <see cref="RateVerdict"/>: checked against its printed figure, or why there was nothing to check.</summary>
/// <remarks>The default, <see cref="Checked"/>, means <see cref="Indicators.RateAssessment.Check"/> explains the verdict.</remarks>
public enum RateVerdictReason
{
    /// <summary>A figure was printed and checked against the counts: <see cref="Indicators.RateAssessment.Check"/> explains the verdict.</summary>
    Checked = 0,

    /// <summary>Counts without a printed figure.</summary>
    NoFigurePrinted = 1,

    /// <summary>0 of 0 without a printed figure: the rate has no value.</summary>
    NotApplicable = 2,

    /// <summary>No printed figure, and not both counts.</summary>
    NoCountsAndNoFigure = 3,

    /// <summary>The stated numerator exceeds the stated denominator: the counts are no rate, so nothing is computed or checked.</summary>
    NumeratorExceedsDenominator = 4,
}
