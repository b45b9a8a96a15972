using System.Globalization;
using NodaTime;
using RuleOfLaw.Domain.Cases;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V13: a procuratorial recommendation is answered within two months of receipt, or 15 days when urgent.</summary>
/// <remarks>
/// <para>
/// Source: 法释〔2018〕6号 as amended in 2020 (法释〔2020〕20号), art. 21: two months, or 15 days for an urgent case
/// (<see cref="ProcuratorialRecommendation.IsUrgent"/>). The 15 days are counted from the day after receipt (民法典
/// art. 201), so a recommendation received on 1 March is due by 16 March. The two months are counted as the Civil Code counts periods (民法典 arts. 201–203): it
/// ends on the day of the second month that corresponds to the day of receipt, or on that month's last day when there
/// is none (31 December → 28 or 29 February); when that day is not a working day on the calendar, it moves to the
/// next working day. Where the calendar has no data the plain date stands.
/// </para>
/// <para>
/// An unanswered recommendation is reported (<see cref="ValidationCodes.RecommendationAnswerOverdue"/>) only once
/// today, in Beijing time, is past the due date; before that it is simply not yet answered.
/// </para>
/// <para>
/// Every date the model holds is assessed. A due date that would fall after 9999-12-31, the last date the model holds
/// (a recommendation received after 9999-10-31, or after 9999-12-16 when urgent, or whose due date moves to a working
/// day past that end), cannot have passed on any answer date or today: no finding.
/// </para>
/// </remarks>
internal sealed class RecommendationAnswerRule : IValidationRule<CaseRecords>
{
    private static readonly DiagnosticDescriptor Late = ValidationCodes.Describe(ValidationCodes.RecommendationAnsweredLate);
    private static readonly DiagnosticDescriptor Overdue = ValidationCodes.Describe(ValidationCodes.RecommendationAnswerOverdue);

    private const string RegularLimit = "two months";
    private const string UrgentLimit = "15 days (urgent)";

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Late) || ruleSet.IsEnabled(Overdue);

    public void Check(CaseRecords subject, ValidationContext context)
    {
        for (var i = 0; i < subject.Recommendations.Length; i++)
        {
            var recommendation = subject.Recommendations[i];
            if (DueBy(recommendation, context.Calendar) is not { } dueBy)
            {
                continue;
            }

            var limit = recommendation.IsUrgent ? UrgentLimit : RegularLimit;
            if (recommendation.AnsweredOn is { } answered)
            {
                if (answered > dueBy)
                {
                    context.Report(Late, string.Create(CultureInfo.InvariantCulture, $"Recommendations[{i}].AnsweredOn"), answered, dueBy, limit, recommendation.ReceivedOn);
                }
            }
            else if (context.Today > dueBy)
            {
                context.Report(Overdue, string.Create(CultureInfo.InvariantCulture, $"Recommendations[{i}]"), context.Today, dueBy, limit, recommendation.ReceivedOn);
            }
        }
    }

    /// <summary>Gets the last day to answer, or <see langword="null"/> when it would fall after 9999-12-31.</summary>
    internal static LocalDate? DueBy(ProcuratorialRecommendation recommendation, IWorkingDayCalendar calendar)
    {
        var received = recommendation.ReceivedOn;
        var limit = recommendation.IsUrgent
            ? BoundedDates.PlusDays(received, ProcuratorialRecommendation.UrgentAnswerLimitInDays)
            : BoundedDates.PlusMonths(received, ProcuratorialRecommendation.AnswerLimitInMonths);
        if (limit is not { } due)
        {
            return null;
        }

        var moved = due;
        while (calendar.IsWorkingDay(moved) == WorkingDayAnswer.No)
        {
            if (BoundedDates.NextDay(moved) is not { } next)
            {
                return null;
            }

            moved = next;
        }

        return calendar.IsWorkingDay(moved) == WorkingDayAnswer.Yes ? moved : due;
    }
}
