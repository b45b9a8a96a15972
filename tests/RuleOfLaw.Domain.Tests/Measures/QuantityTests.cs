using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Measures;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(1.12, ScaleWord.HundredMillion, 112000000)]
    [InlineData(497.6, ScaleWord.TenThousand, 4976000)]
    [InlineData(111, ScaleWord.None, 111)]
    public void ScaledValue_AppliesScaleWord(decimal value, ScaleWord scale, decimal expected)
    {
        var quantity = new Quantity(value, "元", QuantityKind.Money, QuantityQualifier.Exact, scale);

        Assert.Equal(expected, quantity.ScaledValue);
        Assert.Equal(value, quantity.Value);
    }

    [Fact]
    public void Constructor_KeepsPrintedScaleOfValue()
    {
        var quantity = new Quantity(6.20m, "%", QuantityKind.Percent);

        Assert.Equal(2, quantity.Value.Scale);
    }

    [Fact]
    public void Constructor_ZeroValue_IsAccepted()
    {
        Assert.Equal(0m, new Quantity(0m, "件").Value);
    }

    [Fact]
    public void Constructor_NegativeValue_ThrowsNamingRuleAndValue()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(-0.01m, "件"));

        Assert.Equal("value", exception.ParamName);
        Assert.StartsWith("value (-0.01) must be between 0 and", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ValueTooLargeToScale_Throws()
    {
        var largest = decimal.MaxValue / 100_000_000m;

        Assert.Equal(largest * 100_000_000m, new Quantity(largest, "元", scale: ScaleWord.HundredMillion).ScaledValue);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(largest + 1m, "元", scale: ScaleWord.HundredMillion));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankUnit_Throws(string unit)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Quantity(1m, unit));

        Assert.Equal("unit", exception.ParamName);
    }

    [Fact]
    public void Constructor_NullUnit_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Quantity(1m, null!));
    }

    [Fact]
    public void Constructor_BlankPrinted_ThrowsButNullIsAccepted()
    {
        Assert.Null(new Quantity(1m, "件", printed: null).Printed);
        Assert.Throws<ArgumentException>(() => new Quantity(1m, "件", printed: " "));
    }

    [Fact]
    public void Constructor_UndefinedEnum_Throws()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(1m, "件", (QuantityKind)99)).ParamName);
        Assert.Equal("qualifier", Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(1m, "件", qualifier: (QuantityQualifier)99)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new Quantity(1m, "件", scale: (ScaleWord)99)).ParamName);
    }

    [Fact]
    public void MultiplierOf_UndefinedScale_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.MultiplierOf((ScaleWord)7));
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var value = new Quantity(100m, "个", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None, "100余个");

        ValueSemantics.Assert(
            value,
            new Quantity(100m, "个", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None, "100余个"),
            new Quantity(101m, "个", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None, "100余个"),
            new Quantity(100m, "件", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None, "100余个"),
            new Quantity(100m, "个", QuantityKind.Rank, QuantityQualifier.MoreThan, ScaleWord.None, "100余个"),
            new Quantity(100m, "个", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None, "100余个"),
            new Quantity(100m, "个", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.TenThousand, "100余个"),
            new Quantity(100m, "个", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None));
    }

    [Fact]
    public void ToString_PrefersPrintedText()
    {
        Assert.Equal("约220余名", new Quantity(220m, "名", qualifier: QuantityQualifier.AboutMoreThan, printed: "约220余名").ToString());
        Assert.Equal("1.12亿元 (Exact Money)", new Quantity(1.12m, "元", QuantityKind.Money, scale: ScaleWord.HundredMillion).ToString());
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(Quantity quantity)
    {
        var copy = new Quantity(quantity.Value, quantity.Unit, quantity.Kind, quantity.Qualifier, quantity.Scale, quantity.Printed);
        return copy == quantity && copy.GetHashCode() == quantity.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(Quantity a, Quantity b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool ScaledValue_IsValueTimesMultiplierAndNotNegative(Quantity quantity) =>
        quantity.ScaledValue == quantity.Value * Quantity.MultiplierOf(quantity.Scale) && quantity.ScaledValue >= quantity.Value;
}
