using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>One indicator of an assessment framework, with an optional weight and its sub-indicators (指标体系中的一项指标).</summary>
/// <remarks>Equality compares name, weight and children in order; there is no order.</remarks>
public sealed record IndicatorFrameworkNode
{
    /// <summary>Creates a node.</summary>
    /// <param name="name">The indicator's name as published.</param>
    /// <param name="weight">The weight or points, if the framework publishes them; not negative.</param>
    /// <param name="children">The sub-indicators in order; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or a child is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative.</exception>
    [JsonConstructor]
    public IndicatorFrameworkNode(string name, decimal? weight = null, ImmutableArray<IndicatorFrameworkNode> children = default)
    {
        Name = Guard.NotBlank(name, nameof(name));
        if (weight is { } w)
        {
            Guard.InRange(w, 0m, decimal.MaxValue, nameof(weight));
        }

        Weight = weight;
        Children = Sequences.NoNulls(children, nameof(children));
        var depth = 0;
        foreach (var child in Children)
        {
            depth = Math.Max(depth, child.Depth);
        }

        Depth = depth + 1;
    }

    /// <summary>Gets the indicator's name as published.</summary>
    public string Name { get; }

    /// <summary>Gets the weight or points, if published.</summary>
    public decimal? Weight { get; }

    /// <summary>Gets the sub-indicators in order.</summary>
    public ImmutableArray<IndicatorFrameworkNode> Children { get; }

    /// <summary>Gets the number of levels from this node down to its deepest descendant: 1 for a leaf.</summary>
    public int Depth { get; }

    /// <inheritdoc/>
    public bool Equals(IndicatorFrameworkNode? other) =>
        other is not null && Name == other.Name && Weight == other.Weight && Sequences.Equal(Children, other.Children);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Weight, Sequences.Hash(Children));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Name", Name), ("Weight", Weight), ("Children", Children), ("Depth", Depth));
}
