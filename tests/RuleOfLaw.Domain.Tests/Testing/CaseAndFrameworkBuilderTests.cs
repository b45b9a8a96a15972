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

    private static string[] Codes(ValidationResult result) => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(result.Issues, i => i.Code));
}
