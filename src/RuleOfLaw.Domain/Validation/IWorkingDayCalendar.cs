using System;
using NodaTime;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Tells which dates are working days, and counts them, where it has data; elsewhere it answers "unknown".</summary>
/// <remarks>
/// In China working days are not Monday to Friday: each year the State Council's General Office publishes the public
/// holidays and the weekend days that become working days (调休). Implementations must be thread-safe, and must
/// answer <see cref="WorkingDayAnswer.Unknown"/> (or <see langword="null"/>) rather than guess for a year they have
/// no data for. <see cref="ChinaWorkingDayCalendar"/> is the data-backed implementation.
/// </remarks>
public interface IWorkingDayCalendar
{
    /// <summary>Tells whether a date is a working day.</summary>
    /// <param name="day">A date.</param>
    /// <returns><see cref="WorkingDayAnswer.Yes"/>, <see cref="WorkingDayAnswer.No"/>, or <see cref="WorkingDayAnswer.Unknown"/> outside the calendar's data.</returns>
    WorkingDayAnswer IsWorkingDay(LocalDate day);

    /// <summary>Gets the date a number of working days after a start date, as limits such as "within 7 working days" count them.</summary>
    /// <param name="start">The day the period starts from; it does not count itself.</param>
    /// <param name="days">The number of working days, zero or more.</param>
    /// <returns>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/> (<paramref name="start"/> itself for 0),
    /// or <see langword="null"/> when a date on the way falls in a year without data.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    LocalDate? AddWorkingDays(LocalDate start, int days);

    /// <summary>Counts the working days after one date up to and including another.</summary>
    /// <param name="after">The first date; it does not count itself.</param>
    /// <param name="through">The last date; it counts if it is a working day.</param>
    /// <returns>
    /// The count of working days in (<paramref name="after"/>, <paramref name="through"/>], negative when
    /// <paramref name="through"/> is before <paramref name="after"/>, or <see langword="null"/> when a date in between
    /// falls in a year without data.
    /// </returns>
    int? WorkingDaysBetween(LocalDate after, LocalDate through);
}
