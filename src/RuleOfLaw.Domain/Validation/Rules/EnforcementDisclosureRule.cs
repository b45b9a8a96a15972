using System.Globalization;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V12: enforcement decisions are disclosed within 7 working days (licences, penalties) or 20 (others).</summary>
/// <remarks>
/// Source: 国办发〔2018〕118号. Working days come from the calendar; a disclosure no more calendar days after the
/// decision than its limit passes without it. Where the calendar has no data the rule reports
/// <see cref="ValidationCodes.WorkingDayCalendarUnknown"/> instead of guessing. Checked only where both dates are given.
/// </remarks>
internal sealed class EnforcementDisclosureRule : IValidationRule<CaseRecords>
{
    private static readonly ValidationRuleDescriptor Late = ValidationCodes.Describe(ValidationCodes.EnforcementDisclosureLate);
    private static readonly ValidationRuleDescriptor Unknown = ValidationCodes.Describe(ValidationCodes.WorkingDayCalendarUnknown);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Late);

    public void Check(CaseRecords subject, ValidationContext context)
    {
        for (var i = 0; i < subject.Disclosures.Length; i++)
        {
            var disclosure = subject.Disclosures[i];
            if (disclosure.DisclosedOn is not { } disclosed)
            {
                continue;
            }

            var decided = disclosure.DecidedOn;
            var limit = disclosure.LimitInWorkingDays;

            // Working days never outnumber calendar days, so a disclosure this soon is on time on any calendar.
            if (disclosed <= decided.PlusDays(limit))
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"Disclosures[{i}].DisclosedOn");
            if (context.Calendar.WorkingDaysBetween(decided, disclosed) is not { } workingDays)
            {
                context.Report(Unknown, path, decided, disclosed, context.FirstUnknownYear(decided, disclosed));
            }
            else if (workingDays > limit)
            {
                context.Report(Late, path, disclosed, workingDays, decided, limit);
            }
        }
    }
}
