namespace RuleOfLaw.Domain.Validation;

/// <summary>One rule over one kind of input; it reports through the context, which applies the rule set.</summary>
/// <typeparam name="T">What the rule checks: a report, case records or an indicator framework.</typeparam>
/// <remarks>Rules are stateless singletons, registered once in <see cref="Rules.RuleRegistry"/>.</remarks>
internal interface IValidationRule<in T>
{
    /// <summary>Tells whether any code the rule reports is on, so that a switched-off rule costs nothing.</summary>
    bool IsEnabledIn(RuleSet ruleSet);

    void Check(T subject, ValidationContext context);
}
