namespace RuleOfLaw.Domain.Validation;

/// <summary>Where a validation rule applies: everywhere, or only where a province or city adopts it.</summary>
public enum ValidationRuleScope
{
    /// <summary>A national rule: on in <see cref="RuleSet.National"/>.</summary>
    National = 0,

    /// <summary>A provincial, local or unsure rule: off in <see cref="RuleSet.National"/>, switched on by an overlay.</summary>
    Overlay = 1,
}
