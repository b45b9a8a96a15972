using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Arbitraries;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class IndicatorTargetTests
{
    private static readonly IndicatorCode Appearance = IndicatorCode.Parse("litigation_head_appearance_rate");

    private static IndicatorTarget Target(TargetComparison comparison, decimal value) =>
        new(Appearance, comparison, value, "a provincial assessment plan");

    [Theory]
    [InlineData(2, 5, TargetOutcome.Met)]
    [InlineData(39, 100, TargetOutcome.NotMet)]
    [InlineData(399_999, 1_000_000, TargetOutcome.NotMet)]
    [InlineData(1, 1, TargetOutcome.Met)]
    [InlineData(0, 0, TargetOutcome.NotApplicable)]
    public void Evaluate_AtLeastForty_BothSidesOfTheBoundary(long numerator, long denominator, TargetOutcome expected)
    {
        Assert.Equal(expected, Target(TargetComparison.AtLeast, 40m).Evaluate(Rate.Of(numerator, denominator)));
    }

    [Theory]
    [InlineData(10, 10, TargetOutcome.Met)]
    [InlineData(999, 1000, TargetOutcome.NotMet)]
    public void Evaluate_EqualToHundred_IsMetOnlyByAll(long numerator, long denominator, TargetOutcome expected)
    {
        Assert.Equal(expected, Target(TargetComparison.EqualTo, 100m).Evaluate(Rate.Of(numerator, denominator)));
    }

    [Theory]
    [InlineData(1, 10, TargetOutcome.Met)]
    [InlineData(101, 1000, TargetOutcome.NotMet)]
    public void Evaluate_AtMostTen(long numerator, long denominator, TargetOutcome expected)
    {
        Assert.Equal(expected, Target(TargetComparison.AtMost, 10m).Evaluate(Rate.Of(numerator, denominator)));
    }

    [Theory]
    [InlineData("40", TargetOutcome.Met)]
    [InlineData("39.99", TargetOutcome.NotMet)]
    [InlineData("41.8", TargetOutcome.Met)]
    public void Evaluate_PrintedFigure_ComparesAsPrinted(string printed, TargetOutcome expected)
    {
        Assert.Equal(expected, Target(TargetComparison.AtLeast, 40m).Evaluate(PublishedFigure.Parse(printed)));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Constructor_ValueOutsideZeroToHundred_Throws(double value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Target(TargetComparison.AtLeast, (decimal)value));

        Assert.Equal("value", exception.ParamName);
        Assert.Equal(0m, Target(TargetComparison.AtLeast, 0m).Value);
        Assert.Equal(100m, Target(TargetComparison.AtLeast, 100m).Value);
    }

    [Fact]
    public void Constructor_ValueWithElevenDecimals_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Target(TargetComparison.AtLeast, 40.00000000001m));

        Assert.StartsWith("value (40.00000000001) must have at most 10 decimals, not 11", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedComparisonOrBlankSource_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Target((TargetComparison)7, 40m));
        Assert.Throws<ArgumentException>(() => new IndicatorTarget(Appearance, TargetComparison.AtLeast, 40m, ""));
        Assert.Throws<ArgumentNullException>(() => new IndicatorTarget(null!, TargetComparison.AtLeast, 40m, "x"));
    }

    [Fact]
    public void ToString_ShowsCodeOperatorAndValue()
    {
        Assert.Equal("litigation_head_appearance_rate ≥ 40%", Target(TargetComparison.AtLeast, 40m).ToString());
        Assert.Equal("litigation_head_appearance_rate ≤ 5.5%", Target(TargetComparison.AtMost, 5.5m).ToString());
        Assert.Equal("litigation_head_appearance_rate = 100%", Target(TargetComparison.EqualTo, 100m).ToString());
    }

    [Fact]
    public void Equality_ComparesValueNotScale()
    {
        ValueSemantics.Assert(Target(TargetComparison.AtLeast, 40m), Target(TargetComparison.AtLeast, 40.0m), Target(TargetComparison.AtMost, 40m), Target(TargetComparison.AtLeast, 41m), new IndicatorTarget(Appearance, TargetComparison.AtLeast, 40m, "another source"));
    }

    [Property(Arbitrary = new[] { typeof(RateArbitraries) })]
    public bool Evaluate_AtLeastAndAtMost_AreMetTogetherOnlyWhenEqual(Rate rate)
    {
        var atLeast = Target(TargetComparison.AtLeast, 50m).Evaluate(rate) == TargetOutcome.Met;
        var atMost = Target(TargetComparison.AtMost, 50m).Evaluate(rate) == TargetOutcome.Met;
        var equal = Target(TargetComparison.EqualTo, 50m).Evaluate(rate) == TargetOutcome.Met;

        return (atLeast || atMost) && (atLeast && atMost) == equal && equal == ((Int128)2 * rate.Numerator == rate.Denominator);
    }
}
