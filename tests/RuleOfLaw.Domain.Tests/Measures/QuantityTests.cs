using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
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

    [Theory]
    [InlineData(ChangeDirection.Down, -12.5)]
    [InlineData(ChangeDirection.Up, 12.5)]
    public void SignedValue_OfAChange_CarriesTheDirection(ChangeDirection direction, decimal expected)
    {
        var quantity = new Quantity(12.5m, "%", QuantityKind.Percent, change: new QuantityChange(ChangeUnit.Percent, direction, "同比"));

        Assert.Equal(expected, quantity.SignedValue);
        Assert.Equal(12.5m, quantity.Value);
    }

    [Fact]
    public void SignedValue_OfALevel_IsTheValue()
    {
        Assert.Equal(12.5m, new Quantity(12.5m, "%", QuantityKind.Percent).SignedValue);
    }

    [Theory]
    [InlineData(ChangeUnit.Percent, QuantityKind.Percent, true)]
    [InlineData(ChangeUnit.Percent, QuantityKind.PercentagePoints, false)]
    [InlineData(ChangeUnit.PercentagePoints, QuantityKind.PercentagePoints, true)]
    [InlineData(ChangeUnit.PercentagePoints, QuantityKind.Percent, false)]
    [InlineData(ChangeUnit.Absolute, QuantityKind.Count, true)]
    [InlineData(ChangeUnit.Absolute, QuantityKind.Money, true)]
    [InlineData(ChangeUnit.Absolute, QuantityKind.Percent, false)]
    [InlineData(ChangeUnit.Absolute, QuantityKind.Rank, false)]
    public void Constructor_ChangeUnitAndKind_MustFit(ChangeUnit unit, QuantityKind kind, bool fits)
    {
        var change = new QuantityChange(unit, ChangeDirection.Up);

        var build = () => new Quantity(3m, "件", kind, change: change);

        if (fits)
        {
            Assert.Same(change, build().Change);
        }
        else
        {
            Assert.Equal("change", Assert.Throws<ArgumentException>(build).ParamName);
        }
    }

    [Theory]
    [InlineData(QuantityRole.Share, QuantityKind.Percent, true)]
    [InlineData(QuantityRole.Rate, QuantityKind.PercentagePoints, true)]
    [InlineData(QuantityRole.Rate, QuantityKind.Count, false)]
    [InlineData(QuantityRole.Share, QuantityKind.Money, false)]
    [InlineData(QuantityRole.Target, QuantityKind.Duration, true)]
    public void Constructor_ShareOrRate_MustBeAPercentage(QuantityRole role, QuantityKind kind, bool fits)
    {
        var build = () => new Quantity(3m, "件", kind, role: role);

        if (fits)
        {
            Assert.Equal(role, build().Role);
        }
        else
        {
            Assert.Equal("role", Assert.Throws<ArgumentException>(build).ParamName);
        }
    }

    [Fact]
    public void QuantityChange_BlankBasePeriod_Throws()
    {
        Assert.Equal("basePeriod", Assert.Throws<ArgumentException>(() => new QuantityChange(ChangeUnit.Percent, ChangeDirection.Up, " ")).ParamName);
    }

    [Fact]
    public void Equality_ComparesRoleAndChange()
    {
        var change = new Quantity(5m, "%", QuantityKind.Percent, change: new QuantityChange(ChangeUnit.Percent, ChangeDirection.Up, "同比"));

        ValueSemantics.Assert(
            change,
            new Quantity(5m, "%", QuantityKind.Percent, change: new QuantityChange(ChangeUnit.Percent, ChangeDirection.Up, "同比")),
            new Quantity(5m, "%", QuantityKind.Percent),
            new Quantity(5m, "%", QuantityKind.Percent, role: QuantityRole.Rate),
            new Quantity(5m, "%", QuantityKind.Percent, change: new QuantityChange(ChangeUnit.Percent, ChangeDirection.Down, "同比")));
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

    [Theory]
    [InlineData(2, 3)]
    [InlineData(1, 4)]
    [InlineData(5, 1000)]
    public void Constructor_FractionWithItsPercentage_KeepsBoth(long part, long whole)
    {
        var fraction = Rate.Of(part, whole);

        var quantity = new Quantity(fraction.ToExactPercent()!.Value, "%", QuantityKind.Percent, role: QuantityRole.Share, fraction: fraction);

        Assert.Equal((Rate?)fraction, quantity.Fraction);
        Assert.Equal(100m * part / whole, quantity.Value);
    }

    [Fact]
    public void Constructor_FractionWithAnotherValue_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Quantity(66.67m, "%", QuantityKind.Percent, fraction: Rate.Of(2, 3)));

        Assert.Equal("value", error.ParamName);
    }

    [Theory]
    [InlineData(QuantityKind.Count, ScaleWord.None)]
    [InlineData(QuantityKind.PercentagePoints, ScaleWord.None)]
    [InlineData(QuantityKind.Percent, ScaleWord.TenPercent)]
    public void Constructor_FractionOnAnotherKindOrWithAScale_Throws(QuantityKind kind, ScaleWord scale)
    {
        var error = Assert.Throws<ArgumentException>(() => new Quantity(25m, "%", kind, scale: scale, fraction: Rate.Of(1, 4)));

        Assert.Equal("fraction", error.ParamName);
    }

    [Fact]
    public void Constructor_FractionWithNoDenominator_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new Quantity(0m, "%", QuantityKind.Percent, fraction: Rate.NotApplicable));

        Assert.Equal("fraction", error.ParamName);
    }

    [Fact]
    public void Equals_FractionOrNot_Differs()
    {
        var fraction = new Quantity(25m, "%", QuantityKind.Percent, fraction: Rate.Of(1, 4));

        Assert.NotEqual(new Quantity(25m, "%", QuantityKind.Percent), fraction);
        Assert.NotEqual(new Quantity(25m, "%", QuantityKind.Percent, fraction: Rate.Of(2, 8)), fraction);
        Assert.Equal(new Quantity(25m, "%", QuantityKind.Percent, fraction: Rate.Of(1, 4)), fraction);
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
        var copy = new Quantity(quantity.Value, quantity.Unit, quantity.Kind, quantity.Qualifier, quantity.Scale, quantity.Printed, quantity.Role, quantity.Change, quantity.Ratio, quantity.Fraction);
        return copy == quantity && copy.GetHashCode() == quantity.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(Quantity a, Quantity b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool ScaledValue_IsValueTimesMultiplierAndNotNegative(Quantity quantity) =>
        quantity.ScaledValue == quantity.Value * Quantity.MultiplierOf(quantity.Scale) && quantity.ScaledValue >= quantity.Value;
}
