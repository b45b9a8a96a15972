using System;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

public sealed class CaseAndFrameworkBuilderTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    [Theory]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void SomeCaseRecords_Default_HasNoFindings(int year)
    {
        var result = Validator.Validate(SomeCaseRecords.In(year).Build());

        Assert.Empty(result.Issues);
    }

    [Fact]
    public void WithLateDisclosure_IsReportedAsRol0012()
    {
        var result = Validator.Validate(SomeCaseRecords.In(2024).WithLateDisclosure().Build());

        Assert.Equal(new[] { ValidationCodes.EnforcementDisclosureLate }, Codes(result));
    }

    [Fact]
    public void WithLateRecommendationAnswer_IsReportedAsRol0013()
    {
        var result = Validator.Validate(SomeCaseRecords.In(2024).WithLateRecommendationAnswer().Build());

        Assert.Equal(new[] { ValidationCodes.RecommendationAnsweredLate }, Codes(result));
    }

    [Fact]
    public void WithShortConsultation_IsReportedAsRol0014()
    {
        var result = Validator.Validate(SomeCaseRecords.In(2024).WithShortConsultation().Build());

        Assert.Equal(new[] { ValidationCodes.ConsultationTooShort }, Codes(result));
    }

    [Fact]
    public void WithDisclosureOutsideTheCalendar_IsReportedAsRol0016()
    {
        var result = Validator.Validate(SomeCaseRecords.In(2024).WithDisclosureOutsideTheCalendar().Build());

        Assert.Equal(new[] { ValidationCodes.WorkingDayCalendarUnknown }, Codes(result));
    }

    [Fact]
    public void AnIndicatorFramework_Default_MatchesItsDeclaredCounts()
    {
        var framework = AnIndicatorFramework.Named("测试体系").Build();

        Assert.Equal([2, 4, 8], framework.CountPerLevel());
        Assert.True(framework.MatchesDeclaredCounts());
        Assert.Empty(Validator.Validate(framework).Issues);
    }

    [Fact]
    public void AnIndicatorFramework_WithLevels_BuildsTheNationalShapeOfTenByThree()
    {
        var framework = AnIndicatorFramework.Named("示范创建指标").WithLevels(10, 3).Build();

        Assert.Equal([10, 30], framework.CountPerLevel());
        Assert.True(framework.MatchesDeclaredCounts());
    }

    [Fact]
    public void WithMismatchedDeclaredCounts_IsReportedAsRol0015()
    {
        var framework = AnIndicatorFramework.Named("测试体系").WithMismatchedDeclaredCounts().Build();

        var result = Validator.Validate(framework);

        Assert.False(framework.MatchesDeclaredCounts());
        Assert.Equal(new[] { ValidationCodes.IndicatorLevelCountMismatch }, Codes(result));
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2026)]
    public void WithLateDisclosure_InACalendarYear_IsReportedAsRol0012(int year)
    {
        var result = Validator.Validate(SomeCaseRecords.In(year).WithLateDisclosure().Build());

        Assert.Equal(new[] { ValidationCodes.EnforcementDisclosureLate }, Codes(result));
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(2027)]
    public void WithLateDisclosure_OutsideTheCalendarYears_IsReportedAsRol0016Instead(int year)
    {
        var result = Validator.Validate(SomeCaseRecords.In(year).WithLateDisclosure().Build());

        Assert.Equal(new[] { ValidationCodes.WorkingDayCalendarUnknown }, Codes(result));
    }

    [Theory]
    [InlineData(new[] { 1, 1 }, new[] { 1, 1 })]
    [InlineData(new[] { 3, 1, 2 }, new[] { 3, 3, 6 })]
    [InlineData(new[] { 100, 100 }, new[] { 100, 10_000 })]
    [InlineData(new[] { 10, 10, 100 }, new[] { 10, 100, 10_000 })]
    public void WithLevels_AtTheLimits_BuildsTheRunningProducts(int[] branching, int[] counts)
    {
        var framework = AnIndicatorFramework.Named("测试体系").WithLevels(branching).Build();

        Assert.Equal(counts, framework.CountPerLevel());
        Assert.True(framework.MatchesDeclaredCounts());
    }

    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 2 }, 1)]
    [InlineData(new[] { 2, 2, 2, 2 }, 4)]
    public void WithLevels_NotTwoOrThreeValues_ThrowsNamingTheCount(int[] branching, int count)
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => AnIndicatorFramework.Named("测试体系").WithLevels(branching));

        Assert.Equal("branching", failure.ParamName);
        Assert.StartsWith($"branching must have between 2 and 3 values, one per level, but has {count}", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 0, 3 }, "branching[0] (0) must be at least 1")]
    [InlineData(new[] { 2, -1 }, "branching[1] (-1) must be at least 1")]
    [InlineData(new[] { 2, 3, int.MinValue }, "branching[2] (-2147483648) must be at least 1")]
    public void WithLevels_ValueBelowOne_ThrowsNamingTheValue(int[] branching, string message)
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => AnIndicatorFramework.Named("测试体系").WithLevels(branching));

        Assert.Equal("branching", failure.ParamName);
        Assert.StartsWith(message, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 100, 101 }, "branching (100, 101) must give at most 10000 indicators on a level, but level 2 would have 10100")]
    [InlineData(new[] { 10_001, 1 }, "branching (10001, 1) must give at most 10000 indicators on a level, but level 1 would have 10001")]
    [InlineData(new[] { int.MaxValue, int.MaxValue, int.MaxValue }, "branching (2147483647, 2147483647, 2147483647) must give at most 10000 indicators on a level, but level 1 would have 2147483647")]
    public void WithLevels_ProductAboveTheLimit_ThrowsNamingTheValues(int[] branching, string message)
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => AnIndicatorFramework.Named("测试体系").WithLevels(branching));

        Assert.Equal("branching", failure.ParamName);
        Assert.StartsWith(message, failure.Message, StringComparison.Ordinal);
        Assert.Equal(10_000, AnIndicatorFramework.MaxIndicatorsOnLastLevel);
    }

    [Fact]
    public void WithLevels_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => AnIndicatorFramework.Named("测试体系").WithLevels(null!));
    }

    [Fact]
    public void WithLevels_CallersArrayChangedAfterwards_BuildsTheLevelsGiven()
    {
        var branching = new[] { 2, 3 };
        var builder = AnIndicatorFramework.Named("测试体系").WithLevels(branching);

        branching[0] = -5;
        var framework = builder.Build();

        Assert.Equal([2, 6], framework.CountPerLevel());
    }

    [Fact]
    public void WithLevels_Rejected_KeepsTheEarlierLevels()
    {
        var builder = AnIndicatorFramework.Named("测试体系").WithLevels(3, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithLevels(3, 0));

        Assert.Equal([3, 6], builder.Build().CountPerLevel());
    }

    private static string[] Codes(ValidationResult result) => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(result.Issues, i => i.Code));
}
