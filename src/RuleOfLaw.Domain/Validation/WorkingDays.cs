using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Counting working days over any calendar that answers day by day.</summary>
internal static class WorkingDays
{
    public static LocalDate? Add(WorkingDayData calendar, LocalDate start, int days)
    {
        Guard.NotNegative(days, nameof(days));
        var date = start;
        var remaining = days;
        while (remaining > 0)
        {
            date = date.PlusDays(1);
            switch (calendar.IsWorkingDay(date))
            {
                case WorkingDayAnswer.Unknown:
                    return null;
                case WorkingDayAnswer.Yes:
                    remaining--;
                    break;
            }
        }

        return date;
    }

    public static int? Between(WorkingDayData calendar, LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            return -Between(calendar, end, start);
        }

        var count = 0;
        for (var date = start.PlusDays(1); date <= end; date = date.PlusDays(1))
        {
            switch (calendar.IsWorkingDay(date))
            {
                case WorkingDayAnswer.Unknown:
                    return null;
                case WorkingDayAnswer.Yes:
                    count++;
                    break;
            }
        }

        return count;
    }
}
