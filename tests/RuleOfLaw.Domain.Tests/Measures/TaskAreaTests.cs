using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Measures;

public sealed class TaskAreaTests
{
    [Fact]
    public void Constructor_NumberOne_IsAcceptedAndZeroThrows()
    {
        Assert.Equal(1, new TaskArea("c", 1, "领域", "area").Number);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => new TaskArea("c", 0, "领域", "area")).ParamName);
    }

    [Theory]
    [InlineData("", "领域", "area", "catalogId")]
    [InlineData("c", " ", "area", "chineseName")]
    [InlineData("c", "领域", "", "englishName")]
    public void Constructor_BlankText_Throws(string catalog, string chinese, string english, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new TaskArea(catalog, 1, chinese, english)).ParamName);
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        ValueSemantics.Assert(
            new TaskArea("c", 1, "领域", "area"),
            new TaskArea("c", 1, "领域", "area"),
            new TaskArea("d", 1, "领域", "area"),
            new TaskArea("c", 2, "领域", "area"),
            new TaskArea("c", 1, "领域二", "area"),
            new TaskArea("c", 1, "领域", "area two"));
    }

    [Fact]
    public void ToString_NamesCatalogNumberAndEnglishName()
    {
        Assert.Equal("outline-2021-2025/5 law enforcement", TaskAreaCatalog.Outline2021To2025[5].ToString());
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(TaskArea area)
    {
        var copy = new TaskArea(area.CatalogId, area.Number, area.ChineseName, area.EnglishName);
        return copy == area && copy.GetHashCode() == area.GetHashCode();
    }
}
