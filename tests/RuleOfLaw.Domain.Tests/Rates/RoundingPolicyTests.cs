using System;
using FsCheck;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed class RoundingPolicyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Constructor_DecimalsAtTheBoundary_AreAccepted(int decimals)
    {
        var policy = new RoundingPolicy(decimals, MidpointRounding.AwayFromZero);

        Assert.Equal(decimals, policy.Decimals);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Constructor_DecimalsOutsideZeroToFour_Throws(int decimals)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new RoundingPolicy(decimals, MidpointRounding.ToEven));

        Assert.Equal("decimals", exception.ParamName);
        Assert.StartsWith($"decimals ({decimals}) must be between 0 and 4", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedMode_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new RoundingPolicy(1, (MidpointRounding)99));

        Assert.Equal("mode", exception.ParamName);
        Assert.StartsWith("mode (99) must be a defined MidpointRounding value", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Presets_NameTheirModes()
    {
        Assert.Equal(MidpointRounding.AwayFromZero, RoundingPolicy.Everyday(1).Mode);
        Assert.Equal(MidpointRounding.ToEven, RoundingPolicy.NationalStandard(1).Mode);
        Assert.Equal(MidpointRounding.ToZero, RoundingPolicy.Truncating(1).Mode);
    }

    [Theory]
    [InlineData(0.125, 2, 0.13, 0.12)]
    [InlineData(0.135, 2, 0.14, 0.14)]
    [InlineData(18.25, 1, 18.3, 18.2)]
    [InlineData(2.5, 0, 3, 2)]
    public void Round_Midpoint_EverydayGoesAwayFromZeroAndStandardToEven(double value, int decimals, double everyday, double standard)
    {
        Assert.Equal((decimal)everyday, RoundingPolicy.Everyday(decimals).Round((decimal)value));
        Assert.Equal((decimal)standard, RoundingPolicy.NationalStandard(decimals).Round((decimal)value));
    }

    [Fact]
    public void Round_Truncating_CutsDigitsOff()
    {
        Assert.Equal(6.19m, RoundingPolicy.Truncating(2).Round(6.19999m));
    }

    [Fact]
    public void Default_IsZeroDecimalsHalfToEven()
    {
        Assert.Equal(RoundingPolicy.NationalStandard(0), default);
    }

    [Fact]
    public void Equality_ComparesDecimalsAndMode()
    {
        ValueSemantics.Assert(RoundingPolicy.Everyday(1), new RoundingPolicy(1, MidpointRounding.AwayFromZero), RoundingPolicy.Everyday(2), RoundingPolicy.NationalStandard(1));
    }

    [Fact]
    public void ToString_IsShortAndInvariant()
    {
        Assert.Equal("2 decimals, AwayFromZero", RoundingPolicy.Everyday(2).ToString());
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Round_NeverMovesAValueByMoreThanHalfAUnit_ForNearestModes(RoundingPolicy policy, int whole, int fraction)
    {
        var value = whole + (fraction / (decimal)int.MaxValue);
        var moved = Math.Abs(policy.Round(value) - value);

        return policy.Mode is MidpointRounding.ToEven or MidpointRounding.AwayFromZero
            ? moved <= policy.Unit / 2
            : moved < policy.Unit;
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Round_YieldsAtMostTheKeptDecimals(RoundingPolicy policy, int whole, int fraction)
    {
        var rounded = policy.Round(whole + (fraction / (decimal)int.MaxValue));

        return rounded.Scale <= policy.Decimals || decimal.Round(rounded, policy.Decimals) == rounded;
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_LawsHold(RoundingPolicy a, RoundingPolicy b) =>
        a.Equals(a) && a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a != b) == !a.Equals(b);
}
