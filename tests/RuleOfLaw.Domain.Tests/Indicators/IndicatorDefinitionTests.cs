using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class IndicatorDefinitionTests
{
    private static readonly DenominatorOption Concluded = new("concluded", "审结案件数", "cases concluded");
    private static readonly DenominatorOption Received = new("received", "受理案件数", "cases received");

    private static IndicatorDefinition Define(
        string code = "test_rate",
        DenominatorOption? denominator = null,
        ImmutableArray<DenominatorOption>? alternatives = null,
        int factor = 100,
        IndicatorSource? source = null) =>
        new(
            IndicatorCode.Parse(code),
            "测试率",
            "test rate",
            IndicatorKind.Rate,
            IndicatorDirection.HigherIsBetter,
            "分子",
            "numerator",
            denominator ?? Concluded,
            alternatives ?? ImmutableArray.Create(Received),
            source ?? IndicatorSource.Verified("a regulation"),
            RoundingPolicy.Everyday(1),
            factor,
            "%");

    [Fact]
    public void Constructor_KeepsEveryProperty()
    {
        var definition = Define();

        Assert.Equal("test_rate", definition.Code.Value);
        Assert.Equal(Concluded, definition.Denominator);
        Assert.Equal(Received, Assert.Single(definition.AlternativeDenominators));
        Assert.Equal(1, definition.Decimals);
        Assert.Equal(100, definition.Factor);
        Assert.Equal("test_rate (测试率)", definition.ToString());
    }

    [Fact]
    public void Constructor_DuplicateDenominatorName_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Define(alternatives: ImmutableArray.Create(new DenominatorOption("concluded", "另一", "another"))));

        Assert.Equal("alternativeDenominators", exception.ParamName);
        Assert.StartsWith("denominator names must be distinct; \"concluded\" appears twice", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DefaultAlternatives_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Define(alternatives: default(ImmutableArray<DenominatorOption>)));

        Assert.Equal("alternativeDenominators", exception.ParamName);
    }

    [Fact]
    public void Constructor_EmptyAlternatives_IsAccepted()
    {
        Assert.Empty(Define(alternatives: ImmutableArray<DenominatorOption>.Empty).AlternativeDenominators);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Constructor_FactorNotPositive_Throws(int factor)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Define(factor: factor));

        Assert.Equal("factor", exception.ParamName);
        Assert.Equal(1, Define(factor: 1).Factor);
    }

    [Fact]
    public void Constructor_NullSource_Throws_AndAnUnverifiedOneIsKeptAsSuch()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new IndicatorDefinition(
            IndicatorCode.Parse("test_rate"), "测试率", "test rate", IndicatorKind.Rate, IndicatorDirection.HigherIsBetter, "分子", "numerator",
            Concluded, ImmutableArray<DenominatorOption>.Empty, null!, RoundingPolicy.Everyday(1), 100, "%"));

        Assert.Equal("source", exception.ParamName);
        Assert.False(Define(source: IndicatorSource.Unverified("地方做法")).Source.IsVerified);
        Assert.NotEqual(Define(source: IndicatorSource.Unverified("a regulation")), Define());
    }

    [Fact]
    public void FindDenominator_UsualAlternativeAndUnknown()
    {
        var definition = Define();

        Assert.Same(Concluded, definition.FindDenominator("concluded"));
        Assert.Same(Received, definition.FindDenominator("received"));
        Assert.Null(definition.FindDenominator("decided"));
        Assert.Null(definition.FindDenominator(null));
    }

    [Fact]
    public void Equality_ComparesAlternativesAsSequences()
    {
        ValueSemantics.Assert(
            Define(),
            Define(alternatives: ImmutableArray.Create(new DenominatorOption("received", "受理案件数", "cases received"))),
            Define(code: "other_rate"),
            Define(alternatives: ImmutableArray<DenominatorOption>.Empty),
            Define(factor: 1000));
    }

    [Fact]
    public void DenominatorOption_InvalidName_Throws()
    {
        var exception = Assert.Throws<FormatException>(() => new DenominatorOption("All Concluded", "全部", "all"));
        Assert.Equal("denominator name (\"All Concluded\") must be lower-case snake case such as concluded_by_decision", exception.Message);
        Assert.Equal("all_concluded", new DenominatorOption("all_concluded", "全部", "all").Name);
        Assert.Throws<ArgumentException>(() => new DenominatorOption("all", " ", "all"));
        Assert.Equal("all: all cases", new DenominatorOption("all", "全部", "all cases").ToString());
    }
}
