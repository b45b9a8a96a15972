using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Plans;

public sealed class PlanItemTests
{
    [Fact]
    public void Constructor_WithoutTarget_IsLegal()
    {
        var item = new PlanItem("强化监督");

        Assert.Null(item.Target);
        Assert.Equal(string.Empty, item.Description);
    }

    [Fact]
    public void Constructor_BlankHeading_Throws()
    {
        Assert.Equal("heading", Assert.Throws<ArgumentException>(() => new PlanItem(" ")).ParamName);
    }

    [Fact]
    public void Constructor_NullDescription_Throws()
    {
        Assert.Equal("description", Assert.Throws<ArgumentNullException>(() => new PlanItem("强化监督", null!)).ParamName);
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var target = new Quantity(100m, "%", QuantityKind.Percent);

        ValueSemantics.Assert(
            new PlanItem("强化监督", "正文", target),
            new PlanItem("强化监督", "正文", new Quantity(100m, "%", QuantityKind.Percent)),
            new PlanItem("强化监督", "正文"),
            new PlanItem("强化监督", string.Empty, target),
            new PlanItem("优化服务", "正文", target));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(PlanItem item)
    {
        var copy = new PlanItem(item.Heading, item.Description, item.Target);
        return copy == item && copy.GetHashCode() == item.GetHashCode();
    }
}
