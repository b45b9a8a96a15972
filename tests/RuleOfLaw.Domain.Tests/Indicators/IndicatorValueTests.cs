using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class IndicatorValueTests
{
    private static readonly IndicatorCode Code = IndicatorCode.Parse("reconsideration_correction_rate");
    private static readonly ReportYear Year = ReportYear.Of(2020);

    private static IndicatorValue Make(long? numerator = null, long? denominator = null, Quantity? quantity = null, PublishedFigure? published = null, string? printed = null) =>
        new(Code, IndicatorScope.Subject, Year, numerator, denominator, quantity, published, printed);

    [Fact]
    public void Rate_BothCountsKnown_IsTheirRate()
    {
        Assert.Equal(Rate.Of(2, 11), Make(2, 11).Rate);
    }

    [Fact]
    public void Rate_DenominatorUnknown_IsNullButNumeratorKept()
    {
        var value = Make(numerator: 16, published: PublishedFigure.Of(50m));

        Assert.Null(value.Rate);
        Assert.Equal(16, value.Numerator);
        Assert.Null(value.Denominator);
        Assert.False(value.IsMissing);
    }

    [Fact]
    public void ZeroMissingAndNotApplicable_StayApart()
    {
        var zero = Make(0, 5);
        var missing = Make();
        var notApplicable = Make(0, 0);

        Assert.True(zero.Rate!.Value.IsApplicable);
        Assert.Equal(0m, zero.Rate.Value.ToExactPercent());
        Assert.True(missing.IsMissing);
        Assert.Null(missing.Rate);
        Assert.False(notApplicable.Rate!.Value.IsApplicable);
        Assert.False(notApplicable.IsMissing);
        Assert.NotEqual(zero, missing);
        Assert.NotEqual(zero, notApplicable);
        Assert.NotEqual(missing, notApplicable);
    }

    [Fact]
    public void Constructor_NumeratorEqualToDenominator_IsAccepted()
    {
        Assert.Equal(Rate.Of(8, 8), Make(8, 8).Rate);
    }

    [Fact]
    public void Constructor_NumeratorAboveDenominator_ThrowsNamingRuleAndValues()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Make(7, 5));

        Assert.Equal("numerator", exception.ParamName);
        Assert.StartsWith("numerator (7) must not exceed denominator (5)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1L, null, "numerator")]
    [InlineData(null, -1L, "denominator")]
    [InlineData(0L, -1L, "denominator")]
    public void Constructor_NegativeCount_Throws(long? numerator, long? denominator, string parameter)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Make(numerator, denominator));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains("must not be negative", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_QuantityWithoutCounts_IsAcceptedButWithCountsThrows()
    {
        var quantity = new Quantity(5m, "项");

        Assert.Equal(quantity, Make(quantity: quantity).Quantity);
        Assert.Equal("quantity", Assert.Throws<ArgumentException>(() => Make(numerator: 1, quantity: quantity)).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentException>(() => Make(denominator: 1, quantity: quantity)).ParamName);
    }

    [Fact]
    public void Constructor_BlankPrintedTextOrNullCodeOrScope_Throws()
    {
        Assert.Equal("printedText", Assert.Throws<ArgumentException>(() => Make(printed: " ")).ParamName);
        Assert.Equal("indicator", Assert.Throws<ArgumentNullException>(() => new IndicatorValue(null!, IndicatorScope.Subject, Year)).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentNullException>(() => new IndicatorValue(Code, null!, Year)).ParamName);
    }

    [Fact]
    public void Constructor_UnlistedCodeWithItsName_KeepsNameKindAndLinks()
    {
        var code = IndicatorCode.ForUnlistedName("其他公文占比");

        var value = new IndicatorValue(code, IndicatorScope.Subject, Year, 5, 12, published: PublishedFigure.Of(41m), name: "其他公文占比", kind: IndicatorKind.Share, numeratorLink: CountLink.SameSentence, denominatorLink: CountLink.SameSection);

        Assert.Equal("其他公文占比", value.Name);
        Assert.Equal(IndicatorKind.Share, value.Kind);
        Assert.Equal(CountLink.SameSentence, value.NumeratorLink);
        Assert.Equal(CountLink.SameSection, value.DenominatorLink);
    }

    [Fact]
    public void Constructor_UnlistedCodeWithoutName_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new IndicatorValue(IndicatorCode.ForUnlistedName("执法协同响应率"), IndicatorScope.Subject, Year));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void Constructor_LinkWithoutItsCount_Throws()
    {
        Assert.Equal("numeratorLink", Assert.Throws<ArgumentException>(() => new IndicatorValue(Code, IndicatorScope.Subject, Year, denominator: 5, numeratorLink: CountLink.SameClause)).ParamName);
        Assert.Equal("denominatorLink", Assert.Throws<ArgumentException>(() => new IndicatorValue(Code, IndicatorScope.Subject, Year, numerator: 5, denominatorLink: CountLink.SameClause)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new IndicatorValue(Code, IndicatorScope.Subject, Year, name: " ")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorValue(Code, IndicatorScope.Subject, Year, kind: (IndicatorKind)9)).ParamName);
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var value = Make(2, 11, published: PublishedFigure.Of(18.2m), printed: "纠正率18.2%");

        ValueSemantics.Assert(
            value,
            Make(2, 11, published: PublishedFigure.Of(18.2m), printed: "纠正率18.2%"),
            Make(3, 11, published: PublishedFigure.Of(18.2m), printed: "纠正率18.2%"),
            Make(2, 12, published: PublishedFigure.Of(18.2m), printed: "纠正率18.2%"),
            Make(2, null, published: PublishedFigure.Of(18.2m), printed: "纠正率18.2%"),
            Make(2, 11, published: PublishedFigure.Of(18.20m), printed: "纠正率18.2%"),
            Make(2, 11, printed: "纠正率18.2%"),
            Make(2, 11, published: PublishedFigure.Of(18.2m)),
            new IndicatorValue(Code, IndicatorScope.Benchmark("全市", AdministrativeLevel.City), Year, 2, 11, null, PublishedFigure.Of(18.2m), "纠正率18.2%"),
            new IndicatorValue(Code, IndicatorScope.Subject, ReportYear.Of(2021), 2, 11, null, PublishedFigure.Of(18.2m), "纠正率18.2%"),
            new IndicatorValue(IndicatorCode.Parse("hearing_rate"), IndicatorScope.Subject, Year, 2, 11, null, PublishedFigure.Of(18.2m), "纠正率18.2%"),
            new IndicatorValue(Code, IndicatorScope.Subject, Year, 2, 11, null, PublishedFigure.Of(18.2m), "纠正率18.2%", name: "纠正率"),
            new IndicatorValue(Code, IndicatorScope.Subject, Year, 2, 11, null, PublishedFigure.Of(18.2m), "纠正率18.2%", kind: IndicatorKind.Rate),
            new IndicatorValue(Code, IndicatorScope.Subject, Year, 2, 11, null, PublishedFigure.Of(18.2m), "纠正率18.2%", numeratorLink: CountLink.SameClause),
            new IndicatorValue(Code, IndicatorScope.Subject, Year, 2, 11, null, PublishedFigure.Of(18.2m), "纠正率18.2%", denominatorLink: CountLink.SameSection));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(IndicatorValue value)
    {
        var copy = new IndicatorValue(value.Indicator, value.Scope, value.Period, value.Numerator, value.Denominator, value.Quantity, value.Published, value.PrintedText, value.Change, value.Name, value.Kind, value.NumeratorLink, value.DenominatorLink);
        return copy == value && copy.GetHashCode() == value.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Rate_ExistsExactlyWhenBothCountsAreKnown(IndicatorValue value) =>
        value.Rate.HasValue == (value.Numerator.HasValue && value.Denominator.HasValue)
        && (value.Rate is not { } rate || (rate.Numerator == value.Numerator && rate.Denominator == value.Denominator));

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Generated_NeverHoldsCountsAndQuantityTogether(IndicatorValue value) =>
        value.Quantity is null || (value.Numerator is null && value.Denominator is null);
}
