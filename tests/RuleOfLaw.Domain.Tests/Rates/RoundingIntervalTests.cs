using System;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed class RoundingIntervalTests
{
    private static RoundingInterval HalfUp(string printed) => PublishedFigure.Parse(printed).IntervalUnder(MidpointRounding.AwayFromZero);

    private static RoundingInterval HalfEven(string printed) => PublishedFigure.Parse(printed).IntervalUnder(MidpointRounding.ToEven);

    [Fact]
    public void Ends_HalfUp_IncludeLowerAndExcludeUpper()
    {
        var interval = HalfUp("18.2");

        Assert.Equal(18.15m, interval.Lower);
        Assert.Equal(18.25m, interval.Upper);
        Assert.True(interval.IncludesLower);
        Assert.False(interval.IncludesUpper);
    }

    [Fact]
    public void Contains_Rate_IsExactAtTheEnds()
    {
        // 1/8 = 12.5 % exactly: the upper end of 12 and the lower end of 13 under half up.
        Assert.False(HalfUp("12").Contains(Rate.Of(1, 8)));
        Assert.True(HalfUp("13").Contains(Rate.Of(1, 8)));
        Assert.True(HalfEven("12").Contains(Rate.Of(1, 8)));
        Assert.False(HalfEven("13").Contains(Rate.Of(1, 8)));
        Assert.True(HalfUp("18.2").Contains(Rate.Of(2, 11)));
        Assert.False(HalfUp("18.3").Contains(Rate.Of(2, 11)));
    }

    [Fact]
    public void Contains_NotApplicableRate_IsFalse()
    {
        Assert.False(HalfUp("0").Contains(Rate.NotApplicable));
    }

    [Fact]
    public void Contains_RateAgainstEndsOutsideZeroToHundred_IsDecidedWithoutMultiplying()
    {
        Assert.True(HalfUp("0").Contains(Rate.Of(0, 7)));
        Assert.True(HalfUp("100").Contains(Rate.Of(7, 7)));
        Assert.False(HalfUp("-5").Contains(Rate.Of(0, 7)));
        Assert.False(HalfUp("1000000").Contains(Rate.Of(7, 7)));
    }

    [Fact]
    public void Intersects_SharedEnd_CountsOnlyWhenBothInclude()
    {
        Assert.False(HalfUp("18.2").Intersects(HalfUp("18.3")));
        Assert.False(HalfEven("18.2").Intersects(HalfEven("18.3")));
        Assert.True(HalfEven("18.2").Intersects(PublishedFigure.Parse("18.25").IntervalUnder(MidpointRounding.ToPositiveInfinity)));
        Assert.True(HalfUp("18.2").Intersects(HalfUp("18.2")));
    }

    [Fact]
    public void Default_IsZeroAloneAndNotEmpty()
    {
        var interval = default(RoundingInterval);

        Assert.Equal("[0, 0]", interval.ToString());
        Assert.True(interval.Contains(0m));
        Assert.False(interval.Contains(0.0000001m));
    }

    [Fact]
    public void Equality_ComparesValuesAndEnds()
    {
        ValueSemantics.Assert(HalfUp("18.2"), PublishedFigure.Of(18.20m, 1).IntervalUnder(MidpointRounding.AwayFromZero), HalfEven("18.2"), HalfUp("18.3"), HalfUp("18.20"), PublishedFigure.Parse("18.2").IntervalUnder(MidpointRounding.ToZero));
    }
}
