using System;
using System.Collections.Immutable;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class ShortcomingTests
{
    [Fact]
    public void Constructor_NoCauses_IsLegal()
    {
        Assert.Empty(new Shortcoming("执法队伍力量不足").Causes);
    }

    [Fact]
    public void Constructor_BlankDescription_Throws()
    {
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new Shortcoming(" ")).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankCause_ThrowsNamingItsIndex(string cause)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Shortcoming("不足", ImmutableArray.Create("编制有限", cause)));

        Assert.Equal("causes", exception.ParamName);
        Assert.Contains("item 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullCause_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Shortcoming("不足", Copy.WithNull<string>()));
    }

    [Fact]
    public void Equality_ComparesCausesBySequence()
    {
        ValueSemantics.Assert(
            new Shortcoming("不足", ImmutableArray.Create("甲", "乙")),
            new Shortcoming("不足", ImmutableArray.Create("甲", "乙")),
            new Shortcoming("不足", ImmutableArray.Create("乙", "甲")),
            new Shortcoming("不足"),
            new Shortcoming("短板", ImmutableArray.Create("甲", "乙")));
    }

    [Fact]
    public void Constructor_EmptyDescriptionWithASection_RefersToTheSection()
    {
        var shortcoming = new Shortcoming(string.Empty, section: "Sections[1]", statement: new BodyRange(0, 6), causeStatements: [new BodyRange(7, 7)]);

        Assert.Equal((string.Empty, "Sections[1]", (BodyRange?)new BodyRange(0, 6)), (shortcoming.Description, shortcoming.Section, shortcoming.Statement));
        Assert.True(shortcoming.HasCause);
    }

    [Fact]
    public void Constructor_EmptyDescriptionWithoutASection_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Shortcoming(string.Empty));

        Assert.Equal("description", exception.ParamName);
        Assert.Contains("unless the shortcoming names its section", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_StatementWithoutASectionOrBesideADescription_Throws()
    {
        Assert.Equal("statement", Assert.Throws<ArgumentException>(() => new Shortcoming("不足", statement: new BodyRange(0, 2))).ParamName);
        Assert.Equal("statement", Assert.Throws<ArgumentException>(() => new Shortcoming("不足", section: "Sections[0]", statement: new BodyRange(0, 2))).ParamName);
        Assert.Equal("causeStatements", Assert.Throws<ArgumentException>(() => new Shortcoming("不足", causeStatements: [new BodyRange(0, 2)])).ParamName);
    }

    [Fact]
    public void Constructor_EmptyStatement_Throws()
    {
        Assert.Equal("statement", Assert.Throws<ArgumentException>(() => new Shortcoming(string.Empty, section: "Sections[0]", statement: new BodyRange(3, 0))).ParamName);
        Assert.Equal("causeStatements", Assert.Throws<ArgumentException>(() => new Shortcoming(string.Empty, section: "Sections[0]", causeStatements: [new BodyRange(1, 1), default])).ParamName);
    }

    [Fact]
    public void DescriptionInAndCausesIn_ReferringShortcoming_GiveTheWordsOfItsSection()
    {
        var section = new Section("二、", 1, "存在的不足和原因", "人员缺少2名。原因是编制有限。");
        var stated = new Shortcoming(string.Empty, section: "Sections[1]", statement: new BodyRange(0, 6), causeStatements: [new BodyRange(7, 7)]);
        var byHeading = new Shortcoming(string.Empty, section: "Sections[1]");

        Assert.Equal(("人员缺少2名", "原因是编制有限"), (stated.DescriptionIn(section), Assert.Single(stated.CausesIn(section))));
        Assert.Equal(("存在的不足和原因", 0), (byHeading.DescriptionIn(section), byHeading.CausesIn(section).Length));
        Assert.False(byHeading.HasCause);
        Assert.Throws<ArgumentNullException>(() => stated.DescriptionIn(null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Shortcoming(string.Empty, section: "Sections[1]", statement: new BodyRange(10, 6)).DescriptionIn(section));
    }

    [Fact]
    public void DescriptionInAndCausesIn_CopiedShortcoming_NeedNoSection()
    {
        var shortcoming = new Shortcoming("执法队伍力量不足", ImmutableArray.Create("编制有限"));

        Assert.Equal(("执法队伍力量不足", "编制有限"), (shortcoming.DescriptionIn(null), Assert.Single(shortcoming.CausesIn(null))));
    }

    [Fact]
    public void Equality_ComparesStatementsToo()
    {
        ValueSemantics.Assert(
            new Shortcoming(string.Empty, section: "Sections[1]", statement: new BodyRange(0, 6), causeStatements: [new BodyRange(7, 7)]),
            new Shortcoming(string.Empty, section: "Sections[1]", statement: new BodyRange(0, 6), causeStatements: [new BodyRange(7, 7)]),
            new Shortcoming(string.Empty, section: "Sections[1]", statement: new BodyRange(0, 5), causeStatements: [new BodyRange(7, 7)]),
            new Shortcoming(string.Empty, section: "Sections[1]", statement: new BodyRange(0, 6)),
            new Shortcoming(string.Empty, section: "Sections[1]"));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(Shortcoming shortcoming)
    {
        var copy = new Shortcoming(shortcoming.Description, Copy.Of(shortcoming.Causes));
        return copy == shortcoming && copy.GetHashCode() == shortcoming.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(Shortcoming a, Shortcoming b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);
}
