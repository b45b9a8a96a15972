using System;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class PublishedChangeTests
{
    [Fact]
    public void Constructor_AbsoluteUnit_ThrowsNamingUnit()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new PublishedChange(PublishedFigure.Of(3m), ChangeUnit.Absolute));

        Assert.Equal("unit", thrown.ParamName);
    }

    [Theory]
    [InlineData(ChangeUnit.Percent)]
    [InlineData(ChangeUnit.PercentagePoints)]
    public void Constructor_PercentageUnit_IsAccepted(ChangeUnit unit)
    {
        Assert.Equal(unit, new PublishedChange(PublishedFigure.Of(3m), unit).Unit);
    }
}
