using System;
using System.Text.Json.Serialization;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Reports;

/// <summary>How and when a report was made public (公开发布): time with its offset, channel, source and address.</summary>
/// <remarks>
/// <para>
/// <see cref="PublishedAt"/> keeps the offset the page printed (normally Beijing time, +08:00). <see cref="Date"/> is
/// the local calendar date at that offset; <see cref="BeijingDate"/> is the calendar date in Beijing time, which the
/// deadline rules check (a time printed at another offset is converted first). The two differ only when the offset is
/// not +08:00 and the instant falls on another day in Beijing.
/// </para>
/// <para>
/// The channel is <see langword="null"/> when it is not known: a page read from a text states its time but not whether
/// it is a government website or a newspaper.
/// </para>
/// <para>Equality compares every property (the offset too); there is no order.</para>
/// </remarks>
public sealed record Publication
{
    /// <summary>Creates a publication.</summary>
    /// <param name="publishedAt">When the report was published, with the offset printed (发布时间).</param>
    /// <param name="channel">Where it was published, or <see langword="null"/> when that is not known.</param>
    /// <param name="informationSource">The publishing office as printed (信息来源), or <see langword="null"/>.</param>
    /// <param name="url">The absolute address of the published page, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="informationSource"/> is blank, or <paramref name="url"/> is not absolute.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined value.</exception>
    [JsonConstructor]
    public Publication(OffsetDateTime publishedAt, PublicationChannel? channel = null, string? informationSource = null, Uri? url = null)
    {
        if (channel is { } known)
        {
            Guard.Defined(known, nameof(channel));
        }

        if (informationSource is not null)
        {
            Guard.NotBlank(informationSource, nameof(informationSource));
        }

        if (url is not null)
        {
            Guard.That(url.IsAbsoluteUri, nameof(url), Message.UrlMustBeAbsolute, url.OriginalString);
        }

        PublishedAt = publishedAt;
        Channel = channel;
        InformationSource = informationSource;
        Url = url;
    }

    /// <summary>Gets when the report was published, with the offset printed.</summary>
    public OffsetDateTime PublishedAt { get; }

    /// <summary>Gets the local calendar date of publication at its own offset.</summary>
    /// <remarks>The deadline rules use <see cref="BeijingDate"/>, not this date.</remarks>
    public LocalDate Date => PublishedAt.Date;

    /// <summary>Gets the calendar date of publication in Beijing time (UTC+08:00), which the deadline rules check.</summary>
    /// <remarks>
    /// Defined for every time the model holds: where the Beijing date would fall after <see cref="LocalDate.MaxIsoValue"/>
    /// (9999-12-31, for example 9999-12-31T16:00 at UTC−18:00) it is 9999-12-31, and where it would fall before
    /// <see cref="LocalDate.MinIsoValue"/> it is that date. No deadline lies near either end, so a deadline rule reads
    /// such a date as it would read the true one.
    /// </remarks>
    public LocalDate BeijingDate
    {
        get
        {
            if (PublishedAt.Offset == ChinaTime.Offset)
            {
                return PublishedAt.Date;
            }

            // Shift the printed date by the whole days the offset moves its time of day; no instant is formed, so a time
            // at either end of the calendar does not overflow.
            const long NanosecondsPerDay = 86_400L * 1_000_000_000L;
            var nanoseconds = PublishedAt.TimeOfDay.NanosecondOfDay + ((ChinaTime.Offset.Seconds - PublishedAt.Offset.Seconds) * 1_000_000_000L);
            var days = (int)(nanoseconds >= 0 ? nanoseconds / NanosecondsPerDay : ((nanoseconds + 1) / NanosecondsPerDay) - 1);
            var date = PublishedAt.Date.WithCalendar(CalendarSystem.Iso);
            if (days > 0 && Period.DaysBetween(date, LocalDate.MaxIsoValue) < days)
            {
                return LocalDate.MaxIsoValue;
            }

            if (days < 0 && Period.DaysBetween(LocalDate.MinIsoValue, date) < -days)
            {
                return LocalDate.MinIsoValue;
            }

            return date.PlusDays(days);
        }
    }

    /// <summary>Gets where the report was published, or <see langword="null"/> when that is not known.</summary>
    public PublicationChannel? Channel { get; }


    /// <summary>Gets the publishing office as printed (信息来源), if known.</summary>
    public string? InformationSource { get; }

    /// <summary>Gets the absolute address of the published page, if known.</summary>
    public Uri? Url { get; }
}
