using System.Globalization;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V14: public consultation on a major decision runs at least 30 days unless urgency is recorded.</summary>
/// <remarks>Source: 《重大行政决策程序暂行条例》 (国务院令第713号), art. 14. Days are counted inclusively: 1–30 June is 30 days.</remarks>
internal sealed class ConsultationPeriodRule : IValidationRule<CaseRecords>
{
    private static readonly ValidationRuleDescriptor TooShort = ValidationCodes.Describe(ValidationCodes.ConsultationTooShort);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(TooShort);

    public void Check(CaseRecords subject, ValidationContext context)
    {
        for (var i = 0; i < subject.Consultations.Length; i++)
        {
            var consultation = subject.Consultations[i];
            if (!consultation.IsUrgencyRecorded && consultation.Period.Length < PublicConsultation.MinimumDays)
            {
                context.Report(TooShort, string.Create(CultureInfo.InvariantCulture, $"Consultations[{i}].Period"), consultation.Period.Length, consultation.Period, PublicConsultation.MinimumDays);
            }
        }
    }
}
