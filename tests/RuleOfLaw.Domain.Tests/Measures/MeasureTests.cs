using System;
using System.Collections.Immutable;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Measures;

public sealed class MeasureTests
{
    [Fact]
    public void Constructor_DefaultCollections_AreEmpty()
    {
        var measure = new Measure("简政放权");

        Assert.False(measure.TaskAreas.IsDefault);
        Assert.Empty(measure.TaskAreas);
        Assert.Empty(measure.Results);
        Assert.Equal(string.Empty, measure.Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankHeading_Throws(string heading)
    {
        Assert.Equal("heading", Assert.Throws<ArgumentException>(() => new Measure(heading)).ParamName);
    }

    [Fact]
    public void Constructor_NullDescription_Throws()
    {
        Assert.Equal("description", Assert.Throws<ArgumentNullException>(() => new Measure("简政放权", null!)).ParamName);
    }

    [Fact]
    public void Constructor_NullResult_ThrowsNamingItsIndex()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Measure("简政放权", results: Copy.WithNull(new Quantity(1m, "项"))));

        Assert.Equal("results", exception.ParamName);
        Assert.StartsWith("results must not contain null (item 1 is null)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullTaskArea_Throws()
    {
        Assert.Equal("taskAreas", Assert.Throws<ArgumentException>(() => new Measure("简政放权", taskAreas: Copy.WithNull<TaskArea>())).ParamName);
    }

    [Fact]
    public void Equality_ComparesCollectionsBySequence()
    {
        var area = TaskAreaCatalog.Outline2015To2020[1];
        Measure value = AMeasure.Titled("简政放权").InArea(area).WithResults(AQuantity.Of(111, "项"));

        ValueSemantics.Assert(
            value,
            AMeasure.Titled("简政放权").InArea(area).WithResults(AQuantity.Of(111, "项")),
            AMeasure.Titled("简政放权").InArea(area),
            AMeasure.Titled("简政放权").WithResults(AQuantity.Of(111, "项")),
            AMeasure.Titled("简政放权").Describing("正文").InArea(area).WithResults(AQuantity.Of(111, "项")),
            AMeasure.Titled("放管服").InArea(area).WithResults(AQuantity.Of(111, "项")));
    }

    [Fact]
    public void WithResults_ReplacesResultsAndValidates()
    {
        var measure = new Measure("简政放权");

        var changed = measure.WithResults(ImmutableArray.Create(new Quantity(1m, "项")));

        Assert.Single(changed.Results);
        Assert.Throws<ArgumentException>(() => measure.WithResults(Copy.WithNull<Quantity>()));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(Measure measure)
    {
        var copy = new Measure(measure.Heading, measure.Description, Copy.Of(measure.TaskAreas), Copy.Of(measure.Results));
        return copy == measure && copy.GetHashCode() == measure.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(Measure a, Measure b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Generated_HasNoNullsAndNoDefaultArrays(Measure measure) =>
        !measure.TaskAreas.IsDefault && !measure.Results.IsDefault && !measure.Results.Contains(null!) && !string.IsNullOrWhiteSpace(measure.Heading);
}
