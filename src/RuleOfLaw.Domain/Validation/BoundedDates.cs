using NodaTime;

namespace RuleOfLaw.Domain.Validation;

/// <summary>
/// Date arithmetic for the rules that stops at the last date the model holds (<see cref="LocalDate.MaxIsoValue"/>,
/// 9999-12-31) instead of throwing: a date past it is <see langword="null"/>, "beyond the calendar's end".
/// </summary>
/// <remarks>
/// Every date the model holds lies between <see cref="LocalDate.MinIsoValue"/> and <see cref="LocalDate.MaxIsoValue"/>. A limit that ends beyond 9999-12-31 cannot
/// have passed on any date the model can hold, so the rules treat such a limit as met: no finding. Dates of other
/// calendar systems are measured by their ISO equivalent.
/// </remarks>
internal static class BoundedDates
{
    private const int LastMonthIndex = (9999 * 12) + 11;

    /// <summary>Gets <paramref name="date"/> plus <paramref name="days"/> (zero or more) days, or <see langword="null"/> when that is after 9999-12-31.</summary>
    public static LocalDate? PlusDays(LocalDate date, int days) =>
        Period.DaysBetween(date.WithCalendar(CalendarSystem.Iso), LocalDate.MaxIsoValue) < days ? null : date.PlusDays(days);

    /// <summary>Gets <paramref name="date"/> plus <paramref name="months"/> (zero or more) months, or <see langword="null"/> when that is after 9999-12-31.</summary>
    public static LocalDate? PlusMonths(LocalDate date, int months)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return (iso.Year * 12L) + (iso.Month - 1) + months > LastMonthIndex ? null : date.PlusMonths(months);
    }

    /// <summary>Gets the day after <paramref name="date"/>, or <see langword="null"/> when <paramref name="date"/> is 9999-12-31.</summary>
    public static LocalDate? NextDay(LocalDate date) => PlusDays(date, 1);
}
