using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain;

/// <summary>Beijing time (北京时间), UTC+08:00 all year, in which every deadline of the rules is read.</summary>
/// <remarks>
/// China has kept one time zone with no daylight saving since 1992, so a fixed offset is exact for every reporting year
/// the rules cover. The library never reads a clock of its own: "today" is always the caller's <see cref="IClock"/>
/// read through <see cref="Today"/>.
/// </remarks>
public static class ChinaTime
{
    /// <summary>Gets the offset of Beijing time from UTC: eight hours.</summary>
    public static Offset Offset { get; } = Offset.FromHours(8);

    /// <summary>Gets the fixed-offset time zone of Beijing time.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZone.ForOffset(Offset);

    /// <summary>Gets the calendar date in Beijing at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date a clock in Beijing shows at that instant.</returns>
    public static LocalDate DateAt(Instant instant) => instant.WithOffset(Offset).Date;

    /// <summary>Gets today's date in Beijing by the caller's clock.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <returns>The date a clock in Beijing shows now.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock)
    {
        Guard.NotNull(clock, nameof(clock));
        return DateAt(clock.GetCurrentInstant());
    }
}
