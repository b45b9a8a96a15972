using System;
using System.Linq;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Arbitraries;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed partial class RateTests
{
    [Fact]
    public void Add_SumsNumeratorsAndDenominators()
    {
        Assert.Equal(Rate.Of(4, 15), Rate.Of(1, 5).Add(Rate.Of(3, 10)));
        Assert.Equal(Rate.Of(1, 5), Rate.Of(1, 5).Add(Rate.NotApplicable));
    }

    [Fact]
    public void Sum_PoolingDiffersFromTheMeanOfRates()
    {
        var parts = new[] { Rate.Of(1, 1), Rate.Of(0, 3) };

        var pooled = Rate.Sum(parts);
        var meanOfRates = parts.Average(rate => rate.ToExactPercent()!.Value);

        Assert.Equal(Rate.Of(1, 4), pooled);
        Assert.Equal(25m, pooled.ToExactPercent());
        Assert.Equal(50m, meanOfRates);
    }

    [Fact]
    public void Sum_NoPartsOrOnlyNotApplicable_IsNotApplicable()
    {
        Assert.Equal(Rate.NotApplicable, Rate.Sum(Array.Empty<Rate>()));
        Assert.Equal(Rate.NotApplicable, Rate.Sum(new[] { Rate.NotApplicable, Rate.NotApplicable }));
    }

    [Fact]
    public void Sum_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Rate.Sum(null!));
    }

    [Fact]
    public void Add_DenominatorsOverflowing_ThrowsOverflowExceptionNamingTheCounts()
    {
        var exception = Assert.Throws<OverflowException>(() => Rate.Of(0, long.MaxValue).Add(Rate.Of(0, 1)));

        Assert.Equal($"the sum of the denominators (9223372036854775807 + 1) exceeds the largest count, {long.MaxValue}", exception.Message);
    }

    [Fact]
    public void Add_CountsReachingTheLimitExactly_IsAccepted()
    {
        var sum = Rate.Of(long.MaxValue - 1, long.MaxValue - 1).Add(Rate.Of(1, 1));

        Assert.Equal(Rate.Of(long.MaxValue, long.MaxValue), sum);
    }

    [Fact]
    public void Add_NumeratorsOverflowing_ThrowsOverflowException()
    {
        var exception = Assert.Throws<OverflowException>(() => Rate.Sum(new[] { Rate.Of(long.MaxValue, long.MaxValue), Rate.Of(1, 1) }));

        Assert.StartsWith("the sum of the numerators", exception.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool Sum_EqualsTheRateOfTheSummedCounts(Rate[] parts) =>
        Rate.Sum(parts) == Rate.Of(parts.Sum(rate => rate.Numerator), parts.Sum(rate => rate.Denominator));

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool Sum_LiesBetweenTheSmallestAndLargestApplicablePart(Rate[] parts)
    {
        var applicable = parts.Where(rate => rate.IsApplicable).ToArray();
        var pooled = Rate.Sum(parts);
        if (applicable.Length == 0)
        {
            return !pooled.IsApplicable;
        }

        return Rate.ByValue.Compare(applicable.Min(Rate.ByValue), pooled) <= 0 && Rate.ByValue.Compare(pooled, applicable.Max(Rate.ByValue)) <= 0;
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool Add_IsCommutativeAndAssociativeWithNotApplicableAsIdentity(Rate[] parts)
    {
        var a = parts[0];
        var b = parts[^1];
        var c = parts[parts.Length / 2];

        return a.Add(b) == b.Add(a) && a.Add(b).Add(c) == a.Add(b.Add(c)) && a.Add(Rate.NotApplicable) == a;
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool Sum_EqualSizedPartsAgreeWithTheMeanOfRates(Rate[] parts)
    {
        // Where every part has the same denominator, pooling and averaging agree: the mean is only wrong for unequal sizes.
        var same = parts.Select(rate => Rate.Of(rate.Numerator % 101, 100)).ToArray();
        var mean = same.Sum(rate => rate.Numerator) / (decimal)same.Length;

        return Rate.Sum(same).ToExactPercent() == mean;
    }

    [Fact]
    public void PercentagePointsAbove_Rates_IsExact()
    {
        Assert.Equal(33.8m, Rate.Of(16, 32).PercentagePointsAbove(PublishedFigure.Parse("16.2")));
        Assert.Equal(25m, Rate.Of(3, 4).PercentagePointsAbove(Rate.Of(1, 2)));
        Assert.Equal(-25m, Rate.Of(1, 2).PercentagePointsAbove(Rate.Of(3, 4)));
        Assert.Equal(100m / 3m, Rate.Of(2, 3).PercentagePointsAbove(Rate.Of(1, 3)));
        Assert.Null(Rate.NotApplicable.PercentagePointsAbove(Rate.Of(1, 2)));
        Assert.Null(Rate.Of(1, 2).PercentagePointsAbove(Rate.NotApplicable));
        Assert.Null(Rate.NotApplicable.PercentagePointsAbove(PublishedFigure.Parse("16.2")));
    }

    [Fact]
    public void PercentagePointsAbove_HugeCounts_FallsBackWithoutOverflow()
    {
        var points = Rate.Of(long.MaxValue, long.MaxValue).PercentagePointsAbove(Rate.Of(0, long.MaxValue));

        Assert.Equal(100m, points);
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool PercentagePointsAbove_IsAntisymmetric(Rate a, Rate b) =>
        a.PercentagePointsAbove(b) == -b.PercentagePointsAbove(a);
}
