using System.Globalization;
using RuleOfLaw.Domain.Cases;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V14: public consultation on a major decision runs at least 30 days unless urgency is recorded.</summary>
/// <remarks>
/// Source: 《重大行政决策程序暂行条例》 (国务院令第713号), art. 14 (征求意见期限一般不少于30日). The days are counted under the
/// rule set's <see cref="RuleSet.ConsultationCounting"/>: nationally as 《民法典》 art. 201 counts periods, the first day
/// not counted, so 1–30 June is 29 days and too short, and 1 June–1 July is 30.
/// </remarks>
internal sealed class ConsultationPeriodRule : IValidationRule<CaseRecords>
{
    private static readonly DiagnosticDescriptor TooShort = ValidationCodes.Describe(ValidationCodes.ConsultationTooShort);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(TooShort);

    public void Check(CaseRecords subject, ValidationContext context)
    {
        for (var i = 0; i < subject.Consultations.Length; i++)
        {
            var consultation = subject.Consultations[i];
            var days = consultation.DaysCounted(context.RuleSet.ConsultationCounting);
            if (!consultation.IsUrgencyRecorded && days < PublicConsultation.MinimumDays)
            {
                var counting = context.RuleSet.ConsultationCounting == PeriodCounting.FirstDayExcluded ? "the first day not counted, 民法典 art. 201" : "both ends counted";
                context.Report(TooShort, string.Create(CultureInfo.InvariantCulture, $"Consultations[{i}].Period"), days, consultation.Period, counting, PublicConsultation.MinimumDays);
            }
        }
    }
}
