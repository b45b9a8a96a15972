using System.Globalization;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V8: each shortcoming carries at least one cause.</summary>
/// <remarks>Source: 厅字〔2019〕28号, item 2, "存在的不足和原因" (shortcomings and their causes). A warning.</remarks>
internal sealed class ShortcomingCauseRule : IValidationRule<AnnualReport>
{
    private static readonly DiagnosticDescriptor NoCause = ValidationCodes.Describe(ValidationCodes.ShortcomingWithoutCause);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(NoCause);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        for (var i = 0; i < subject.Shortcomings.Length; i++)
        {
            var shortcoming = subject.Shortcomings[i];
            if (!shortcoming.HasCause)
            {
                context.Report(NoCause, string.Create(CultureInfo.InvariantCulture, $"Shortcomings[{i}]"), shortcoming.DescriptionIn(subject.SectionAt(shortcoming.Section)));
            }
        }
    }
}
