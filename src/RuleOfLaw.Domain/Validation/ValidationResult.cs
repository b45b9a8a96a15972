using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>The findings of validating one report: its issues in a stable order, with helpers to ask about them.</summary>
/// <remarks>
/// Issues are sorted by code, then by path (ordinal); issues with the same code and path keep the order in which
/// they were found. Equality compares the issues in order. The result with no issues is <see cref="Empty"/>.
/// </remarks>
public sealed class ValidationResult : IEquatable<ValidationResult>
{
    private ValidationResult(ImmutableArray<ValidationIssue> sorted) => Issues = sorted;

    /// <summary>Initializes a new instance of the <see cref="ValidationResult"/> class.</summary>
    /// <param name="issues">The issues in any order; they are sorted by code, then path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> or one of its items is null.</exception>
    public ValidationResult(IEnumerable<ValidationIssue> issues)
    {
        Guard.NotNull(issues, nameof(issues));
        var array = issues.ToArray();
        foreach (var issue in array)
        {
            Guard.NotNull(issue, nameof(issues));
        }

        // Issues often come in order already (a report's own findings, then those across reports): a stable sort would keep them as they are.
        Issues = IsInOrder(array) ? ImmutableCollectionsMarshal.AsImmutableArray(array) : [.. array.OrderBy(static issue => issue, ValidationIssue.Order)];
    }

    private static bool IsInOrder(ValidationIssue[] issues)
    {
        for (var i = 1; i < issues.Length; i++)
        {
            if (ValidationIssue.Order.Compare(issues[i - 1], issues[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the result with no issues.</summary>
    public static ValidationResult Empty { get; } = new(ImmutableArray<ValidationIssue>.Empty);

    /// <summary>Gets the issues, sorted by code and then path.</summary>
    public ImmutableArray<ValidationIssue> Issues { get; }

    /// <summary>Gets a value indicating whether any issue is an <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => Worst == Severity.Error;

    /// <summary>Gets a value indicating whether no issue is an <see cref="Severity.Error"/>; warnings and information may remain.</summary>
    public bool IsValid => !HasErrors;

    /// <summary>Gets the most severe severity among the issues, or <see langword="null"/> when there are none.</summary>
    public Severity? Worst
    {
        get
        {
            Severity? worst = null;
            foreach (var issue in Issues)
            {
                if (worst is null || issue.Severity > worst)
                {
                    worst = issue.Severity;
                }
            }

            return worst;
        }
    }

    /// <summary>Tells whether any issue has a code.</summary>
    /// <param name="code">A code such as <see cref="ValidationCodes.PublishedLate"/>.</param>
    /// <returns><see langword="true"/> if an issue has the code.</returns>
    public bool Has(string code)
    {
        foreach (var issue in Issues)
        {
            if (string.Equals(issue.Code, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether any issue has a code and a path.</summary>
    /// <param name="code">A code such as <see cref="ValidationCodes.PublishedLate"/>.</param>
    /// <param name="path">A path such as <c>Publication.PublishedAt</c>.</param>
    /// <returns><see langword="true"/> if an issue has both.</returns>
    public bool Has(string code, string path)
    {
        foreach (var issue in Issues)
        {
            if (string.Equals(issue.Code, code, StringComparison.Ordinal) && string.Equals(issue.Path, path, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the issues that have a code, in order.</summary>
    /// <param name="code">A code such as <see cref="ValidationCodes.ShortcomingWithoutCause"/>.</param>
    /// <returns>The matching issues; empty when there are none.</returns>
    public ImmutableArray<ValidationIssue> WithCode(string code) =>
        [.. Issues.Where(issue => string.Equals(issue.Code, code, StringComparison.Ordinal))];

    /// <summary>Gets the issues of a severity, in order.</summary>
    /// <param name="severity">The severity to select.</param>
    /// <returns>The matching issues; empty when there are none.</returns>
    public ImmutableArray<ValidationIssue> WithSeverity(Severity severity) =>
        [.. Issues.Where(issue => issue.Severity == severity)];

    /// <inheritdoc/>
    public bool Equals(ValidationResult? other) => other is not null && Issues.SequenceEqual(other.Issues);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValidationResult);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var issue in Issues)
        {
            hash.Add(issue);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the count of issues and the worst severity, then each issue on its own line.</summary>
    /// <returns>For example <c>1 issue (worst: Error)</c> followed by the issue.</returns>
    public override string ToString()
    {
        var header = Issues.Length switch
        {
            0 => "no issues",
            1 => string.Create(CultureInfo.InvariantCulture, $"1 issue (worst: {Worst})"),
            var count => string.Create(CultureInfo.InvariantCulture, $"{count} issues (worst: {Worst})"),
        };
        return Issues.IsEmpty ? header : header + "\n" + string.Join("\n", Issues);
    }

    /// <inheritdoc/>
    public static bool operator ==(ValidationResult? left, ValidationResult? right) => left is null ? right is null : left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(ValidationResult? left, ValidationResult? right) => !(left == right);

    /// <summary>
    /// Merges sorted pieces into one result, sorted as <see cref="FromUnsorted"/> sorts the pieces' issues one after
    /// the other: by code, then path, and issues with equal code and path in the order of their pieces.
    /// </summary>
    /// <param name="pieces">Issues sorted as a <see cref="ValidationResult"/> holds them, piece by piece.</param>
    internal static ValidationResult Merge(IReadOnlyList<ImmutableArray<ValidationIssue>> pieces)
    {
        var total = 0;
        var queue = new PriorityQueue<int, (ValidationIssue Issue, int Piece)>(pieces.Count, PieceOrder);
        for (var p = 0; p < pieces.Count; p++)
        {
            total += pieces[p].Length;
            if (!pieces[p].IsEmpty)
            {
                queue.Enqueue(p, (pieces[p][0], p));
            }
        }

        if (total == 0)
        {
            return Empty;
        }

        var next = new int[pieces.Count];
        var builder = ImmutableArray.CreateBuilder<ValidationIssue>(total);
        while (queue.TryDequeue(out var piece, out _))
        {
            var issues = pieces[piece];
            builder.Add(issues[next[piece]++]);
            if (next[piece] < issues.Length)
            {
                queue.Enqueue(piece, (issues[next[piece]], piece));
            }
        }

        return new ValidationResult(builder.MoveToImmutable());
    }

    private static readonly IComparer<(ValidationIssue Issue, int Piece)> PieceOrder = Comparer<(ValidationIssue Issue, int Piece)>.Create(static (x, y) =>
    {
        var byOrder = ValidationIssue.Order.Compare(x.Issue, y.Issue);
        return byOrder != 0 ? byOrder : x.Piece.CompareTo(y.Piece);
    });

    internal static ValidationResult FromUnsorted(List<ValidationIssue>? issues)
    {
        if (issues is null || issues.Count == 0)
        {
            return Empty;
        }

        if (issues.Count > 1)
        {
            // List.Sort is not stable; the index breaks ties so that issues with equal code and path keep their order.
            var indexed = new (ValidationIssue Issue, int Index)[issues.Count];
            for (var i = 0; i < indexed.Length; i++)
            {
                indexed[i] = (issues[i], i);
            }

            Array.Sort(indexed, static (x, y) =>
            {
                var byOrder = ValidationIssue.Order.Compare(x.Issue, y.Issue);
                return byOrder != 0 ? byOrder : x.Index.CompareTo(y.Index);
            });
            var builder = ImmutableArray.CreateBuilder<ValidationIssue>(indexed.Length);
            foreach (var (issue, _) in indexed)
            {
                builder.Add(issue);
            }

            return new ValidationResult(builder.MoveToImmutable());
        }

        return new ValidationResult([issues[0]]);
    }
}
