using System;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed class CountRangeTests
{
    [Fact]
    public void Of_MinEqualToMax_HoldsOneCount()
    {
        var range = CountRange.Of(32, 32);

        Assert.False(range.IsEmpty);
        Assert.Equal(1, range.Count);
        Assert.True(range.Contains(32));
        Assert.False(range.Contains(31));
        Assert.False(range.Contains(33));
    }

    [Fact]
    public void Of_MinAboveMax_IsEmpty()
    {
        var range = CountRange.Of(33, 32);

        Assert.True(range.IsEmpty);
        Assert.Equal(0, range.Count);
        Assert.Equal(CountRange.Empty, range);
        Assert.False(range.Contains(32));
        Assert.Equal("empty", range.ToString());
    }

    [Theory]
    [InlineData(-1, 5, "min")]
    [InlineData(0, -1, "max")]
    public void Of_NegativeEnd_Throws(long min, long max, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => CountRange.Of(min, max));

        Assert.Equal(parameter, exception.ParamName);
        Assert.StartsWith($"{parameter} (-1) must not be negative", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_WholeRange_SaturatesAtLongMaxValue()
    {
        Assert.Equal(long.MaxValue, CountRange.Of(0, long.MaxValue).Count);
        Assert.Equal(long.MaxValue, CountRange.Of(1, long.MaxValue).Count);
        Assert.Equal(1_000_000_000_000, CountRange.Of(1, 1_000_000_000_000).Count);
    }

    [Fact]
    public void Intersect_OverlappingAndDisjoint()
    {
        Assert.Equal(CountRange.Of(5, 10), CountRange.Of(0, 10).Intersect(CountRange.Of(5, 20)));
        Assert.Equal(CountRange.Of(10, 10), CountRange.Of(0, 10).Intersect(CountRange.Of(10, 20)));
        Assert.True(CountRange.Of(0, 10).Intersect(CountRange.Of(11, 20)).IsEmpty);
        Assert.True(CountRange.Empty.Intersect(CountRange.Of(0, 20)).IsEmpty);
    }

    [Fact]
    public void Default_IsZeroAlone()
    {
        Assert.Equal(CountRange.Of(0, 0), default);
        Assert.Equal("[0, 0]", default(CountRange).ToString());
    }

    [Fact]
    public void Equality_EmptyRangesAreEqual()
    {
        ValueSemantics.Assert(CountRange.Of(3, 2), CountRange.Of(9, 1), CountRange.Of(0, 0), CountRange.Of(1, 1));
        ValueSemantics.Assert(CountRange.Of(1, 5), CountRange.Of(1, 5), CountRange.Of(1, 6), CountRange.Of(0, 5), CountRange.Empty);
    }
}
