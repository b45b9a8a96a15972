using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Plans;

/// <summary>The plan a report sets out for the year after the report year (下一年度主要安排, 工作计划).</summary>
/// <remarks>
/// A plan's <see cref="Year"/> must be the report year plus one; <c>AnnualReport</c> enforces that. Equality
/// compares the year and the items in order; there is no order.
/// </remarks>
public sealed record Plan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="year">The year the plan is for.</param>
    /// <param name="items">The plan's items in order; may be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="items"/> holds null.</exception>
    [JsonConstructor]
    public Plan(ReportYear year, ImmutableArray<PlanItem> items)
    {
        Year = year;
        Items = Sequences.NoNulls(items, nameof(items));
    }

    /// <summary>Gets the year the plan is for.</summary>
    public ReportYear Year { get; }

    /// <summary>Gets the plan's items in order.</summary>
    public ImmutableArray<PlanItem> Items { get; }

    /// <inheritdoc/>
    public bool Equals(Plan? other) => other is not null && Year == other.Year && Sequences.Equal(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Sequences.Hash(Items));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Year", Year), ("Items", Items));
}
