using System.Globalization;
using RuleOfLaw.Domain.Indicators;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V15: an indicator framework has as many indicators at each level as it declares.</summary>
/// <remarks>Source: the framework's own text (for example the national demonstration system's 10 / 34 / 104).</remarks>
internal sealed class IndicatorFrameworkRule : IValidationRule<IndicatorFramework>
{
    private static readonly DiagnosticDescriptor Mismatch = ValidationCodes.Describe(ValidationCodes.IndicatorLevelCountMismatch);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Mismatch);

    public void Check(IndicatorFramework subject, ValidationContext context)
    {
        var counts = subject.CountPerLevel();
        for (var level = 0; level < counts.Length; level++)
        {
            if (counts[level] != subject.DeclaredLevelCounts[level])
            {
                context.Report(Mismatch, string.Create(CultureInfo.InvariantCulture, $"DeclaredLevelCounts[{level}]"), level + 1, counts[level], subject.DeclaredLevelCounts[level]);
            }
        }
    }
}
