using System.Collections.Immutable;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>The one place where rules are registered, by the input they check.</summary>
internal static class RuleRegistry
{
    public static ImmutableArray<IValidationRule<CaseRecords>> CaseRules { get; } =
    [
        new EnforcementDisclosureRule(),
        new RecommendationAnswerRule(),
        new ConsultationPeriodRule(),
    ];
}
