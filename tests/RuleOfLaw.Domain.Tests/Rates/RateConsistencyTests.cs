using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Arbitraries;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed class RateConsistencyTests
{
    [Theory]
    [InlineData(2, 11, "18.2")]
    [InlineData(686, 4311, "15.91")]
    [InlineData(663, 837, "79.21")]
    [InlineData(115, 1006, "11.43")]
    [InlineData(16, 32, "50")]
    public void IsConsistentWith_RealPublishedFigures_AreConsistent(long numerator, long denominator, string printed)
    {
        var figure = PublishedFigure.Parse(printed);
        var check = Rate.Of(numerator, denominator).IsConsistentWith(figure, RoundingPolicy.Everyday(figure.Decimals));

        Assert.Equal(ConsistencyOutcome.Consistent, check.Outcome);
        Assert.True(check.IsConsistent);
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero)]
    [InlineData(MidpointRounding.ToEven)]
    [InlineData(MidpointRounding.ToZero)]
    public void IsConsistentWith_ThirtyThreeOf536PrintedAs620_IsInconsistentUnderEveryRule(MidpointRounding mode)
    {
        var check = Rate.Of(33, 536).IsConsistentWith(PublishedFigure.Parse("6.20"), new RoundingPolicy(2, mode));

        Assert.Equal(ConsistencyOutcome.Inconsistent, check.Outcome);
        Assert.False(check.IsConsistent);
    }

    [Fact]
    public void IsConsistentWith_ThirtyThreeOf536PrintedAs616_IsConsistent()
    {
        var check = Rate.Of(33, 536).IsConsistentWith(PublishedFigure.Parse("6.16"), RoundingPolicy.Everyday(2));

        Assert.Equal(ConsistencyOutcome.Consistent, check.Outcome);
    }

    [Fact]
    public void IsConsistentWith_ZeroOfZero_IsNotAssessable()
    {
        var check = Rate.NotApplicable.IsConsistentWith(PublishedFigure.Parse("0"), RoundingPolicy.Everyday(0));

        Assert.Equal(ConsistencyOutcome.NotAssessable, check.Outcome);
        Assert.True(check.CountsKnown);
        Assert.Null(check.ExactPercent);
        Assert.Contains("not applicable", check.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void IsConsistentWith_ExactTie_FollowsTheRule()
    {
        var eighth = Rate.Of(1, 8);
        var twelve = PublishedFigure.Parse("12");
        var thirteen = PublishedFigure.Parse("13");

        Assert.Equal(ConsistencyOutcome.Inconsistent, eighth.IsConsistentWith(twelve, RoundingPolicy.Everyday(0)).Outcome);
        Assert.Equal(ConsistencyOutcome.Consistent, eighth.IsConsistentWith(thirteen, RoundingPolicy.Everyday(0)).Outcome);
        Assert.Equal(ConsistencyOutcome.Consistent, eighth.IsConsistentWith(twelve, RoundingPolicy.NationalStandard(0)).Outcome);
        Assert.Equal(ConsistencyOutcome.Inconsistent, eighth.IsConsistentWith(thirteen, RoundingPolicy.NationalStandard(0)).Outcome);
        Assert.Equal(ConsistencyOutcome.Consistent, eighth.IsConsistentWith(twelve, RoundingPolicy.Truncating(0)).Outcome);
    }

    [Fact]
    public void IsConsistentWith_FigureWithFewerDecimalsThanThePolicy_IsReadAtThePolicysDecimals()
    {
        var check = Rate.Of(2, 11).IsConsistentWith(PublishedFigure.Parse("18.2"), RoundingPolicy.Everyday(4));

        Assert.Equal(ConsistencyOutcome.Inconsistent, check.Outcome);
        Assert.Equal("[18.19995, 18.20005)", check.Interval.ToString());
    }

    [Fact]
    public void IsConsistentWith_FigureWithMoreDecimalsThanThePolicy_IsInconsistentAndSaysWhy()
    {
        var check = Rate.Of(2, 11).IsConsistentWith(PublishedFigure.Parse("18.18"), RoundingPolicy.Everyday(1));

        Assert.Equal(ConsistencyOutcome.Inconsistent, check.Outcome);
        Assert.Contains("more decimals than the rounding policy keeps", check.Explain(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void IsConsistentWith_HugeCounts_AreComparedExactly()
    {
        // 100 × (10^18 − 1) / (2 × 10^18) = 49.99999999999999995: below 50 by 5 × 10^-17.
        var rate = Rate.Of(999_999_999_999_999_999, 2_000_000_000_000_000_000);

        Assert.Equal(ConsistencyOutcome.Inconsistent, rate.IsConsistentWith(PublishedFigure.Parse("50"), RoundingPolicy.Truncating(0)).Outcome);
        Assert.Equal(ConsistencyOutcome.Consistent, rate.IsConsistentWith(PublishedFigure.Parse("49"), RoundingPolicy.Truncating(0)).Outcome);
        Assert.Equal(ConsistencyOutcome.Consistent, rate.IsConsistentWith(PublishedFigure.Parse("50"), RoundingPolicy.Everyday(0)).Outcome);
    }

    [Fact]
    public void Explain_Consistent_QuotesTheExactValueAndTheInterval()
    {
        var text = Rate.Of(2, 11).IsConsistentWith(PublishedFigure.Parse("18.2"), RoundingPolicy.Everyday(1)).Explain();

        Assert.Equal("2/11 = 18.181818181818181818181818182% lies in [18.15, 18.25), the values printed as 18.2 when rounded half away from zero.", text);
    }

    [Fact]
    public void Explain_Inconsistent_SaysTheFigureIsWrong()
    {
        var text = Rate.Of(33, 536).IsConsistentWith(PublishedFigure.Parse("6.20"), RoundingPolicy.NationalStandard(2)).Explain();

        Assert.StartsWith("33/536 = 6.1567164179104477611940298", text, StringComparison.Ordinal);
        Assert.Contains("% lies outside [6.195, 6.205], the values printed as 6.20", text, StringComparison.Ordinal);
        Assert.Contains("rounded half to even", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsMissing_IsNotAssessableAndSaysSo()
    {
        var check = RateConsistency.CountsMissing(PublishedFigure.Parse("6.20"), RoundingPolicy.Truncating(2));

        Assert.Equal(ConsistencyOutcome.NotAssessable, check.Outcome);
        Assert.False(check.CountsKnown);
        Assert.Equal("The counts behind 6.20% are not given; it stands for [6.20, 6.21) when truncated, and cannot be checked.", check.Explain());
    }

    [Fact]
    public void CountsMissing_NumeratorKnown_BackSolvingNamesTheDenominators()
    {
        var printed = PublishedFigure.Parse("42.9");
        var policy = RoundingPolicy.Everyday(1);

        var check = RateConsistency.CountsMissing(printed, policy);
        var denominators = printed.DenominatorsFor(3, policy.Mode, CountRange.Of(1, 100));

        Assert.Equal(ConsistencyOutcome.NotAssessable, check.Outcome);
        Assert.Equal(CountRange.Of(7, 7), denominators);
        Assert.True(Rate.Of(3, 7).IsConsistentWith(printed, policy).IsConsistent);
    }

    [Fact]
    public void Default_IsNotAssessableZeroOfZero()
    {
        var check = default(RateConsistency);

        Assert.Equal(ConsistencyOutcome.NotAssessable, check.Outcome);
        Assert.Equal(Rate.NotApplicable, check.Rate);
        Assert.Equal("NotAssessable: 0/0 at 0", check.ToString());
    }

    [Fact]
    public void Equality_ComparesOutcomeCountsFigureAndRule()
    {
        var figure = PublishedFigure.Parse("18.2");
        var check = Rate.Of(2, 11).IsConsistentWith(figure, RoundingPolicy.Everyday(1));

        ValueSemantics.Assert(
            check,
            Rate.Of(2, 11).IsConsistentWith(figure, RoundingPolicy.Everyday(1)),
            Rate.Of(2, 11).IsConsistentWith(figure, RoundingPolicy.NationalStandard(1)),
            Rate.Of(2, 11).IsConsistentWith(figure, RoundingPolicy.Everyday(2)),
            Rate.Of(4, 22).IsConsistentWith(figure, RoundingPolicy.Everyday(1)),
            RateConsistency.CountsMissing(figure, RoundingPolicy.Everyday(1)));
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool IsConsistentWith_ItsOwnRounding_IsConsistent(Rate rate, RoundingPolicy policy)
    {
        var printed = PublishedFigure.Of(rate.ToPercent(policy)!.Value, policy.Decimals);

        return rate.IsConsistentWith(printed, policy).Outcome == ConsistencyOutcome.Consistent;
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool IsConsistentWith_TheNextPrintedValue_IsInconsistent(Rate rate, RoundingPolicy policy)
    {
        var own = rate.ToPercent(policy)!.Value;
        var next = PublishedFigure.Of(own + policy.Unit, policy.Decimals);
        var previous = PublishedFigure.Of(own - policy.Unit, policy.Decimals);

        return rate.IsConsistentWith(next, policy).Outcome == ConsistencyOutcome.Inconsistent
            && rate.IsConsistentWith(previous, policy).Outcome == ConsistencyOutcome.Inconsistent;
    }
}
