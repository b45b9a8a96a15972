using System.Globalization;
using RuleOfLaw.Domain.Cases;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V12: enforcement decisions are disclosed within 7 working days (licences, penalties) or 20 (others).</summary>
/// <remarks>
/// <para>
/// Source: 国办发〔2018〕118号. The period ends on the last of its working days after the decision (the day of the
/// decision does not count): a disclosure dated after that day is late, whether or not it is itself a working day, so a
/// disclosure on the rest day right after the 7th working day is late. Working days come from the calendar; a disclosure
/// no more calendar days after the decision than its limit passes without it. Where the calendar has no data the rule
/// reports <see cref="ValidationCodes.WorkingDayCalendarUnknown"/> instead of guessing. Checked only where both dates
/// are given; a disclosure dated before its decision cannot be constructed (<see cref="EnforcementDisclosure"/>).
/// </para>
/// </remarks>
internal sealed class EnforcementDisclosureRule : IValidationRule<CaseRecords>
{
    private static readonly DiagnosticDescriptor Late = ValidationCodes.Describe(ValidationCodes.EnforcementDisclosureLate);
    private static readonly DiagnosticDescriptor Unknown = ValidationCodes.Describe(ValidationCodes.WorkingDayCalendarUnknown);

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

            // Working days never outnumber calendar days, so a disclosure this soon is on time on any calendar; a limit
            // that ends after 9999-12-31 is met by every date the model holds.
            if (BoundedDates.PlusDays(decided, limit) is not { } calendarDays || disclosed <= calendarDays)
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"Disclosures[{i}].DisclosedOn");
            if (context.Calendar.AddWorkingDays(decided, limit) is not { } dueBy)
            {
                context.Report(Unknown, path, decided, disclosed, context.FirstUnknownYear(decided, disclosed));
            }
            else if (disclosed > dueBy)
            {
                context.Report(Late, path, disclosed, dueBy, limit, decided);
            }
        }
    }
}
