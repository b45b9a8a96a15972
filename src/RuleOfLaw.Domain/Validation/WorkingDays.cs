using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Counting working days over any calendar that answers day by day.</summary>
/// <remarks>
/// Both methods work for every date the model holds: a count that would run past 9999-12-31 has no answer
/// (<see langword="null"/>, like a year without data), and a count up to 9999-12-31 never steps beyond it.
/// </remarks>
internal static class WorkingDays
{
    public static LocalDate? Add(WorkingDayData calendar, LocalDate start, int days)
    {
        Guard.NotNegative(days, nameof(days));
        var date = start;
        var remaining = days;
        while (remaining > 0)
        {
            if (BoundedDates.NextDay(date) is not { } next)
            {
                return null;
            }

            date = next;
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

        // start < end here, so the day after each date before end exists: the loop never steps past 9999-12-31.
        var count = 0;
        for (var date = start; date < end;)
        {
            date = date.PlusDays(1);
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
