using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Arbitraries;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed partial class PublishedFigureTests
{
    private static readonly CountRange AnyDenominator = CountRange.Of(1, long.MaxValue);

    [Fact]
    public void DenominatorsFor_SixteenAtFiftyPercent_IsExactlyThirtyTwo()
    {
        var denominators = PublishedFigure.Parse("50").DenominatorsFor(16, MidpointRounding.AwayFromZero, AnyDenominator);

        Assert.Equal(CountRange.Of(32, 32), denominators);
        Assert.Equal(1, denominators.Count);
        Assert.False(denominators.Contains(31));
        Assert.False(denominators.Contains(33));
    }

    [Fact]
    public void DenominatorsFor_TwoAt182_AreTheElevenAlone()
    {
        var denominators = PublishedFigure.Parse("18.2").DenominatorsFor(2, MidpointRounding.AwayFromZero, CountRange.Of(1, 1000));

        Assert.Equal(CountRange.Of(11, 11), denominators);
    }

    [Fact]
    public void DenominatorsFor_SearchRange_LimitsTheResult()
    {
        var figure = PublishedFigure.Parse("50");

        Assert.Equal(CountRange.Of(2, 2), figure.DenominatorsFor(1, MidpointRounding.AwayFromZero, CountRange.Of(0, 5)));
        Assert.True(figure.DenominatorsFor(16, MidpointRounding.AwayFromZero, CountRange.Of(1, 31)).IsEmpty);
        Assert.True(figure.DenominatorsFor(16, MidpointRounding.AwayFromZero, CountRange.Of(33, 1000)).IsEmpty);
    }

    [Fact]
    public void DenominatorsFor_ZeroNumerator_IsTheWholeRangeWhenZeroRoundsToTheFigure()
    {
        var range = CountRange.Of(0, 1000);

        Assert.Equal(CountRange.Of(1, 1000), PublishedFigure.Parse("0").DenominatorsFor(0, MidpointRounding.AwayFromZero, range));
        Assert.True(PublishedFigure.Parse("1").DenominatorsFor(0, MidpointRounding.AwayFromZero, range).IsEmpty);
    }

    [Fact]
    public void DenominatorsFor_Hundred_AllowsOnlyTheNumeratorItselfUnderTruncation()
    {
        Assert.Equal(CountRange.Of(7, 7), PublishedFigure.Parse("100").DenominatorsFor(7, MidpointRounding.ToZero, AnyDenominator));
        Assert.True(PublishedFigure.Parse("101").DenominatorsFor(7, MidpointRounding.ToZero, AnyDenominator).IsEmpty);
    }

    [Fact]
    public void DenominatorsFor_NegativeNumerator_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Parse("50").DenominatorsFor(-1, MidpointRounding.AwayFromZero, AnyDenominator));

        Assert.Equal("numerator", exception.ParamName);
    }

    [Fact]
    public void NumeratorsFor_ThirtyTwoAtFiftyPercent_IsSixteen()
    {
        Assert.Equal(CountRange.Of(16, 16), PublishedFigure.Parse("50").NumeratorsFor(32, MidpointRounding.AwayFromZero));
        Assert.Equal(CountRange.Of(33, 33), PublishedFigure.Parse("6.16").NumeratorsFor(536, MidpointRounding.AwayFromZero));
        Assert.True(PublishedFigure.Parse("6.20").NumeratorsFor(536, MidpointRounding.AwayFromZero).IsEmpty);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void NumeratorsFor_DenominatorBelowOne_Throws(long denominator)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Parse("50").NumeratorsFor(denominator, MidpointRounding.AwayFromZero));

        Assert.Equal("denominator", exception.ParamName);
    }

    [Fact]
    public void DenominatorsFor_HugeRange_CostsNoMoreThanASmallOne()
    {
        // Not a timing test: the answer for 1..10^12 is computed, not scanned, and matches the small range where they overlap.
        var figure = PublishedFigure.Parse("18.2");

        var small = figure.DenominatorsFor(2_000_000, MidpointRounding.AwayFromZero, CountRange.Of(1, 1000));
        var huge = figure.DenominatorsFor(2_000_000, MidpointRounding.AwayFromZero, CountRange.Of(1, 1_000_000_000_000));

        Assert.True(small.IsEmpty);
        Assert.Equal(CountRange.Of(10_958_905, 11_019_283), huge);
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool DenominatorsFor_OwnRounding_ContainsTheTrueDenominatorAndOnlyConsistentOnes(Rate rate, RoundingPolicy policy)
    {
        var printed = PublishedFigure.Of(rate.ToPercent(policy)!.Value, policy.Decimals);

        var found = printed.DenominatorsFor(rate.Numerator, policy.Mode, AnyDenominator);

        bool Consistent(long d) => d >= Math.Max(rate.Numerator, 1) && Rate.Of(rate.Numerator, d).IsConsistentWith(printed, policy).IsConsistent;
        return found.Contains(rate.Denominator)
            && Consistent(found.Min) && Consistent(found.Max)
            && (found.Min == Math.Max(rate.Numerator, 1) || !Consistent(found.Min - 1))
            && (found.Max == long.MaxValue || !Consistent(found.Max + 1));
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool NumeratorsFor_OwnRounding_ContainsTheTrueNumeratorAndOnlyConsistentOnes(Rate rate, RoundingPolicy policy)
    {
        var printed = PublishedFigure.Of(rate.ToPercent(policy)!.Value, policy.Decimals);

        var found = printed.NumeratorsFor(rate.Denominator, policy.Mode);

        bool Consistent(long n) => n >= 0 && n <= rate.Denominator && Rate.Of(n, rate.Denominator).IsConsistentWith(printed, policy).IsConsistent;
        return found.Contains(rate.Numerator)
            && Consistent(found.Min) && Consistent(found.Max)
            && !Consistent(found.Min - 1) && (found.Max == long.MaxValue || !Consistent(found.Max + 1));
    }

    public static Arbitrary<(int Numerator, PublishedFigure Figure, MidpointRounding Mode)> SmallBackSolvingCases() =>
        Gen.Choose(0, 60).SelectMany(
                numerator => Gen.Choose(0, 10_000).SelectMany(
                    mantissa => Gen.Choose(0, 2).SelectMany(decimals => Gen.Elements(RateArbitraries.PublishingModes), (decimals, mode) => (decimals, mode)),
                    (mantissa, rest) => (mantissa, rest.decimals, rest.mode)),
                (numerator, t) => (numerator, PublishedFigure.Of(new decimal(t.mantissa, 0, 0, false, (byte)t.decimals) % 100.01m, t.decimals), t.mode))
            .ToArbitrary();

    [Property(Arbitrary = new[] { typeof(PublishedFigureTests) }, MaxTest = 200)]
    public bool DenominatorsFor_SmallCases_EqualTheScannedSet((int Numerator, PublishedFigure Figure, MidpointRounding Mode) sample)
    {
        var (numerator, figure, mode) = sample;
        var policy = new RoundingPolicy(Math.Min(figure.Decimals, RoundingPolicy.MaxDecimals), mode);

        var found = figure.DenominatorsFor(numerator, mode, CountRange.Of(1, 500));

        var scanned = Enumerable.Range(Math.Max(numerator, 1), Math.Max(0, 501 - Math.Max(numerator, 1)))
            .Where(d => Rate.Of(numerator, d).IsConsistentWith(figure, policy).IsConsistent)
            .ToArray();
        return scanned.Length == found.Count && scanned.All(d => found.Contains(d));
    }
}
