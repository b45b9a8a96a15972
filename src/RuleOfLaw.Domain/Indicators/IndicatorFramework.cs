using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>An assessment indicator system (指标体系): a tree of two or three levels with the level counts it declares.</summary>
/// <remarks>
/// <para>
/// Frameworks differ by issuer: the national demonstration system declares 10 / 34 / 104 indicators, others 8 / 40 / 108.
/// The declared counts are data from the framework's text; <see cref="CountPerLevel"/> counts the tree, and
/// <see cref="MatchesDeclaredCounts"/> compares the two. A mismatch is legal to construct: validation reports it.
/// </para>
/// <para>Equality compares name, source, declared counts and roots in order; there is no order.</para>
/// </remarks>
public sealed record IndicatorFramework
{
    /// <summary>The fewest levels a framework has.</summary>
    public const int MinLevels = 2;

    /// <summary>The most levels a framework has.</summary>
    public const int MaxLevels = 3;

    /// <summary>Creates a framework.</summary>
    /// <param name="name">The framework's name as published.</param>
    /// <param name="source">The document that publishes it, if known.</param>
    /// <param name="declaredLevelCounts">The number of indicators the text declares per level, outermost first; two or three non-negative counts.</param>
    /// <param name="roots">The first-level indicators in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> or <paramref name="source"/> is blank, a root is null, or the tree is deeper than the declared levels.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">There are not two or three declared counts, or one is negative.</exception>
    [JsonConstructor]
    public IndicatorFramework(string name, string? source, ImmutableArray<int> declaredLevelCounts, ImmutableArray<IndicatorFrameworkNode> roots)
    {
        Name = Guard.NotBlank(name, nameof(name));
        if (source is not null)
        {
            Guard.NotBlank(source, nameof(source));
        }

        DeclaredLevelCounts = Sequences.OrEmpty(declaredLevelCounts);
        Guard.InRange(DeclaredLevelCounts.Length, MinLevels, MaxLevels, nameof(declaredLevelCounts));
        foreach (var count in DeclaredLevelCounts)
        {
            Guard.NotNegative(count, nameof(declaredLevelCounts));
        }

        Roots = Sequences.NoNulls(roots, nameof(roots));
        var depth = Roots.Length == 0 ? 0 : Roots.Max(root => root.Depth);
        Guard.That(depth <= DeclaredLevelCounts.Length, nameof(roots), Message.FrameworkTooDeep, depth, DeclaredLevelCounts.Length);
        Source = source;
    }

    /// <summary>Gets the framework's name as published.</summary>
    public string Name { get; }

    /// <summary>Gets the document that publishes the framework, if known.</summary>
    public string? Source { get; }

    /// <summary>Gets the number of indicators the text declares per level, outermost first.</summary>
    public ImmutableArray<int> DeclaredLevelCounts { get; }

    /// <summary>Gets the first-level indicators in order.</summary>
    public ImmutableArray<IndicatorFrameworkNode> Roots { get; }

    /// <summary>Counts the indicators of the tree on each declared level, outermost first.</summary>
    /// <returns>As many counts as <see cref="DeclaredLevelCounts"/> holds.</returns>
    public ImmutableArray<int> CountPerLevel()
    {
        var counts = new int[DeclaredLevelCounts.Length];
        var level = Roots;
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = level.Length;
            level = level.SelectMany(node => node.Children).ToImmutableArray();
        }

        return ImmutableArray.Create(counts);
    }

    /// <summary>Tells whether the tree's counts per level match the declared ones.</summary>
    /// <returns><see langword="true"/> when every level holds as many indicators as declared.</returns>
    public bool MatchesDeclaredCounts() => CountPerLevel().SequenceEqual(DeclaredLevelCounts);

    /// <inheritdoc/>
    public bool Equals(IndicatorFramework? other) =>
        other is not null && Name == other.Name && Source == other.Source
        && Sequences.Equal(DeclaredLevelCounts, other.DeclaredLevelCounts) && Sequences.Equal(Roots, other.Roots);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Source, Sequences.Hash(DeclaredLevelCounts), Sequences.Hash(Roots));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Name", Name), ("Source", Source), ("DeclaredLevelCounts", DeclaredLevelCounts), ("Roots", Roots));
}
