using System;
using System.Collections.Immutable;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class IndicatorFrameworkNodeTests
{
    [Fact]
    public void Depth_IsOneForALeafAndGrowsWithChildren()
    {
        var leaf = new IndicatorFrameworkNode("c");
        var middle = new IndicatorFrameworkNode("b", children: ImmutableArray.Create(leaf));
        var top = new IndicatorFrameworkNode("a", children: ImmutableArray.Create(leaf, middle));

        Assert.Equal(1, leaf.Depth);
        Assert.Equal(2, middle.Depth);
        Assert.Equal(3, top.Depth);
    }

    [Fact]
    public void Constructor_ZeroWeight_IsAcceptedAndNegativeThrows()
    {
        Assert.Equal(0m, new IndicatorFrameworkNode("a", 0m).Weight);
        Assert.Equal("weight", Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorFrameworkNode("a", -0.5m)).ParamName);
    }

    [Fact]
    public void Constructor_BlankNameOrNullChild_Throws()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new IndicatorFrameworkNode(" ")).ParamName);
        Assert.Equal("children", Assert.Throws<ArgumentException>(() => new IndicatorFrameworkNode("a", children: Copy.WithNull<IndicatorFrameworkNode>())).ParamName);
    }

    [Fact]
    public void Equality_ComparesNameWeightAndChildren()
    {
        var children = ImmutableArray.Create(new IndicatorFrameworkNode("b"));

        ValueSemantics.Assert(
            new IndicatorFrameworkNode("a", 10m, children),
            new IndicatorFrameworkNode("a", 10m, Copy.Of(children)),
            new IndicatorFrameworkNode("a", 10m),
            new IndicatorFrameworkNode("a", null, children),
            new IndicatorFrameworkNode("z", 10m, children));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(IndicatorFrameworkNode node)
    {
        var copy = new IndicatorFrameworkNode(node.Name, node.Weight, Copy.Of(node.Children));
        return copy == node && copy.GetHashCode() == node.GetHashCode() && copy.Depth == node.Depth;
    }
}
