using System;
using System.Collections.Immutable;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Plans;

public sealed class PlanTests
{
    [Fact]
    public void Constructor_DefaultItems_AreEmpty()
    {
        var plan = new Plan(ReportYear.Of(2021), default);

        Assert.False(plan.Items.IsDefault);
        Assert.Empty(plan.Items);
    }

    [Fact]
    public void Constructor_NullItem_Throws()
    {
        Assert.Equal("items", Assert.Throws<ArgumentException>(() => new Plan(ReportYear.Of(2021), Copy.WithNull(new PlanItem("甲")))).ParamName);
    }

    [Fact]
    public void Equality_ComparesYearAndItemsBySequence()
    {
        var items = ImmutableArray.Create(new PlanItem("甲"), new PlanItem("乙"));

        ValueSemantics.Assert(
            new Plan(ReportYear.Of(2021), items),
            new Plan(ReportYear.Of(2021), Copy.Of(items)),
            new Plan(ReportYear.Of(2022), items),
            new Plan(ReportYear.Of(2021), ImmutableArray.Create(items[1], items[0])),
            new Plan(ReportYear.Of(2021), ImmutableArray<PlanItem>.Empty));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(Plan plan)
    {
        var copy = new Plan(plan.Year, Copy.Of(plan.Items));
        return copy == plan && copy.GetHashCode() == plan.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(Plan a, Plan b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);
}
