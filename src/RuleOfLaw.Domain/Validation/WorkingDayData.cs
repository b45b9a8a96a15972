using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Working days year by year, parsed from the text format of <c>ChinaWorkingDays.txt</c>.</summary>
/// <remarks>Immutable after parsing; every covered year holds one flag per day.</remarks>
internal sealed class WorkingDayData
{
    private readonly int _firstYear;
    private readonly bool[]?[] _years;
    private readonly string?[] _sources;

    private WorkingDayData(int firstYear, bool[]?[] years, string?[] sources)
    {
        _firstYear = firstYear;
        _years = years;
        _sources = sources;
        Years = [.. Enumerable.Range(0, years.Length).Where(i => years[i] is not null).Select(i => firstYear + i)];
    }

    public ImmutableArray<int> Years { get; }

    public string? SourceOf(int year)
    {
        var index = year - _firstYear;
        return index >= 0 && index < _sources.Length ? _sources[index] : null;
    }

    public WorkingDayAnswer IsWorkingDay(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        var index = date.Year - _firstYear;
        if (index < 0 || index >= _years.Length || _years[index] is not { } days)
        {
            return WorkingDayAnswer.Unknown;
        }

        return days[date.DayOfYear - 1] ? WorkingDayAnswer.Yes : WorkingDayAnswer.No;
    }

    /// <exception cref="FormatException">The text breaks the format; the message names the line.</exception>
    public static WorkingDayData Parse(string text)
    {
        var years = new SortedDictionary<int, (bool[] Days, string Source, HashSet<int> Listed)>();
        (bool[] Days, string Source, HashSet<int> Listed)? current = null;
        var currentYear = 0;
        var lineNumber = 0;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = rawLine;
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            if (comment >= 0)
            {
                line = line[..comment];
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3)
            {
                throw Error(lineNumber, Message.WorkingDayLineParts, rawLine);
            }

            switch (parts[0])
            {
                case "year":
                    if (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out currentYear)
                        || currentYear < 1900 || currentYear > 2200)
                    {
                        throw Error(lineNumber, Message.WorkingDayYearRange, rawLine);
                    }

                    if (years.ContainsKey(currentYear))
                    {
                        throw Error(lineNumber, Message.WorkingDayYearTwice, rawLine);
                    }

                    current = (DefaultWeek(currentYear), parts[2], []);
                    years.Add(currentYear, current.Value);
                    break;
                case "off":
                case "work":
                    if (current is not { } year)
                    {
                        throw Error(lineNumber, Message.WorkingDayNeedsYear, rawLine);
                    }

                    var (first, last) = ParseRange(parts[1], lineNumber, rawLine);
                    if (parts[0] == "work" && first != last)
                    {
                        throw Error(lineNumber, Message.WorkingDaySingleDate, rawLine);
                    }

                    for (var date = first; date <= last; date = date.PlusDays(1))
                    {
                        if (date.Year != currentYear)
                        {
                            throw Error(lineNumber, Message.WorkingDayOutsideYear, rawLine);
                        }

                        if (parts[0] == "work" && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                        {
                            throw Error(lineNumber, Message.WorkingDayMustBeWeekend, rawLine);
                        }

                        if (!year.Listed.Add(date.DayOfYear))
                        {
                            throw Error(lineNumber, Message.WorkingDayDateTwice, rawLine);
                        }

                        year.Days[date.DayOfYear - 1] = parts[0] == "work";
                    }

                    break;
                default:
                    throw Error(lineNumber, Message.WorkingDayKeyword, rawLine);
            }
        }

        if (years.Count == 0)
        {
            return new WorkingDayData(0, [], []);
        }

        var firstYear = years.Keys.First();
        var span = years.Keys.Last() - firstYear + 1;
        var days = new bool[]?[span];
        var sources = new string?[span];
        foreach (var (key, value) in years)
        {
            days[key - firstYear] = value.Days;
            sources[key - firstYear] = value.Source;
        }

        return new WorkingDayData(firstYear, days, sources);
    }

    private static bool[] DefaultWeek(int year)
    {
        var days = new bool[CalendarSystem.Iso.GetDaysInYear(year)];
        var date = new LocalDate(year, 1, 1);
        for (var i = 0; i < days.Length; i++, date = date.PlusDays(1))
        {
            days[i] = date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        }

        return days;
    }

    private static (LocalDate First, LocalDate Last) ParseRange(string text, int lineNumber, string rawLine)
    {
        var separator = text.IndexOf("..", StringComparison.Ordinal);
        var firstText = separator < 0 ? text : text[..separator];
        var lastText = separator < 0 ? text : text[(separator + 2)..];
        var first = LocalDatePattern.Iso.Parse(firstText);
        var last = LocalDatePattern.Iso.Parse(lastText);
        if (!first.Success || !last.Success)
        {
            throw Error(lineNumber, Message.WorkingDayDates, rawLine);
        }

        if (last.Value < first.Value)
        {
            throw Error(lineNumber, Message.WorkingDayRangeBackwards, rawLine);
        }

        return (first.Value, last.Value);
    }

    private static FormatException Error(int lineNumber, Message rule, string line) =>
        Guard.Format(rule.Format(lineNumber, line.Trim()));
}
