using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Measures;

public sealed class TaskAreaCatalogTests
{
    [Fact]
    public void Outline2015To2020_HasSevenAreasCovering2015To2020()
    {
        var catalog = TaskAreaCatalog.Outline2015To2020;

        Assert.Equal(7, catalog.Areas.Length);
        Assert.Equal((2015, 2020), (catalog.FirstYear, catalog.LastYear));
        Assert.Equal("依法全面履行政府职能", catalog[1].ChineseName);
        Assert.Equal("全面提高政府工作人员法治思维和依法行政能力", catalog[7].ChineseName);
    }

    [Fact]
    public void Outline2021To2025_HasTenSectionsCovering2021To2025()
    {
        var catalog = TaskAreaCatalog.Outline2021To2025;

        Assert.Equal(10, catalog.Areas.Length);
        Assert.Equal((2021, 2025), (catalog.FirstYear, catalog.LastYear));
        Assert.StartsWith("健全突发事件应对体系", catalog[6].ChineseName, StringComparison.Ordinal);
        Assert.Equal("digital rule-of-law government", catalog[9].EnglishName);
    }

    [Fact]
    public void ShippedCatalogs_HaveDistinctIdsAndNames()
    {
        var catalogs = new[] { TaskAreaCatalog.Outline2015To2020, TaskAreaCatalog.Outline2021To2025 };

        Assert.NotEqual(catalogs[0].Id, catalogs[1].Id);
        foreach (var catalog in catalogs)
        {
            Assert.Equal(catalog.Areas.Length, catalog.Areas.Select(area => area.ChineseName).Distinct().Count());
            Assert.All(catalog.Areas, area => Assert.Equal(catalog.Id, area.CatalogId));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Indexer_NumberOutsideCatalog_Throws(int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskAreaCatalog.Outline2015To2020[number]);
    }

    [Fact]
    public void Constructor_AreaOfAnotherCatalog_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new TaskAreaCatalog("mine", "纲要", 2020, 2024, ImmutableArray.Create(new TaskArea("other", 1, "领域", "area"))));

        Assert.Equal("areas", exception.ParamName);
        Assert.StartsWith("areas[0] belongs to catalogue \"other\", not \"mine\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AreasOutOfOrder_Throws()
    {
        var areas = ImmutableArray.Create(new TaskArea("mine", 2, "领域", "area"));

        Assert.Throws<ArgumentException>(() => new TaskAreaCatalog("mine", "纲要", 2020, 2024, areas));
    }

    [Fact]
    public void Constructor_LastYearBeforeFirst_ThrowsButSameYearIsAccepted()
    {
        Assert.Equal(2020, new TaskAreaCatalog("mine", "纲要", 2020, 2020, ImmutableArray<TaskArea>.Empty).LastYear);
        Assert.Equal("lastYear", Assert.Throws<ArgumentOutOfRangeException>(() => new TaskAreaCatalog("mine", "纲要", 2020, 2019, ImmutableArray<TaskArea>.Empty)).ParamName);
    }

    [Fact]
    public void Equality_ComparesAreasBySequence()
    {
        var copy = new TaskAreaCatalog(TaskAreaCatalog.Outline2015To2020.Id, TaskAreaCatalog.Outline2015To2020.Title, 2015, 2020, Copy.Of(TaskAreaCatalog.Outline2015To2020.Areas));

        ValueSemantics.Assert(
            TaskAreaCatalog.Outline2015To2020,
            copy,
            TaskAreaCatalog.Outline2021To2025,
            new TaskAreaCatalog(copy.Id, copy.Title, 2015, 2021, copy.Areas),
            new TaskAreaCatalog(copy.Id, copy.Title, 2015, 2020, copy.Areas.RemoveAt(6)));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(TaskAreaCatalog catalog)
    {
        var copy = new TaskAreaCatalog(catalog.Id, catalog.Title, catalog.FirstYear, catalog.LastYear, Copy.Of(catalog.Areas));
        return copy == catalog && copy.GetHashCode() == catalog.GetHashCode();
    }
}
