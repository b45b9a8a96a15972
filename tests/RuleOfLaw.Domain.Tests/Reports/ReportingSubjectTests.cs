using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class ReportingSubjectTests
{
    [Theory]
    [InlineData("440310")]
    [InlineData("000000")]
    [InlineData("440310001")] // a township: the county's code and a three-digit township number
    [InlineData("440310001001")] // the twelve-digit statistical division code
    [InlineData(null)]
    public void Constructor_OfficialOrNoDivisionCode_IsAccepted(string? code)
    {
        Assert.Equal(code, new ReportingSubject("某区人民政府", "某区", AdministrativeLevel.County, SubjectKind.Government, code).DivisionCode);
    }

    [Theory]
    [InlineData("440310", "440000")]
    [InlineData("110000", "110000")] // a province-level division is its own region
    [InlineData("510104001", "510000")]
    [InlineData("510104001001", "510000")]
    [InlineData(null, null)]
    public void Region_IsTheProvinceLevelDivisionOfTheCode(string? code, string? region)
    {
        Assert.Equal(region, new ReportingSubject("某区人民政府", "某区", AdministrativeLevel.County, SubjectKind.Government, code).Region);
    }

    [Theory]
    [InlineData("44031")]
    [InlineData("4403100")]
    [InlineData("44031000")]
    [InlineData("4403100010")]
    [InlineData("4403100010010")]
    [InlineData("44031a")]
    [InlineData("４４０３１０")]
    [InlineData("")]
    public void Constructor_MalformedDivisionCode_ThrowsNamingRuleAndValue(string code)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ReportingSubject("某区人民政府", "某区", AdministrativeLevel.County, SubjectKind.Government, code));

        Assert.Equal("divisionCode", exception.ParamName);
        Assert.StartsWith($"divisionCode (\"{code}\") must be 6, 9 or 12 ASCII digits", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ", "某区", "fullName")]
    [InlineData("某区人民政府", "", "shortName")]
    public void Constructor_BlankName_Throws(string fullName, string shortName, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentException>(() => new ReportingSubject(fullName, shortName, AdministrativeLevel.County, SubjectKind.Government)).ParamName);
    }

    [Fact]
    public void Constructor_UndefinedEnum_Throws()
    {
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingSubject("甲", "甲", (AdministrativeLevel)9, SubjectKind.Government)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingSubject("甲", "甲", AdministrativeLevel.City, (SubjectKind)9)).ParamName);
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        static ReportingSubject Make(string full = "某区人民政府", string shortName = "某区", AdministrativeLevel level = AdministrativeLevel.County, SubjectKind kind = SubjectKind.Government, string? code = "440310", bool demo = false, bool designation = false) =>
            new(full, shortName, level, kind, code, demo, designation);

        ValueSemantics.Assert(
            Make(),
            Make(),
            Make(full: "某市人民政府"),
            Make(shortName: "某市"),
            Make(level: AdministrativeLevel.City),
            Make(kind: SubjectKind.GovernmentDepartment),
            Make(code: null),
            Make(demo: true),
            Make(designation: true));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Json_IsDesignation_OnTheWireOnlyWhenTrueAndReadBack(bool designation)
    {
        var subject = designation ? AReportingSubject.Named("我局", "我局").AsDesignation().Build() : AReportingSubject.Named("我局", "我局").Build();
        var json = RuleOfLawJson.Report.Serialize(AnAnnualReport.For(2023).By(subject).Build());

        Assert.Equal(designation, json.Contains("\"isDesignation\"", StringComparison.Ordinal));
        Assert.Equal(designation, RuleOfLawJson.Report.Deserialize(json).Subject.IsDesignation);
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(ReportingSubject subject)
    {
        var copy = new ReportingSubject(subject.FullName, subject.ShortName, subject.Level, subject.Kind, subject.DivisionCode, subject.IsNationalDemonstrationArea, subject.IsDesignation);
        return copy == subject && copy.GetHashCode() == subject.GetHashCode() && copy.ToString() == subject.FullName;
    }
}
