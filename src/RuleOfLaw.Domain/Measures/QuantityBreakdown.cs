using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Measures;

/// <summary>
/// A stated total and the parts printed with it (合计与分项): <c>共受理120件，其中维持80件、撤销10件</c>, or shares of one
/// whole (<c>…占42.1%、…占57.9%</c>).
/// </summary>
/// <remarks>
/// <para>
/// The total and the parts are quantities of the document, named by their paths: in a report
/// <c>Sections[0].Children[2].Quantities[1]</c> or <c>PreambleQuantities[0]</c> (<see cref="Reports.AnnualReport.QuantityAt(string?)"/>),
/// in a read's syntax <c>Quantities[5]</c> (<see cref="Text.ReportSyntax.Quantities"/>). A breakdown with no total is a
/// list of shares of one whole, which is 100%.
/// </para>
/// <para>
/// <see cref="Completeness"/> says whether the parts must add up to the total or only must not exceed it; validation
/// checks either with each printed figure taken as the interval it was rounded from (ROL0032).
/// </para>
/// <para>Equality compares the total, the parts in order and the completeness; there is no order. There is no default: a record is a reference.</para>
/// </remarks>
public sealed record QuantityBreakdown
{
    /// <summary>Creates a breakdown.</summary>
    /// <param name="total">The path of the total, or <see langword="null"/> when the parts are shares of one whole (100%).</param>
    /// <param name="parts">The paths of the parts, in the order printed; at least one.</param>
    /// <param name="completeness">Whether the parts make up the total or are only some of it.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="total"/> is blank but not null; <paramref name="parts"/> is empty, holds null, a blank path or a
    /// path twice, or holds the total's path.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="completeness"/> is not a defined value.</exception>
    [JsonConstructor]
    public QuantityBreakdown(string? total, ImmutableArray<string> parts, BreakdownCompleteness completeness)
    {
        if (total is not null)
        {
            Guard.NotBlank(total, nameof(total));
        }

        Parts = Sequences.NoBlanks(parts, nameof(parts));
        Guard.That(Parts.Length > 0, nameof(parts), Message.BreakdownNeedsPart);
        for (var i = 0; i < Parts.Length; i++)
        {
            Guard.That(Parts.IndexOf(Parts[i], 0, StringComparer.Ordinal) == i, nameof(parts), Message.PartsMustNotRepeat, Parts[i]);
            Guard.That(!string.Equals(Parts[i], total, StringComparison.Ordinal), nameof(parts), Message.BreakdownPartIsTotal, i, Parts[i]);
        }

        Guard.Defined(completeness, nameof(completeness));
        Total = total;
        Completeness = completeness;
    }

    /// <summary>Gets the path of the total, or <see langword="null"/> when the parts are shares of one whole (100%).</summary>
    public string? Total { get; }

    /// <summary>Gets the paths of the parts, in the order printed.</summary>
    public ImmutableArray<string> Parts { get; }

    /// <summary>Gets whether the parts make up the total or are only some of it.</summary>
    public BreakdownCompleteness Completeness { get; }

    /// <inheritdoc/>
    public bool Equals(QuantityBreakdown? other) =>
        other is not null && string.Equals(Total, other.Total, StringComparison.Ordinal) && Completeness == other.Completeness && Sequences.Equal(Parts, other.Parts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, Completeness, Sequences.Hash(Parts));

    /// <summary>Returns the breakdown in a short invariant form, such as <c>Sections[0].Quantities[1] = Sections[0].Quantities[2] + Sections[0].Quantities[3]</c>.</summary>
    /// <returns>The total (or <c>100%</c>), <c>=</c> or <c>≥</c>, and the parts joined by <c>+</c>.</returns>
    public override string ToString() =>
        (Total ?? "100%") + (Completeness == BreakdownCompleteness.Exhaustive ? " = " : " ≥ ") + string.Join(" + ", Parts);
}
