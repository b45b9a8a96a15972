namespace RuleOfLaw.Domain.Rates;

/// <summary>The outcome of checking a printed figure against the counts it was computed from.</summary>
public enum ConsistencyOutcome
{
    /// <summary>The check cannot be made: the rate is 0 of 0 (not applicable) or its counts are missing.</summary>
    NotAssessable = 0,

    /// <summary>The exact value lies in the interval of values the figure stands for.</summary>
    Consistent = 1,

    /// <summary>The exact value lies outside the interval: the printed figure is wrong for these counts.</summary>
    Inconsistent = 2,
}
