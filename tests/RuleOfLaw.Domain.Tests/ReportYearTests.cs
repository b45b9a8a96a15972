using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Tests.Arbitraries;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests;

public sealed class ReportYearTests
{
    [Theory]
    [InlineData(1990)]
    [InlineData(2100)]
    public void Of_YearAtTheBoundary_IsAccepted(int year)
    {
        Assert.Equal(year, ReportYear.Of(year).Year);
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    [InlineData(0)]
    public void Of_YearOutsideRange_ThrowsNamingRuleAndValue(int year)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ReportYear.Of(year));

        Assert.Equal("year", exception.ParamName);
        Assert.StartsWith($"year ({year}) must be between 1990 and 2100", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsTheEarliestValidYear()
    {
        Assert.Equal(ReportYear.Of(1990), default);
        Assert.Equal(1990, default(ReportYear).Year);
    }

    [Fact]
    public void PublicationDueBefore_IsFirstAprilOfFollowingYear()
    {
        var year = ReportYear.Of(2020);

        Assert.Equal(2021, year.FollowingYear);
        Assert.Equal(new LocalDate(2021, 4, 1), year.PublicationDueBefore);
    }

    [Fact]
    public void InFollowingYear_LeapDayInCommonYear_BecomesTwentyEighthFebruary()
    {
        Assert.Equal(new LocalDate(2021, 2, 28), ReportYear.Of(2020).InFollowingYear(new AnnualDate(2, 29)));
        Assert.Equal(new LocalDate(2024, 2, 29), ReportYear.Of(2023).InFollowingYear(new AnnualDate(2, 29)));
    }

    [Fact]
    public void FirstQuarterOfFollowingYear_EndsOnThirtyFirstMarch()
    {
        var quarter = ReportYear.Of(2023).FirstQuarterOfFollowingYear;

        Assert.Equal(new LocalDate(2024, 1, 1), quarter.Start);
        Assert.Equal(new LocalDate(2024, 3, 31), quarter.End);
    }

    [Fact]
    public void Period_And_Contains_CoverTheWholeYearOnly()
    {
        var year = ReportYear.Of(2020);

        Assert.Equal(366, year.Period.Length);
        Assert.True(year.Contains(new LocalDate(2020, 12, 31)));
        Assert.False(year.Contains(new LocalDate(2021, 1, 1)));
        Assert.False(year.Contains(new LocalDate(2019, 12, 31)));
    }

    [Fact]
    public void Containing_UsesTheDatesYear()
    {
        Assert.Equal(ReportYear.Of(2021), ReportYear.Containing(new LocalDate(2021, 1, 5)));
    }

    [Fact]
    public void Equality_FollowsTheYear()
    {
        ValueSemantics.Assert(ReportYear.Of(2020), ReportYear.Of(2020), ReportYear.Of(2021), default);
    }

    [Fact]
    public void Ordering_FollowsTheYear()
    {
        Assert.True(ReportYear.Of(2020) < ReportYear.Of(2021));
        Assert.True(ReportYear.Of(2021) >= ReportYear.Of(2021));
        Assert.False(ReportYear.Of(2022) <= ReportYear.Of(2021));
        Assert.True(((IComparable)ReportYear.Of(2020)).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)ReportYear.Of(2020)).CompareTo(2020));
    }

    [Fact]
    public void ToString_IsFourDigits()
    {
        Assert.Equal("2020", ReportYear.Of(2020).ToString());
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Of_RoundTripsTheYear(ReportYear year) => ReportYear.Of(year.Year) == year;

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool PublicationDueBefore_FallsInTheFollowingYear(ReportYear year) =>
        year.PublicationDueBefore.Year == year.Year + 1 && !year.Contains(year.PublicationDueBefore);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool CompareTo_AgreesWithYear(ReportYear a, ReportYear b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(a.Year.CompareTo(b.Year)) && (a == b) == (a.Year == b.Year);

    [Property]
    public Property Of_AnyInvalidYear_Throws() =>
        Prop.ForAll(InvalidInputs.InvalidYear.ToArbitrary(), year =>
            Assert.Throws<ArgumentOutOfRangeException>(() => ReportYear.Of(year)).ParamName == "year");
}
