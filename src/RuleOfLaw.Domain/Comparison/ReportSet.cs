using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Comparison;

/// <summary>
/// Reports of several subjects and years held together for comparison: in the order given, as one series per subject
/// ordered by year, and with every duplicate (the same subject and year twice) named, never merged.
/// </summary>
/// <remarks>
/// <para>
/// A subject is identified by its full name (ordinal, as printed); two reports with the same full name are the same
/// subject's. Findings about a set name reports by their index in <see cref="Reports"/>: <c>Reports[3].Plan.Items[1]</c>.
/// </para>
/// <para>
/// A subject whose name is only a designation (<see cref="ReportingSubject.IsDesignation"/>: 我局, 区政府, as a text
/// that names no body of its own prints it) cannot be told from another that prints the same: each of its reports is a
/// series of its own, so two bureaus' texts that both say 我局 are never taken for one subject's duplicates or years.
/// Such a report is still pooled by its level with its peers; it is compared across years with nothing. A reviewer who
/// knows whose report it is gives the subject by name (<c>ReadOptions.Subject</c>) and it groups as any other.
/// </para>
/// <para>
/// When a subject has two reports for one year, the first given is the one its series holds; the others are listed in
/// <see cref="Duplicates"/> and reported by <see cref="Validation.ValidationCodes.DuplicateReport"/>, and take part in
/// no comparison, so no figure is counted twice.
/// </para>
/// </remarks>
public sealed class ReportSet
{
    private ReportSet(ImmutableArray<AnnualReport> reports, ImmutableArray<ReportSeries> series, ImmutableArray<ReportDuplicate> duplicates)
    {
        Reports = reports;
        Series = series;
        Duplicates = duplicates;
    }

    /// <summary>Gets the reports in the order they were given.</summary>
    public ImmutableArray<AnnualReport> Reports { get; }

    /// <summary>Gets one series per subject, in the order subjects first appear.</summary>
    public ImmutableArray<ReportSeries> Series { get; }

    /// <summary>Gets each report that repeats a subject and year already in the set.</summary>
    public ImmutableArray<ReportDuplicate> Duplicates { get; }

    /// <summary>Creates a set of reports.</summary>
    /// <param name="reports">The reports, of any subjects and years.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of its reports is null.</exception>
    public static ReportSet Of(IEnumerable<AnnualReport> reports)
    {
        Guard.NotNull(reports, nameof(reports));
        var all = reports.ToImmutableArray();
        var slots = new Dictionary<(string Name, int Report), int>();
        // Each subject's report indexes in year order, subjects in the order they first appear; a subject has few years.
        var bySubject = new List<List<int>>();
        var duplicates = ImmutableArray.CreateBuilder<ReportDuplicate>();
        for (var i = 0; i < all.Length; i++)
        {
            var report = all[i] ?? throw Guard.Null(nameof(reports), Message.ReportMustNotBeNull.Format(i));
            // A designation is keyed by its report, so it meets no other report; a name by the name alone.
            var key = (report.Subject.FullName, report.Subject.IsDesignation ? i : -1);
            if (!slots.TryGetValue(key, out var slot))
            {
                slot = bySubject.Count;
                slots.Add(key, slot);
                bySubject.Add(new List<int>(4));
            }

            var indexes = bySubject[slot];
            var at = indexes.Count;
            while (at > 0 && all[indexes[at - 1]].Year > report.Year)
            {
                at--;
            }

            if (at > 0 && all[indexes[at - 1]].Year == report.Year)
            {
                duplicates.Add(new ReportDuplicate(report.Subject, report.Year, indexes[at - 1], i));
            }
            else
            {
                indexes.Insert(at, i);
            }
        }

        var series = ImmutableArray.CreateBuilder<ReportSeries>(bySubject.Count);
        foreach (var indexes in bySubject)
        {
            series.Add(new ReportSeries(all[indexes[0]].Subject, [.. indexes], all));
        }

        return new ReportSet(all, series.MoveToImmutable(), duplicates.ToImmutable());
    }

    /// <summary>Gets the series of a subject.</summary>
    /// <param name="fullName">The subject's full name.</param>
    /// <returns>
    /// The series, or <see langword="null"/> when the set has no report of that subject; of a designation (我局) that
    /// several reports print, the first one's.
    /// </returns>
    public ReportSeries? SeriesOf(string fullName) => Series.FirstOrDefault(s => string.Equals(s.Subject.FullName, fullName, StringComparison.Ordinal));
}

/// <summary>One subject's reports in a <see cref="ReportSet"/>, ordered by year, one per year.</summary>
public sealed class ReportSeries
{
    private readonly ImmutableArray<AnnualReport> _all;

    internal ReportSeries(ReportingSubject subject, ImmutableArray<int> indexes, ImmutableArray<AnnualReport> all)
    {
        Subject = subject;
        Indexes = indexes;
        _all = all;
    }

    /// <summary>Gets the subject, as its first report in the set names it.</summary>
    public ReportingSubject Subject { get; }

    /// <summary>Gets the indexes into <see cref="ReportSet.Reports"/> of the series' reports, by year ascending.</summary>
    public ImmutableArray<int> Indexes { get; }

    /// <summary>Gets the series' reports, by year ascending.</summary>
    public IEnumerable<AnnualReport> Reports => Indexes.Select(i => _all[i]);

    /// <summary>Gets the years the series covers, ascending; gaps are years without a report.</summary>
    public IEnumerable<ReportYear> Years => Reports.Select(r => r.Year);

    /// <summary>Gets the index into <see cref="ReportSet.Reports"/> of the series' report for a year.</summary>
    /// <param name="year">The report year.</param>
    /// <returns>The index, or <see langword="null"/> when the series has no report for that year.</returns>
    public int? IndexOf(ReportYear year)
    {
        foreach (var index in Indexes)
        {
            if (_all[index].Year == year)
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>Returns the subject's full name and the years.</summary>
    /// <returns>For example <c>某区人民政府: 2021, 2022, 2023</c>.</returns>
    public override string ToString() => Subject.FullName + ": " + string.Join(", ", Years);
}

/// <summary>A report that repeats a subject and year already in a <see cref="ReportSet"/>.</summary>
/// <remarks>Equality compares every property.</remarks>
public sealed record ReportDuplicate
{
    internal ReportDuplicate(ReportingSubject subject, ReportYear year, int firstIndex, int duplicateIndex)
    {
        Subject = subject;
        Year = year;
        FirstIndex = firstIndex;
        DuplicateIndex = duplicateIndex;
    }

    /// <summary>Gets the subject.</summary>
    public ReportingSubject Subject { get; }

    /// <summary>Gets the report year.</summary>
    public ReportYear Year { get; }

    /// <summary>Gets the index in <see cref="ReportSet.Reports"/> of the report the series holds.</summary>
    public int FirstIndex { get; }

    /// <summary>Gets the index in <see cref="ReportSet.Reports"/> of the repeated report.</summary>
    public int DuplicateIndex { get; }
}
