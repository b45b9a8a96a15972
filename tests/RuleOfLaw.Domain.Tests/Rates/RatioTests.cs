using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed class RatioTests
{
    /// <summary>Valid ratios: terms with up to four decimals, the second positive, and now and then 0:0.</summary>
    public static Arbitrary<Ratio> Ratios() =>
        (from antecedent in Gen.Choose(0, 2_000_000)
         from consequent in Gen.Choose(1, 2_000_000)
         from aScale in Gen.Choose(0, 4)
         from cScale in Gen.Choose(0, 4)
         from empty in Gen.Frequency((19, Gen.Constant(false)), (1, Gen.Constant(true)))
         select empty ? default : Ratio.Of(new decimal(antecedent, 0, 0, false, (byte)aScale), new decimal(consequent, 0, 0, false, (byte)cScale)))
        .ToArbitrary();

    [Fact]
    public void Of_FirstTermAboveTheSecond_IsAllowed()
    {
        var ratio = Ratio.Of(3m, 1m);

        Assert.Equal(3m, ratio.Antecedent);
        Assert.Equal(1m, ratio.Consequent);
        Assert.True(ratio.IsApplicable);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 0)]
    [InlineData(0.0001, 1)]
    public void Of_TermsAtTheirLowerBounds_AreAllowed(double antecedent, double consequent)
    {
        var ratio = Ratio.Of((decimal)antecedent, (decimal)consequent);

        Assert.Equal((decimal)antecedent, ratio.Antecedent);
    }

    [Fact]
    public void Of_NegativeAntecedent_ThrowsNamingTheRule()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(-0.0001m, 1m));

        Assert.Equal("antecedent", exception.ParamName);
        Assert.StartsWith("antecedent (-0.0001) must not be negative", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegativeConsequent_ThrowsNamingTheRule()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(1m, -1m));

        Assert.Equal("consequent", exception.ParamName);
        Assert.StartsWith("consequent (-1) must not be negative", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ZeroConsequentWithNonZeroAntecedent_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(3m, 0m));

        Assert.Equal("consequent", exception.ParamName);
        Assert.StartsWith("consequent (0) must be positive unless antecedent (3) is 0 too", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsZeroToZeroWithoutAValue()
    {
        Assert.Equal(Ratio.Of(0m, 0m), default);
        Assert.False(default(Ratio).IsApplicable);
        Assert.Null(default(Ratio).ToValue(new RoundingPolicy(2, MidpointRounding.AwayFromZero)));
    }

    [Theory]
    [InlineData("1.2:1", 1.2, 1)]
    [InlineData("3:1", 3, 1)]
    [InlineData("0:0", 0, 0)]
    [InlineData("1:100000", 1, 100000)]
    public void Parse_InvariantForm_ReadsBothTerms(string text, double antecedent, double consequent)
    {
        Assert.Equal(Ratio.Of((decimal)antecedent, (decimal)consequent), Ratio.Parse(text));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("1:2:3")]
    [InlineData(":1")]
    [InlineData("1:")]
    [InlineData("-1:1")]
    [InlineData("1 :1")]
    [InlineData("1e2:1")]
    [InlineData("1∶1")]
    [InlineData("3:0")]
    public void Parse_NotARatio_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => Ratio.Parse(text));
        Assert.False(Ratio.TryParse(text, out var ratio));
        Assert.Equal(default, ratio);
    }

    [Fact]
    public void Parse_ZeroConsequent_SaysTheRule()
    {
        var exception = Assert.Throws<FormatException>(() => Ratio.Parse("3:0"));

        Assert.Equal("consequent (0) must be positive unless antecedent (3) is 0 too", exception.Message);
    }

    [Fact]
    public void TryParse_Null_IsFalse()
    {
        Assert.False(Ratio.TryParse(null, out _));
    }

    [Fact]
    public void ToValue_RoundsTheQuotientOnce()
    {
        Assert.Equal(0.33m, Ratio.Of(1m, 3m).ToValue(new RoundingPolicy(2, MidpointRounding.AwayFromZero)));
        Assert.Equal(1.2m, Ratio.Of(1.2m, 1m).ToValue(new RoundingPolicy(1, MidpointRounding.ToEven)));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        ValueSemantics.Assert(Ratio.Of(1.2m, 1m), Ratio.Parse("1.2:1"), Ratio.Of(6m, 5m), Ratio.Of(1m, 1.2m), default);
    }

    [Fact]
    public void ToString_IsTheInvariantForm()
    {
        Assert.Equal("1.2:1", Ratio.Of(1.2m, 1m).ToString());
        Assert.Equal("0:0", default(Ratio).ToString());
    }

    [Property(Arbitrary = new[] { typeof(RatioTests) })]
    public bool Parse_OfToString_IsTheSameRatio(Ratio ratio) =>
        Ratio.Parse(ratio.ToString()) == ratio && Ratio.Parse(ratio.ToString()).ToString() == ratio.ToString();

    [Property(Arbitrary = new[] { typeof(RatioTests) })]
    public bool Json_QuantityWithARatio_RoundTrips(Ratio ratio)
    {
        var quantity = new Quantity(ratio.Antecedent, ":", QuantityKind.Ratio, printed: ratio.ToString(), ratio: ratio);
        var report = AnAnnualReport.For(2024).WithMeasure(AMeasure.Titled("收结案").WithResults(quantity)).Build();

        var json = RuleOfLawJson.Report.Serialize(report);

        return RuleOfLawJson.Report.Deserialize(json).Measures[^1].Results[0] == quantity;
    }

    [Fact]
    public void Json_RatioTermsThatBreakARule_AreAJsonException()
    {
        var json = RuleOfLawJson.Report.Serialize(AnAnnualReport.For(2024).WithMeasure(AMeasure.Titled("收结案").WithResults(new Quantity(3m, ":", QuantityKind.Ratio, ratio: Ratio.Of(3m, 1m)))).Build());

        var broken = json.Replace("\"consequent\": 1", "\"consequent\": 0", StringComparison.Ordinal);

        Assert.NotEqual(json, broken);
        var exception = Assert.Throws<JsonException>(() => RuleOfLawJson.Report.Deserialize(broken));
        Assert.Contains("consequent (0) must be positive unless antecedent (3) is 0 too", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantityConstructor_RatioKindWithItsTerms_HoldsThem()
    {
        var quantity = new Quantity(3m, ":", QuantityKind.Ratio, ratio: Ratio.Of(3m, 1m));

        Assert.Equal(Ratio.Of(3m, 1m), quantity.Ratio);
        Assert.Null(new Quantity(3m, "件").Ratio);
    }

    [Fact]
    public void QuantityConstructor_RatioKindWithoutTerms_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Quantity(3m, ":", QuantityKind.Ratio));

        Assert.Equal("ratio", exception.ParamName);
        Assert.StartsWith("ratio (null) must be given exactly for kind Ratio, not for kind (Ratio)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantityConstructor_TermsForAnotherKind_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Quantity(3m, "件", QuantityKind.Count, ratio: Ratio.Of(3m, 1m)));

        Assert.Equal("ratio", exception.ParamName);
    }

    [Fact]
    public void QuantityConstructor_ValueOtherThanTheFirstTerm_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Quantity(1m, ":", QuantityKind.Ratio, ratio: Ratio.Of(3m, 1m)));

        Assert.Equal("value", exception.ParamName);
        Assert.StartsWith("value (1) must be the ratio's first term (3)", exception.Message, StringComparison.Ordinal);
    }
}
