using System;
using System.Collections.Immutable;
using System.IO;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>The working-day calendar of mainland China (工作日), from the State Council General Office's yearly holiday notices.</summary>
/// <remarks>
/// <para>
/// The data is an embedded text file, <c>ChinaWorkingDays.txt</c>, that lists for each covered year the notice it
/// comes from (《国务院办公厅关于…年部分节假日安排的通知》, for example 国办发明电〔2019〕16号 for 2020, with
/// 国办发明电〔2020〕1号 extending that Spring Festival to 2 February), its public holidays and its weekend days worked
/// in exchange (调休). It covers 2019 to 2026 and is read once, on first use, thread-safely.
/// </para>
/// <para>
/// For a date in a year the file does not list the calendar answers <see cref="WorkingDayAnswer.Unknown"/>, and the
/// counting methods return <see langword="null"/>: it never assumes Monday to Friday. The single instance is
/// <see cref="Instance"/>; it is immutable and safe to share between threads.
/// </para>
/// </remarks>
public sealed class ChinaWorkingDayCalendar : IWorkingDayCalendar
{
    internal const string ResourceName = "RuleOfLaw.Domain.Validation.ChinaWorkingDays.txt";

    private readonly Lazy<WorkingDayData> _data = new(Load);

    private ChinaWorkingDayCalendar()
    {
    }

    /// <summary>Gets the calendar.</summary>
    public static ChinaWorkingDayCalendar Instance { get; } = new();

    /// <summary>Gets the years the calendar has data for, in order.</summary>
    public ImmutableArray<int> Years => _data.Value.Years;

    /// <summary>Gets the notices a year's data comes from, or <see langword="null"/> when the year is not covered.</summary>
    /// <param name="year">A calendar year.</param>
    /// <returns>The citation, for example <c>国办发明电〔2023〕7号 (2023-10-25)</c>.</returns>
    public string? SourceOf(int year) => _data.Value.SourceOf(year);

    /// <inheritdoc/>
    public WorkingDayAnswer IsWorkingDay(LocalDate day) => _data.Value.IsWorkingDay(day);

    /// <inheritdoc/>
    public LocalDate? AddWorkingDays(LocalDate start, int days) => WorkingDays.Add(_data.Value, start, days);

    /// <inheritdoc/>
    public int? WorkingDaysBetween(LocalDate after, LocalDate through) => WorkingDays.Between(_data.Value, after, through);

    /// <summary>Returns the name of the calendar and the years it covers.</summary>
    /// <returns>For example <c>China working days 2019–2026</c>.</returns>
    public override string ToString() => Years.IsEmpty ? "China working days (no data)" : Invariant.Format("China working days {0}–{1}", Years[0], Years[^1]);

    private static WorkingDayData Load()
    {
        using var stream = typeof(ChinaWorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(Invariant.Format("embedded resource {0} must be present in the assembly", ResourceName));
        using var reader = new StreamReader(stream);
        return WorkingDayData.Parse(reader.ReadToEnd());
    }
}
