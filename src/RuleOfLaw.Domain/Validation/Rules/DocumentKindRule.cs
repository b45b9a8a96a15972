using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V16: a document that is not an annual report is not checked against the rules of annual reports, and one finding says so.</summary>
/// <remarks>
/// Source: 厅字〔2019〕28号 governs the annual rule-of-law report only. The validator runs this rule, instead of V1–V10,
/// on a report whose <see cref="AnnualReport.DocumentKind"/> is not <see cref="DocumentKind.AnnualReport"/>
/// (<see cref="RuleRegistry.OtherDocumentRules"/>); the rules that hold for any document still run.
/// </remarks>
internal sealed class DocumentKindRule : IValidationRule<AnnualReport>
{
    private static readonly DiagnosticDescriptor NotAnAnnualReport = ValidationCodes.Describe(ValidationCodes.NotAnAnnualReport);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(NotAnAnnualReport);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        if (subject.DocumentKind != DocumentKind.AnnualReport)
        {
            context.Report(NotAnAnnualReport, "DocumentKind", DisplayNames.Of(subject.DocumentKind, MessageLanguage.English));
        }
    }
}
