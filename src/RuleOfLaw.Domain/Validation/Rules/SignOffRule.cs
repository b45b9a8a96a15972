using NodaTime;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V10: the principal leader signs the report off before it is submitted (an overlay).</summary>
/// <remarks>
/// Source: a local rule (淮北). A sign-off dated on or before the first recorded submission passes; a missing sign-off,
/// or one dated after the first submission, is reported. The model records who signed as printed, so whether the
/// signer is the principal leader is not checked.
/// </remarks>
internal sealed class SignOffRule : IValidationRule<AnnualReport>
{
    private static readonly DiagnosticDescriptor Missing = ValidationCodes.Describe(ValidationCodes.SignOffMissing);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Missing);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        LocalDate? firstSubmission = null;
        foreach (var submission in subject.Submissions)
        {
            if (firstSubmission is not { } first || submission.Date < first)
            {
                firstSubmission = submission.Date;
            }
        }

        if (subject.SignOff is not { } signOff)
        {
            context.Report(Missing, "SignOff", null, firstSubmission);
        }
        else if (firstSubmission is { } first && signOff.Date > first)
        {
            context.Report(Missing, "SignOff.Date", signOff.Date, first);
        }
    }
}
