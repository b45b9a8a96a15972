using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed partial class RateTests
{
    [Fact]
    public void Of_NumeratorEqualToDenominator_IsAccepted()
    {
        var rate = Rate.Of(5, 5);

        Assert.Equal(5, rate.Numerator);
        Assert.Equal(5, rate.Denominator);
        Assert.Equal(100m, rate.ToPercent(RoundingPolicy.Everyday(0)));
    }

    [Fact]
    public void Of_NumeratorAboveDenominator_ThrowsNamingRuleAndValues()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(7, 5));

        Assert.Equal("numerator", exception.ParamName);
        Assert.StartsWith("numerator (7) must not exceed denominator (5)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 5, "numerator")]
    [InlineData(0, -1, "denominator")]
    [InlineData(long.MinValue, 0, "numerator")]
    public void Of_NegativeCount_Throws(long numerator, long denominator, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Rate.Of(numerator, denominator));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains("must not be negative", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(long.MaxValue, long.MaxValue)]
    public void Of_CountsAtTheBoundary_AreAccepted(long numerator, long denominator)
    {
        var rate = Rate.Of(numerator, denominator);

        Assert.Equal(numerator, rate.Numerator);
        Assert.Equal(denominator, rate.Denominator);
    }

    [Fact]
    public void Default_IsZeroOfZeroAndNotApplicable()
    {
        var rate = default(Rate);

        Assert.Equal(Rate.Of(0, 0), rate);
        Assert.Equal(Rate.NotApplicable, rate);
        Assert.False(rate.IsApplicable);
        Assert.Null(rate.Value);
        Assert.Null(rate.ToExactPercent());
        Assert.Null(rate.ToPercent(RoundingPolicy.Everyday(1)));
    }

    [Fact]
    public void ZeroOfOne_IsApplicableAndZeroPercent()
    {
        var rate = Rate.Of(0, 1);

        Assert.True(rate.IsApplicable);
        Assert.Equal(0m, rate.ToPercent(RoundingPolicy.Everyday(2)));
    }

    [Theory]
    [InlineData(2, 11, 1, 18.2)]
    [InlineData(686, 4311, 2, 15.91)]
    [InlineData(663, 837, 2, 79.21)]
    [InlineData(115, 1006, 2, 11.43)]
    [InlineData(33, 536, 2, 6.16)]
    [InlineData(16, 32, 0, 50)]
    public void ToPercent_PublishedExamples_RoundAsPrinted(long numerator, long denominator, int decimals, double expected)
    {
        var rate = Rate.Of(numerator, denominator);

        Assert.Equal((decimal)expected, rate.ToPercent(RoundingPolicy.Everyday(decimals)));
    }

    [Fact]
    public void ToPercent_HalfwayValue_RoundsByTheExplicitMode()
    {
        var rate = Rate.Of(1, 8); // 12.5 %

        Assert.Equal(13m, rate.ToPercent(RoundingPolicy.Everyday(0)));
        Assert.Equal(12m, rate.ToPercent(RoundingPolicy.NationalStandard(0)));
        Assert.Equal(12m, rate.ToPercent(RoundingPolicy.Truncating(0)));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        ValueSemantics.Assert(Rate.Of(1, 2), Rate.Of(1, 2), Rate.Of(2, 4), Rate.Of(1, 3), Rate.NotApplicable);
    }

    [Fact]
    public void ByValue_EquatesEqualValues()
    {
        Assert.True(Rate.ByValue.Equals(Rate.Of(1, 2), Rate.Of(2, 4)));
        Assert.Equal(Rate.ByValue.GetHashCode(Rate.Of(1, 2)), Rate.ByValue.GetHashCode(Rate.Of(2, 4)));
        Assert.False(Rate.ByValue.Equals(Rate.Of(1, 2), Rate.Of(1, 3)));
        Assert.True(Rate.ByValue.Equals(Rate.NotApplicable, Rate.Of(0, 0)));
        Assert.False(Rate.ByValue.Equals(Rate.NotApplicable, Rate.Of(0, 1)));
    }

    [Fact]
    public void ByValue_OrdersByValueWithNotApplicableFirst()
    {
        var sorted = new[] { Rate.Of(3, 4), Rate.NotApplicable, Rate.Of(0, 9), Rate.Of(1, 3), Rate.Of(long.MaxValue, long.MaxValue) }
            .Order(Rate.ByValue)
            .ToArray();

        Assert.Equal(new[] { Rate.NotApplicable, Rate.Of(0, 9), Rate.Of(1, 3), Rate.Of(3, 4), Rate.Of(long.MaxValue, long.MaxValue) }, sorted);
    }

    [Fact]
    public void ByValue_HugeCounts_CompareExactlyWithoutOverflow()
    {
        var justBelowOne = Rate.Of(long.MaxValue - 1, long.MaxValue);

        Assert.True(Rate.ByValue.Compare(justBelowOne, Rate.Of(1, 1)) < 0);
        Assert.True(Rate.ByValue.Compare(Rate.Of(1, 1), justBelowOne) > 0);
    }

    [Fact]
    public void ToString_IsInvariantCounts()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");

            Assert.Equal("1234567/9999999", Rate.Of(1234567, 9999999).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsReflexiveAndSymmetricWithConsistentHash(Rate a, Rate b) =>
        a.Equals(a) && a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyOfCountsIsEqual(Rate rate) =>
        rate == Rate.Of(rate.Numerator, rate.Denominator);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool ToPercent_StaysWithinZeroAndHundred(Rate rate, RoundingPolicy policy) =>
        rate.ToPercent(policy) is not { } percent || (percent >= 0m && percent <= 100m);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool ToPercent_IsNullExactlyWhenNotApplicable(Rate rate, RoundingPolicy policy) =>
        rate.ToPercent(policy).HasValue == rate.IsApplicable;

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool ByValue_AgreesWithDecimalValueOrderWhereTheyDiffer(Rate a, Rate b)
    {
        if (!a.IsApplicable || !b.IsApplicable)
        {
            return Math.Sign(Rate.ByValue.Compare(a, b)) == a.IsApplicable.CompareTo(b.IsApplicable);
        }

        // Decimal values keep 28 significant digits; only where they differ do they decide the order.
        var byDecimal = a.Value!.Value.CompareTo(b.Value!.Value);
        return byDecimal == 0 || Math.Sign(Rate.ByValue.Compare(a, b)) == byDecimal;
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool ByValue_ScaledCountsAreEqual(Rate rate, PositiveInt factor)
    {
        var scale = factor.Get % 1000 + 1;
        if (rate.Denominator > long.MaxValue / scale)
        {
            return true;
        }

        var scaled = Rate.Of(rate.Numerator * scale, rate.Denominator * scale);
        return Rate.ByValue.Equals(rate, scaled) && Rate.ByValue.GetHashCode(rate) == Rate.ByValue.GetHashCode(scaled);
    }

    [Fact]
    public void Generator_YieldsOnlyValidRates()
    {
        var rates = DomainArbitraries.Rates().Generator.Sample(1000); // one in eleven denominators is 0: none in 1000 is about 1e-41

        Assert.All(rates, rate => Assert.InRange(rate.Numerator, 0, rate.Denominator));
        Assert.Contains(rates, rate => !rate.IsApplicable);
    }
}
