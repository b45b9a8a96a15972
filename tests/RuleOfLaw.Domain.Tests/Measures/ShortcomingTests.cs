using System;
using System.Collections.Immutable;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Measures;

public sealed class ShortcomingTests
{
    [Fact]
    public void Constructor_NoCauses_IsLegal()
    {
        Assert.Empty(new Shortcoming("执法队伍力量不足").Causes);
    }

    [Fact]
    public void Constructor_BlankDescription_Throws()
    {
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new Shortcoming(" ")).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankCause_ThrowsNamingItsIndex(string cause)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Shortcoming("不足", ImmutableArray.Create("编制有限", cause)));

        Assert.Equal("causes", exception.ParamName);
        Assert.Contains("item 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCause_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Shortcoming("不足", Copy.WithNull<string>()));
    }

    [Fact]
    public void Equality_ComparesCausesBySequence()
    {
        ValueSemantics.Assert(
            new Shortcoming("不足", ImmutableArray.Create("甲", "乙")),
            new Shortcoming("不足", ImmutableArray.Create("甲", "乙")),
            new Shortcoming("不足", ImmutableArray.Create("乙", "甲")),
            new Shortcoming("不足"),
            new Shortcoming("短板", ImmutableArray.Create("甲", "乙")));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(Shortcoming shortcoming)
    {
        var copy = new Shortcoming(shortcoming.Description, Copy.Of(shortcoming.Causes));
        return copy == shortcoming && copy.GetHashCode() == shortcoming.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(Shortcoming a, Shortcoming b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);
}
