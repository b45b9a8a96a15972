using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>A column of the summary table the reviewer can sort by.</summary>
public enum SummaryColumn
{
    /// <summary>The file's name.</summary>
    File,

    /// <summary>The report's subject.</summary>
    Subject,

    /// <summary>The report year.</summary>
    Year,

    /// <summary>The number of errors.</summary>
    Errors,

    /// <summary>The number of warnings.</summary>
    Warnings,

    /// <summary>Whether a deadline was missed.</summary>
    Late,

    /// <summary>The number of inconsistent rates.</summary>
    InconsistentRates,
}

/// <summary>One line of the summary table over several files.</summary>
/// <param name="Index">The review's position in the list of files (the page selects it by this).</param>
/// <param name="File">The file's name.</param>
/// <param name="Subject">The subject's name, or the reason the file could not be read.</param>
/// <param name="Year">The report year, or 0.</param>
/// <param name="Errors">The number of errors.</param>
/// <param name="Warnings">The number of warnings.</param>
/// <param name="Late">Whether a deadline finding is present.</param>
/// <param name="InconsistentRates">The number of inconsistent rates.</param>
/// <param name="Unreadable">Whether the file could not be read, or was read but gave too little for a report.</param>
public sealed record SummaryRow(int Index, string File, string Subject, int Year, int Errors, int Warnings, bool Late, int InconsistentRates, bool Unreadable)
{
    /// <summary>Builds the table, in the order of the files.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>One row per review.</returns>
    public static ImmutableArray<SummaryRow> Of(IReadOnlyList<ReportReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return [.. reviews.Select((r, i) => new SummaryRow(
            i,
            r.Name,
            r.Report?.Subject.FullName ?? r.Error ?? (r.Unbuilt is { } unbuilt ? "未能构建报告:" + unbuilt : string.Empty),
            r.Report?.Year.Year ?? 0,
            r.Count(Severity.Error),
            r.Count(Severity.Warning),
            r.IsLate,
            r.InconsistentRates,
            r.Error is not null || r.IsPartial))];
    }

    /// <summary>Sorts rows by a column (ordinal for text), ties kept in file order.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="column">The column.</param>
    /// <param name="descending">Whether to sort from largest to smallest.</param>
    /// <returns>The sorted rows.</returns>
    public static ImmutableArray<SummaryRow> Sort(IEnumerable<SummaryRow> rows, SummaryColumn column, bool descending)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Comparison<SummaryRow> compare = column switch
        {
            SummaryColumn.File => (x, y) => string.CompareOrdinal(x.File, y.File),
            SummaryColumn.Subject => (x, y) => string.CompareOrdinal(x.Subject, y.Subject),
            SummaryColumn.Year => (x, y) => x.Year.CompareTo(y.Year),
            SummaryColumn.Errors => (x, y) => x.Errors.CompareTo(y.Errors),
            SummaryColumn.Warnings => (x, y) => x.Warnings.CompareTo(y.Warnings),
            SummaryColumn.Late => (x, y) => x.Late.CompareTo(y.Late),
            SummaryColumn.InconsistentRates => (x, y) => x.InconsistentRates.CompareTo(y.InconsistentRates),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column, "unknown summary column"),
        };
        var list = rows.ToList();
        var ordered = descending
            ? list.OrderByDescending(r => r, Comparer<SummaryRow>.Create(compare)).ThenBy(r => r.Index)
            : list.OrderBy(r => r, Comparer<SummaryRow>.Create(compare)).ThenBy(r => r.Index);
        return [.. ordered];
    }
}
