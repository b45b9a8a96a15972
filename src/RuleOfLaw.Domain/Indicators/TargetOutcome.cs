namespace RuleOfLaw.Domain.Indicators;

/// <summary>The result of evaluating a value against a target.</summary>
public enum TargetOutcome
{
    /// <summary>There is no value to evaluate: the rate is 0 of 0.</summary>
    NotApplicable = 0,

    /// <summary>The value meets the target.</summary>
    Met = 1,

    /// <summary>The value misses the target.</summary>
    NotMet = 2,
}
