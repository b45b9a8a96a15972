using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class IndicatorFrameworkTests
{
    private static IndicatorFrameworkNode Node(int children, int grandchildren) =>
        new("x", children: Enumerable.Range(0, children).Select(_ => new IndicatorFrameworkNode("y", children: Enumerable.Range(0, grandchildren).Select(_ => new IndicatorFrameworkNode("z")).ToImmutableArray())).ToImmutableArray());

    [Fact]
    public void CountPerLevel_CountsEveryLevel()
    {
        var framework = new IndicatorFramework("体系", null, ImmutableArray.Create(2, 5, 7), ImmutableArray.Create(Node(2, 1), Node(3, 2)));

        Assert.Equal(ImmutableArray.Create(2, 5, 8), framework.CountPerLevel());
        Assert.False(framework.MatchesDeclaredCounts());
    }

    [Fact]
    public void MatchesDeclaredCounts_EqualCounts_IsTrue()
    {
        var framework = new IndicatorFramework("体系", "某文件", ImmutableArray.Create(2, 5, 8), ImmutableArray.Create(Node(2, 1), Node(3, 2)));

        Assert.True(framework.MatchesDeclaredCounts());
    }

    [Fact]
    public void CountPerLevel_ShallowTree_CountsZeroBelow()
    {
        var framework = new IndicatorFramework("体系", null, ImmutableArray.Create(1, 0, 0), ImmutableArray.Create(new IndicatorFrameworkNode("a")));

        Assert.Equal(ImmutableArray.Create(1, 0, 0), framework.CountPerLevel());
        Assert.True(framework.MatchesDeclaredCounts());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Constructor_DeclaredLevelsNotTwoOrThree_Throws(int levels)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorFramework("体系", null, Enumerable.Repeat(1, levels).ToImmutableArray(), ImmutableArray<IndicatorFrameworkNode>.Empty));

        Assert.Equal("declaredLevelCounts", exception.ParamName);
    }

    [Fact]
    public void Constructor_NegativeDeclaredCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorFramework("体系", null, ImmutableArray.Create(1, -1), ImmutableArray<IndicatorFrameworkNode>.Empty));
    }

    [Fact]
    public void Constructor_TreeDeeperThanDeclared_ThrowsButEqualDepthIsAccepted()
    {
        var roots = ImmutableArray.Create(Node(1, 1));

        Assert.Equal(3, new IndicatorFramework("体系", null, ImmutableArray.Create(1, 1, 1), roots).CountPerLevel().Length);
        var exception = Assert.Throws<ArgumentException>(() => new IndicatorFramework("体系", null, ImmutableArray.Create(1, 1), roots));
        Assert.Equal("roots", exception.ParamName);
        Assert.StartsWith("roots are 3 levels deep; the framework declares 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankNameOrSource_Throws()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new IndicatorFramework(" ", null, ImmutableArray.Create(0, 0), default)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => new IndicatorFramework("体系", "", ImmutableArray.Create(0, 0), default)).ParamName);
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var declared = ImmutableArray.Create(2, 5, 8);
        var roots = ImmutableArray.Create(Node(2, 1), Node(3, 2));

        ValueSemantics.Assert(
            new IndicatorFramework("体系", "文件", declared, roots),
            new IndicatorFramework("体系", "文件", Copy.Of(declared), Copy.Of(roots)),
            new IndicatorFramework("体系二", "文件", declared, roots),
            new IndicatorFramework("体系", null, declared, roots),
            new IndicatorFramework("体系", "文件", ImmutableArray.Create(2, 5, 9), roots),
            new IndicatorFramework("体系", "文件", declared, roots.RemoveAt(0)));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(IndicatorFramework framework)
    {
        var copy = new IndicatorFramework(framework.Name, framework.Source, Copy.Of(framework.DeclaredLevelCounts), Copy.Of(framework.Roots));
        return copy == framework && copy.GetHashCode() == framework.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool CountPerLevel_FirstLevelIsRootsAndMatchIsTheComparison(IndicatorFramework framework)
    {
        var counts = framework.CountPerLevel();
        return counts.Length == framework.DeclaredLevelCounts.Length
            && counts[0] == framework.Roots.Length
            && framework.MatchesDeclaredCounts() == counts.SequenceEqual(framework.DeclaredLevelCounts);
    }
}
