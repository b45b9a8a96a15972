using System;
using System.Globalization;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain;

/// <summary>The calendar year an annual report covers (报告年度), with the deadlines that fall in the year after it.</summary>
/// <remarks>
/// <para>
/// Valid years run from <see cref="MinYear"/> (1990) to <see cref="MaxYear"/> (2100). Equality and ordering follow
/// the year number. The default value is the earliest valid year, 1990.
/// </para>
/// <para>
/// Reports cover the year before they are written: the 2019 regulation 《法治政府建设与责任落实督察工作规定》
/// (厅字〔2019〕28号, art. 24) requires publication before 1 April of the following year, which
/// <see cref="PublicationDueBefore"/> returns.
/// </para>
/// </remarks>
public readonly struct ReportYear : IEquatable<ReportYear>, IComparable<ReportYear>, IComparable
{
    /// <summary>The earliest year a report may cover.</summary>
    public const int MinYear = 1990;

    /// <summary>The latest year a report may cover.</summary>
    public const int MaxYear = 2100;

    /// <summary>The day before which a report must be published in the following year: 1 April.</summary>
    public static readonly AnnualDate PublicationDeadline = new(4, 1);

    // Stored as an offset from MinYear so that default(ReportYear) is a valid year.
    private readonly int _offset;

    private ReportYear(int year) => _offset = year - MinYear;

    /// <summary>Gets the calendar year, for example 2020.</summary>
    public int Year => MinYear + _offset;

    /// <summary>Gets the calendar year after the report year, in which the report is published and the plan runs.</summary>
    public int FollowingYear => Year + 1;

    /// <summary>Gets the whole report year as a date interval, 1 January to 31 December inclusive.</summary>
    public DateInterval Period => new(new LocalDate(Year, 1, 1), new LocalDate(Year, 12, 31));

    /// <summary>Gets the date before which the report must be published: 1 April of the following year.</summary>
    /// <remarks>The deadline is exclusive: a report published on 31 March is on time, one published on 1 April is late.</remarks>
    public LocalDate PublicationDueBefore => InFollowingYear(PublicationDeadline);

    /// <summary>Gets the first quarter of the following year, within which a local government submits its report.</summary>
    public DateInterval FirstQuarterOfFollowingYear => new(new LocalDate(FollowingYear, 1, 1), new LocalDate(FollowingYear, 3, 31));

    /// <summary>Creates a report year.</summary>
    /// <param name="year">The calendar year, from 1990 to 2100.</param>
    /// <returns>The report year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1990–2100.</exception>
    public static ReportYear Of(int year)
    {
        Guard.InRange(year, MinYear, MaxYear, nameof(year));
        return new ReportYear(year);
    }

    /// <summary>Gets the year that contains a date, as a report year.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The report year of the date's calendar year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside 1990–2100.</exception>
    public static ReportYear Containing(LocalDate date) => Of(date.Year);

    /// <summary>Places a yearly date, such as a deadline, in the year after the report year.</summary>
    /// <param name="date">The day and month, for example <c>new AnnualDate(4, 1)</c>.</param>
    /// <returns>The date in <see cref="FollowingYear"/>; 29 February becomes 28 February in a non-leap year.</returns>
    public LocalDate InFollowingYear(AnnualDate date) => date.InYear(FollowingYear);

    /// <summary>Places a yearly date in the report year itself.</summary>
    /// <param name="date">The day and month.</param>
    /// <returns>The date in <see cref="Year"/>; 29 February becomes 28 February in a non-leap year.</returns>
    public LocalDate InReportYear(AnnualDate date) => date.InYear(Year);

    /// <summary>Tells whether a date falls within the report year.</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <returns><see langword="true"/> if the date's year is the report year.</returns>
    public bool Contains(LocalDate date) => date.Year == Year;

    /// <inheritdoc/>
    public bool Equals(ReportYear other) => _offset == other._offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _offset;

    /// <inheritdoc/>
    public int CompareTo(ReportYear other) => _offset.CompareTo(other._offset);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportYear other => CompareTo(other),
        _ => throw Guard.Argument(Message.MustBeReportYear.Format(), nameof(obj)),
    };

    /// <summary>Returns the year as four digits, for example <c>2020</c>.</summary>
    /// <returns>The year in the invariant culture.</returns>
    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public static bool operator ==(ReportYear left, ReportYear right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(ReportYear left, ReportYear right) => !left.Equals(right);

    /// <inheritdoc/>
    public static bool operator <(ReportYear left, ReportYear right) => left.CompareTo(right) < 0;

    /// <inheritdoc/>
    public static bool operator <=(ReportYear left, ReportYear right) => left.CompareTo(right) <= 0;

    /// <inheritdoc/>
    public static bool operator >(ReportYear left, ReportYear right) => left.CompareTo(right) > 0;

    /// <inheritdoc/>
    public static bool operator >=(ReportYear left, ReportYear right) => left.CompareTo(right) >= 0;
}
