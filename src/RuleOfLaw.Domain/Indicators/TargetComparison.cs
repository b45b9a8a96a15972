namespace RuleOfLaw.Domain.Indicators;

/// <summary>How a value is compared with a target.</summary>
public enum TargetComparison
{
    /// <summary>The value must be at least the target (≥).</summary>
    AtLeast = 0,

    /// <summary>The value must be at most the target (≤).</summary>
    AtMost = 1,

    /// <summary>The value must equal the target exactly (=), such as a filing rate of 100 %.</summary>
    EqualTo = 2,
}
