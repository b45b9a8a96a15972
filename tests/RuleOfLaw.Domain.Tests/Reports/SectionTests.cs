using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class SectionTests
{
    [Fact]
    public void Excerpt_RangeOfTheBody_GivesItsWordsAndPastTheEndThrows()
    {
        var section = new Section("二、", 1, "存在的不足和原因", "人员缺少2名。原因是编制有限。");

        Assert.Equal("原因是编制有限", section.Excerpt(new BodyRange(7, 7)));
        Assert.Equal(string.Empty, section.Excerpt(default));
        Assert.Equal("range", Assert.Throws<ArgumentOutOfRangeException>(() => section.Excerpt(new BodyRange(10, 6))).ParamName);
    }

    [Theory]
    [InlineData("一、", 1)]
    [InlineData("（一）", 2)]
    [InlineData("(一)", 2)]
    [InlineData("1.", 3)]
    [InlineData("1．", 3)]
    [InlineData("1、", 3)]
    [InlineData("（1）", 4)]
    [InlineData("(1)", 4)]
    [InlineData("①", 5)]
    public void Constructor_MarkerAtItsFamilysLevel_IsAccepted(string marker, int level)
    {
        Assert.Equal(level, new Section(marker, level, "标题").OutlineLevel);
    }

    [Theory]
    [InlineData("一、", 2)]
    [InlineData("(一)", 3)]
    [InlineData("(一)", 1)]
    [InlineData("1.", 4)]
    [InlineData("①", 4)]
    public void Constructor_MarkerAtAnotherLevel_ThrowsNamingRuleAndValues(string marker, int level)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Section(marker, level, "标题"));

        Assert.Equal("outlineLevel", exception.ParamName);
        Assert.StartsWith($"outlineLevel ({level}) must be {Section.LevelOfMarker(marker)}, the level of marker \"{marker}\"", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Constructor_UnmarkedSectionAtAnyLevel_IsAccepted(int level)
    {
        Assert.Equal(level, new Section(string.Empty, level, "前言").OutlineLevel);
        Assert.Equal(level, new Section("第一部分", level, "前言").OutlineLevel);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Constructor_LevelOutsideOneToFive_Throws(int level)
    {
        Assert.Equal("outlineLevel", Assert.Throws<ArgumentOutOfRangeException>(() => new Section(string.Empty, level, "前言")).ParamName);
    }

    [Fact]
    public void Constructor_ChildDeeperThanParent_IsAcceptedEvenSkippingALevel()
    {
        Section section = ASection.Numbered("一、").Containing(ASection.Numbered("1."));

        Assert.Equal(3, section.Children[0].OutlineLevel);
    }

    [Theory]
    [InlineData("(一)", "(二)")]
    [InlineData("(一)", "一、")]
    public void Constructor_ChildNotDeeper_Throws(string parent, string child)
    {
        var exception = Assert.Throws<ArgumentException>(() => ASection.Numbered(parent).Containing(ASection.Numbered(child)).Build());

        Assert.Equal("children", exception.ParamName);
        Assert.Contains("must be deeper than its parent (level 2)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RepeatedPart_Throws()
    {
        var parts = ImmutableArray.Create(ReportPart.MeasuresAndResults, ReportPart.MeasuresAndResults);

        var exception = Assert.Throws<ArgumentException>(() => new Section("一、", 1, "总结", parts: parts));

        Assert.Equal("parts", exception.ParamName);
    }

    [Fact]
    public void Constructor_SeveralParts_AreKept()
    {
        var parts = ImmutableArray.Create(ReportPart.NextYearArrangements, ReportPart.ShortcomingsAndCauses);

        Assert.Equal(parts, new Section("二、", 1, "计划", parts: parts).Parts);
    }

    [Fact]
    public void Constructor_UndefinedPart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Section("一、", 1, "总结", parts: ImmutableArray.Create((ReportPart)0)));
    }

    [Fact]
    public void Constructor_BlankHeadingOrNullBodyOrNullChild_Throws()
    {
        Assert.Equal("heading", Assert.Throws<ArgumentException>(() => new Section("一、", 1, " ")).ParamName);
        Assert.Equal("body", Assert.Throws<ArgumentNullException>(() => new Section("一、", 1, "总结", null!)).ParamName);
        Assert.Equal("marker", Assert.Throws<ArgumentNullException>(() => new Section(null!, 1, "总结")).ParamName);
        Assert.Equal("children", Assert.Throws<ArgumentException>(() => new Section("一、", 1, "总结", children: Copy.WithNull<Section>())).ParamName);
    }

    [Fact]
    public void SelfAndDescendants_IsDocumentOrder()
    {
        Section section = ASection.Numbered("一、").Titled("a").Containing(
            ASection.Numbered("(一)").Titled("b").Containing(ASection.Numbered("1.").Titled("c")),
            ASection.Numbered("(二)").Titled("d"));

        Assert.Equal("abcd", string.Concat(section.SelfAndDescendants().Select(s => s.Heading)));
    }

    [Fact]
    public void WithChildren_Validates()
    {
        Section section = ASection.Numbered("(一)");

        Assert.Single(section.WithChildren(ImmutableArray.Create<Section>(ASection.Numbered("1."))).Children);
        Assert.Throws<ArgumentException>(() => section.WithChildren(ImmutableArray.Create<Section>(ASection.Numbered("一、"))));
    }

    [Fact]
    public void Equality_ComparesEveryPropertyAndChildrenBySequence()
    {
        static ASection Base() => ASection.Numbered("一、").Titled("总结").WithBody("正文").Covering(ReportPart.MeasuresAndResults).Containing(ASection.Numbered("(一)"));

        ValueSemantics.Assert<Section>(
            Base(),
            Base(),
            Base().Covering(ReportPart.OtherMatters),
            Base().Containing(ASection.Numbered("(二)")),
            Base().WithUncertainHeadingBoundary(),
            ASection.Numbered("一、").Titled("总结").WithBody("正文").Covering(ReportPart.MeasuresAndResults),
            ASection.Numbered("二、").Titled("总结").WithBody("正文").Covering(ReportPart.MeasuresAndResults).Containing(ASection.Numbered("(一)")),
            ASection.Numbered("一、").Titled("计划").WithBody("正文").Covering(ReportPart.MeasuresAndResults).Containing(ASection.Numbered("(一)")));
    }

    [Fact]
    public void ToString_IsMarkerAndHeading()
    {
        Assert.Equal("一、总结", new Section("一、", 1, "总结").ToString());
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(Section section)
    {
        var copy = new Section(section.Marker, section.OutlineLevel, section.Heading, section.Body, Copy.Of(section.Children), Copy.Of(section.Parts), section.IsHeadingBoundaryUncertain);
        return copy == section && copy.GetHashCode() == section.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Generated_EveryDescendantIsDeeperThanItsParentAndMatchesItsMarker(Section section) =>
        section.SelfAndDescendants().All(s =>
            s.Children.All(child => child.OutlineLevel > s.OutlineLevel)
            && (Section.LevelOfMarker(s.Marker) is not { } level || level == s.OutlineLevel));

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(Section a, Section b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);
}
