using System;
using System.Collections.Immutable;
using System.Globalization;
using RuleOfLaw.Domain.Indicators;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>
/// Builds indicator frameworks that are valid by default: <c>AnIndicatorFramework.Named("考核指标").WithLevels(2, 3, 2).Build()</c>.
/// </summary>
/// <remarks>
/// <para>
/// The default is a three-level tree of 2 / 4 / 8 nodes whose declared counts match. Each node at a level has the
/// same number of children, so the counts are the running products of the branching factors.
/// </para>
/// <para>
/// Each step changes this builder and returns it: use one builder per framework, since a builder kept and reused carries
/// every earlier step. A builder is not thread-safe. <see cref="Build"/> may be called more than once; each call returns a
/// framework of the builder's current state.
/// </para>
/// </remarks>
public sealed class AnIndicatorFramework
{
    private readonly string _name;
    private string? _source = "测试用指标体系";
    private int[] _branching = { 2, 2, 2 };
    private int _declaredOffset;

    private AnIndicatorFramework(string name) => _name = name;

    /// <summary>Starts a framework with a name.</summary>
    /// <param name="name">The framework's name.</param>
    /// <returns>The builder.</returns>
    public static AnIndicatorFramework Named(string name) => new(name);

    /// <summary>The most indicators the last level may hold: the product of the branching factors is checked against it.</summary>
    /// <remarks>Real frameworks have about a hundred (10 / 34 / 104); the limit keeps a typo from building millions of nodes.</remarks>
    public const int MaxIndicatorsOnLastLevel = 10_000;

    /// <summary>Sets the branching per level: <c>WithLevels(10, 3)</c> gives 10 first-level and 30 second-level indicators.</summary>
    /// <param name="branching">
    /// The number of roots, then the children of each node per further level: from <see cref="IndicatorFramework.MinLevels"/>
    /// to <see cref="IndicatorFramework.MaxLevels"/> values, each at least 1, whose product (the indicators on the last level)
    /// is at most <see cref="MaxIndicatorsOnLastLevel"/>. The values are copied.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="branching"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// There are fewer than 2 or more than 3 values, a value is below 1, or their product exceeds <see cref="MaxIndicatorsOnLastLevel"/>.
    /// </exception>
    /// <remarks>A level needs at least one indicator per parent: a factor of 0 would leave that level and every deeper one empty.</remarks>
    public AnIndicatorFramework WithLevels(params int[] branching)
    {
        ArgumentNullException.ThrowIfNull(branching);
        if (branching.Length is < IndicatorFramework.MinLevels or > IndicatorFramework.MaxLevels)
        {
            throw new ArgumentOutOfRangeException(nameof(branching), branching.Length, string.Create(CultureInfo.InvariantCulture,
                $"branching must have between {IndicatorFramework.MinLevels} and {IndicatorFramework.MaxLevels} values, one per level, but has {branching.Length}"));
        }

        long product = 1;
        for (var i = 0; i < branching.Length; i++)
        {
            if (branching[i] < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(branching), branching[i], string.Create(CultureInfo.InvariantCulture,
                    $"branching[{i}] ({branching[i]}) must be at least 1"));
            }

            product *= branching[i];
            if (product > MaxIndicatorsOnLastLevel)
            {
                throw new ArgumentOutOfRangeException(nameof(branching), product, string.Create(CultureInfo.InvariantCulture,
                    $"branching ({string.Join(", ", branching)}) must give at most {MaxIndicatorsOnLastLevel} indicators on a level, but level {i + 1} would have {product}"));
            }
        }

        _branching = (int[])branching.Clone();
        return this;
    }

    /// <summary>Sets the framework's source text.</summary>
    /// <param name="source">Where the framework comes from, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AnIndicatorFramework From(string? source)
    {
        _source = source;
        return this;
    }

    /// <summary>Declares one more indicator on the last level than the tree holds, which V15 (ROL0015) reports.</summary>
    /// <returns>This builder.</returns>
    public AnIndicatorFramework WithMismatchedDeclaredCounts()
    {
        _declaredOffset = 1;
        return this;
    }

    /// <summary>Builds the framework.</summary>
    /// <returns>The framework.</returns>
    /// <exception cref="ArgumentException">The name is null or blank, or the source is blank (<see cref="WithLevels"/> has already checked the levels).</exception>
    public IndicatorFramework Build()
    {
        var declared = ImmutableArray.CreateBuilder<int>(_branching.Length);
        var count = 1;
        foreach (var factor in _branching)
        {
            count *= factor;
            declared.Add(count);
        }

        declared[^1] += _declaredOffset;
        return new IndicatorFramework(_name, _source, declared.ToImmutable(), Nodes(0, "指标"));
    }

    private ImmutableArray<IndicatorFrameworkNode> Nodes(int level, string prefix)
    {
        if (level >= _branching.Length)
        {
            return ImmutableArray<IndicatorFrameworkNode>.Empty;
        }

        var nodes = ImmutableArray.CreateBuilder<IndicatorFrameworkNode>(_branching[level]);
        for (var i = 1; i <= _branching[level]; i++)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            nodes.Add(new IndicatorFrameworkNode(name, children: Nodes(level + 1, name + ".")));
        }

        return nodes.MoveToImmutable();
    }
}
