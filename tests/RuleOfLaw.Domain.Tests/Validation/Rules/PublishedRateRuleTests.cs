using System;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class PublishedRateRuleTests
{
    private static ValidationResult Validate(long? numerator, long? denominator, string? published) =>
        Validators.Later().Validate(AnAnnualReport.For(2024).WithIndicatorValues(
            new IndicatorValue(IndicatorCode.Parse("reconsideration_correction_rate"), IndicatorScope.Subject, ReportYear.Of(2024), numerator, denominator, published: published is null ? null : PublishedFigure.Parse(published))).Build());

    [Theory]
    [InlineData(2, 11, "18.2")] // 18.1818…
    [InlineData(16, 32, "50")]
    [InlineData(1, 8, "12.5")] // exact
    [InlineData(1, 8, "13")] // 12.5 half away from zero
    [InlineData(1, 8, "12")] // 12.5 half to even (GB/T 8170-2008)
    [InlineData(0, 5, "0")]
    [InlineData(5, 5, "100.00")]
    public void Validate_ConsistentFigure_Passes(long numerator, long denominator, string published)
    {
        Assert.Empty(Validate(numerator, denominator, published).Issues);
    }

    [Fact]
    public void Validate_InconsistentFigure_IsAnErrorQuotingTheExactValue()
    {
        var issue = Assert.Single(Validate(33, 536, "6.20").Issues);

        Assert.Equal(ValidationCodes.PublishedRateInconsistent, issue.Code);
        Assert.Equal("IndicatorValues[0].Published", issue.Path);
        Assert.Equal("Published 6.20% for 33/536, which is 6.1567%.", issue.Message);
    }

    [Theory]
    [InlineData(2, 11, "18.1")]
    [InlineData(2, 11, "18.3")]
    [InlineData(16, 31, "50")] // 51.6%
    [InlineData(16, 33, "50")] // 48.5%
    public void Validate_FigureOutsideItsInterval_IsInconsistent(long numerator, long denominator, string published)
    {
        Assert.True(Validate(numerator, denominator, published).Has(ValidationCodes.PublishedRateInconsistent, "IndicatorValues[0].Published"));
    }

    [Fact]
    public void Validate_FigureForZeroOfZero_HasNoValue()
    {
        var issue = Assert.Single(Validate(0, 0, "0").Issues);

        Assert.Equal(ValidationCodes.FigureForInapplicableRate, issue.Code);
        Assert.Equal("Published 0% for 0/0, which has no value.", issue.Message);
    }

    [Theory]
    [InlineData(16L, null, "50")]
    [InlineData(null, 32L, "50")]
    [InlineData(null, 3L, "33.3")]
    [InlineData(2L, 11L, null)]
    public void Validate_MissingCountOrFigure_CannotBeChecked(long? numerator, long? denominator, string? published)
    {
        Assert.Empty(Validate(numerator, denominator, published).Issues);
    }

    private static IndicatorValue Printed(string figure, IndicatorScope? scope = null, int year = 2024) =>
        new(IndicatorCode.Parse("litigation_head_appearance_rate"), scope ?? IndicatorScope.Subject, ReportYear.Of(year), published: PublishedFigure.Parse(figure));

    private static ValidationResult ValidatePrintings(params IndicatorValue[] values) =>
        Validators.Later().Validate(AnAnnualReport.For(2024).WithIndicatorValues(values).Build());

    [Fact]
    public void Validate_TwoPrintingsNoValueRoundsTo_ConflictOnTheLater()
    {
        var issue = Assert.Single(ValidatePrintings(Printed("42.9"), Printed("42.86"), Printed("43.1")).Issues);

        Assert.Equal(ValidationCodes.PublishedFigureConflict, issue.Code);
        Assert.Equal("IndicatorValues[2].Published", issue.Path);
        Assert.Equal("Printed 43.1% here and 42.9% at IndicatorValues[0].Published for head-of-agency court appearance rate; no value rounds to both.", issue.Message);
        Assert.Equal("litigation_head_appearance_rate", issue.ValueOf("indicator"));
    }

    [Fact]
    public void Validate_TwoPrintingsOfAnUnlistedRate_NameItAsPrintedInBothLanguages()
    {
        const string name = "执法协同响应率";
        IndicatorValue Unlisted(string figure) =>
            new(IndicatorCode.ForUnlistedName(name), IndicatorScope.Subject, ReportYear.Of(2024), published: PublishedFigure.Parse(figure), name: name);

        var issue = Assert.Single(ValidatePrintings(Unlisted("42.9"), Unlisted("43.1")).Issues);

        Assert.Equal(ValidationCodes.PublishedFigureConflict, issue.Code);
        Assert.Equal(name, issue.ValueOf("indicator"));
        Assert.Equal("Printed 43.1% here and 42.9% at IndicatorValues[0].Published for 执法协同响应率 (not a national indicator); no value rounds to both.", issue.Message);
        Assert.Equal(issue.Message, issue.GetMessage(MessageLanguage.English));
        Assert.StartsWith("执法协同响应率（非全国指标）此处公布为43.1%", issue.GetMessage(MessageLanguage.Chinese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42.9", "42.86")] // one and two decimals of the same value
    [InlineData("42.9", "42.9")]
    [InlineData("43", "42.5")] // 42.5 rounds half away from zero to 43
    public void Validate_PrintingsSomeValueRoundsTo_Agree(string first, string second)
    {
        Assert.Empty(ValidatePrintings(Printed(first), Printed(second)).Issues);
    }

    [Fact]
    public void Validate_DifferentScopeOrYear_IsNotAConflict()
    {
        var city = IndicatorScope.Benchmark("全市", AdministrativeLevel.City);

        Assert.Empty(ValidatePrintings(Printed("50"), Printed("16.2", city), Printed("41.8", year: 2023)).Issues);
    }
}
