using System.Collections.Immutable;
using System.Globalization;
using RuleOfLaw.Domain.Indicators;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>
/// Builds indicator frameworks that are valid by default: <c>AnIndicatorFramework.Named("考核指标").WithLevels(2, 3, 2).Build()</c>.
/// </summary>
/// <remarks>
/// The default is a three-level tree of 2 / 4 / 8 nodes whose declared counts match. Each node at a level has the
/// same number of children, so the counts are the running products of the branching factors.
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

    /// <summary>Sets the branching per level: <c>WithLevels(10, 3)</c> gives 10 first-level and 30 second-level indicators.</summary>
    /// <param name="branching">The number of roots, then the children of each node per further level (2 or 3 levels).</param>
    /// <returns>This builder.</returns>
    public AnIndicatorFramework WithLevels(params int[] branching)
    {
        _branching = branching;
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
    /// <exception cref="System.ArgumentException">The levels break the framework's invariants (2–3 levels, positive counts).</exception>
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
