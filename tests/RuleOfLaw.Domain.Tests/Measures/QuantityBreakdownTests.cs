using System;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Measures;

public sealed class QuantityBreakdownTests
{
    [Fact]
    public void Equality_ComparesTotalPartsInOrderAndCompleteness()
    {
        ValueSemantics.Assert(
            new QuantityBreakdown("Sections[0].Quantities[0]", ["Sections[0].Quantities[1]", "Sections[0].Quantities[2]"], BreakdownCompleteness.Partial),
            new QuantityBreakdown("Sections[0].Quantities[0]", ["Sections[0].Quantities[1]", "Sections[0].Quantities[2]"], BreakdownCompleteness.Partial),
            new QuantityBreakdown("Sections[0].Quantities[0]", ["Sections[0].Quantities[2]", "Sections[0].Quantities[1]"], BreakdownCompleteness.Partial),
            new QuantityBreakdown("Sections[0].Quantities[0]", ["Sections[0].Quantities[1]", "Sections[0].Quantities[2]"], BreakdownCompleteness.Exhaustive),
            new QuantityBreakdown(null, ["Sections[0].Quantities[1]", "Sections[0].Quantities[2]"], BreakdownCompleteness.Partial));
    }

    [Theory]
    [InlineData(" ", new[] { "Quantities[1]" })]
    [InlineData("Quantities[0]", new string[0])]
    [InlineData("Quantities[0]", new[] { "Quantities[1]", "Quantities[1]" })]
    [InlineData("Quantities[0]", new[] { "Quantities[1]", "Quantities[0]" })]
    [InlineData("Quantities[0]", new[] { " " })]
    public void Constructor_BlankEmptyRepeatedOrTotalAmongParts_Throws(string total, string[] parts)
    {
        Assert.Throws<ArgumentException>(() => new QuantityBreakdown(total, [.. parts], BreakdownCompleteness.Partial));
    }

    [Fact]
    public void Constructor_UndefinedCompleteness_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuantityBreakdown(null, ["Quantities[1]"], (BreakdownCompleteness)2));
    }

    [Fact]
    public void ToString_ShowsTheRelation()
    {
        Assert.Equal("Quantities[0] ≥ Quantities[1] + Quantities[2]", new QuantityBreakdown("Quantities[0]", ["Quantities[1]", "Quantities[2]"], BreakdownCompleteness.Partial).ToString());
        Assert.Equal("100% = Quantities[1]", new QuantityBreakdown(null, ["Quantities[1]"], BreakdownCompleteness.Exhaustive).ToString());
    }
}
