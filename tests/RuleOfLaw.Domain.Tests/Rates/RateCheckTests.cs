using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Validation.Rules;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed class RateCheckTests
{
    private static readonly RoundingModes National = RuleSet.National.AcceptedRounding;

    [Fact]
    public void National_AcceptsNearestOnly()
    {
        Assert.Equal(RoundingModes.Nearest, National);
    }

    [Fact]
    public void Check_TwoOfThreeAt66Point6_IsInconsistentNationallyAndSaysTruncationWouldGiveIt()
    {
        var check = RateCheck.Check(2, 3, PublishedFigure.Parse("66.6"), National);

        Assert.Equal(ConsistencyOutcome.Inconsistent, check.Outcome);
        Assert.Equal(RoundingModes.None, check.AgreeingModes);
        Assert.Equal(RoundingModes.Truncation, check.AgreeingModesNotAccepted);
        Assert.Equal("2/3 = 66.6667% gives 66.6 only when rounded by truncation, which the rule set does not accept (accepted: half away from zero or half to even).", check.Explain());
    }

    [Fact]
    public void Check_TwoOfThreeAt66Point6_IsConsistentWhereTruncationIsAcceptedAndSaysSo()
    {
        var check = RateCheck.Check(2, 3, PublishedFigure.Parse("66.6"), RoundingModes.All);

        Assert.Equal(ConsistencyOutcome.Consistent, check.Outcome);
        Assert.Equal(RoundingModes.Truncation, check.AgreeingModes);
        Assert.Contains("by truncation", check.Explain(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("18.2", 2, 11, RoundingModes.Nearest)]
    [InlineData("18.1", 2, 11, RoundingModes.Truncation)]
    [InlineData("6.20", 33, 536, RoundingModes.None)]
    [InlineData("6.16", 33, 536, RoundingModes.Nearest)]
    [InlineData("6.15", 33, 536, RoundingModes.Truncation)]
    [InlineData("50", 16, 32, RoundingModes.All)]
    [InlineData("12", 1, 8, RoundingModes.HalfToEven | RoundingModes.Truncation)]
    [InlineData("13", 1, 8, RoundingModes.HalfAwayFromZero)]
    public void Check_EveryRuleAccepted_ListsTheAgreeingRules(string printed, long numerator, long denominator, RoundingModes expected)
    {
        var check = RateCheck.Check(numerator, denominator, PublishedFigure.Parse(printed), RoundingModes.All);

        Assert.Equal(expected, check.AgreeingModes);
        Assert.Equal(expected == RoundingModes.None ? ConsistencyOutcome.Inconsistent : ConsistencyOutcome.Consistent, check.Outcome);
    }

    [Fact]
    public void Check_ZeroOfZero_IsNotAssessable()
    {
        Assert.Equal(ConsistencyOutcome.NotAssessable, RateCheck.Check(0, 0, PublishedFigure.Of(0m), National).Outcome);
    }

    [Theory]
    [InlineData(995, 999, "100", true)]
    [InlineData(999, 999, "100", false)]
    [InlineData(1, 999, "0", true)]
    [InlineData(0, 999, "0", false)]
    [InlineData(998, 999, "99.9", false)]
    public void Check_HundredOrZeroPercent_FlagsCountsThatAreNotAllOrNone(long numerator, long denominator, string printed, bool flagged)
    {
        var check = RateCheck.Check(numerator, denominator, PublishedFigure.Parse(printed), National);

        Assert.Equal(ConsistencyOutcome.Consistent, check.Outcome);
        Assert.Equal(flagged, check.IsAllOrNoneMismatch);
    }

    [Fact]
    public void Check_NumeratorOnly_ImpliesTheDenominators()
    {
        var check = RateCheck.Check(12, null, PublishedFigure.Parse("40"), National);

        Assert.Equal(ConsistencyOutcome.NotAssessable, check.Outcome);
        Assert.Equal(CountRange.Of(30, 30), check.ImpliedDenominators);
        Assert.Equal("Denominator implied by 40% for a numerator of 12: 30.", check.Explain());
    }

    [Fact]
    public void Check_DenominatorOnly_ImpliesTheNumerators()
    {
        var check = RateCheck.Check(null, 3, PublishedFigure.Parse("33.3"), National);

        Assert.Equal(CountRange.Of(1, 1), check.ImpliedNumerators);
    }

    [Theory]
    [InlineData(3L, null, "150")]
    [InlineData(null, 3L, "50")]
    public void Check_OneCountNoOtherCountGives_IsInconsistent(long? numerator, long? denominator, string printed)
    {
        Assert.Equal(ConsistencyOutcome.Inconsistent, RateCheck.Check(numerator, denominator, PublishedFigure.Parse(printed), National).Outcome);
    }

    [Theory]
    [InlineData(RoundingModes.None)]
    [InlineData((RoundingModes)8)]
    public void Check_NoOrUndefinedAcceptedRule_Throws(RoundingModes accepted)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => RateCheck.Check(1, 2, PublishedFigure.Of(50m), accepted));

        Assert.Equal("accepted", exception.ParamName);
    }

    [Fact]
    public void Check_NumeratorAboveDenominator_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RateCheck.Check(3, 2, PublishedFigure.Of(50m), National));
    }

    [Theory]
    [InlineData(3, 7, "42.9", 1, ConsistencyOutcome.Consistent)]
    [InlineData(3, 7, "42.9", 0, ConsistencyOutcome.Inconsistent)] // zero decimals cannot print 42.9
    [InlineData(1, 2, "50", 1, ConsistencyOutcome.Consistent)] // read as 50.0
    [InlineData(499, 1000, "50", 1, ConsistencyOutcome.Inconsistent)] // 49.9 at one decimal
    [InlineData(499, 1000, "50", 0, ConsistencyOutcome.Consistent)]
    public void IsConsistentWith_HonoursThePolicysDecimals(long numerator, long denominator, string printed, int decimals, ConsistencyOutcome expected)
    {
        Assert.Equal(expected, Rate.Of(numerator, denominator).IsConsistentWith(PublishedFigure.Parse(printed), RoundingPolicy.Everyday(decimals)).Outcome);
    }

    [Fact]
    public void WithAcceptedRounding_ChangesTheSetAndItsEquality()
    {
        var lenient = RuleSet.National.WithAcceptedRounding(RoundingModes.All);

        Assert.Equal(RoundingModes.All, lenient.AcceptedRounding);
        Assert.NotEqual(RuleSet.National, lenient);
        Assert.Equal(RoundingModes.All, lenient.With(RuleSetOverlays.ProvincialGuideline).AcceptedRounding);
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSet.National.WithAcceptedRounding(RoundingModes.None));
    }

    [Fact]
    public void Validate_TwoOfThreeAt66Point6_IsInconsistentUnlessTruncationIsAccepted()
    {
        var report = AnAnnualReport.For(2024).WithIndicatorValues(Value(2, 3, "66.6")).Build();

        Assert.True(Validators.Later().Validate(report).Has(ValidationCodes.PublishedRateInconsistent, "IndicatorValues[0].Published"));
        Assert.False(Validators.Later(RuleSet.National.WithAcceptedRounding(RoundingModes.All)).Validate(report).Has(ValidationCodes.PublishedRateInconsistent, "IndicatorValues[0].Published"));
    }

    [Fact]
    public void Validate_HundredPercentForNotAll_IsAWarningOfItsOwn()
    {
        var result = Validators.Later().Validate(AnAnnualReport.For(2024).WithIndicatorValues(Value(995, 999, "100")).Build());

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ValidationCodes.PublishedFigureAllOrNone, issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
    }

    [Fact]
    public void Validate_NumeratorOnlyNoDenominatorGives_IsImpossible()
    {
        var result = Validators.Later().Validate(AnAnnualReport.For(2024).WithIndicatorValues(Value(3, null, "150")).Build());

        Assert.True(result.Has(ValidationCodes.PublishedRateImpossible, "IndicatorValues[0].Published"));
    }

    /// <summary>The reader's verdict (its rate mention) and the validator's agree with the one check, on 10,000 random counts and figures.</summary>
    [Property(MaxTest = 10_000, Arbitrary = new[] { typeof(RateCheckTests) })]
    public bool ReaderValidatorAndCheck_GiveOneVerdict(RateSample sample)
    {
        var check = RateCheck.Check(sample.Numerator, sample.Denominator, sample.Figure, National);
        var findings = Validators.Later(RateOnly).Validate(AnAnnualReport.For(2024).WithIndicatorValues(Value(sample.Numerator, sample.Denominator, sample.Figure)).Build());
        var validatorSaysWrong = findings.Has(ValidationCodes.PublishedRateInconsistent, "IndicatorValues[0].Published")
            || findings.Has(ValidationCodes.PublishedRateImpossible, "IndicatorValues[0].Published");
        var checkSaysWrong = check.Outcome == ConsistencyOutcome.Inconsistent;
        if (sample.Numerator is not { } n || sample.Denominator is not { } d)
        {
            return validatorSaysWrong == checkSaysWrong;
        }

        var figure = new QuantityMatch(0, 1, sample.Figure.ToString(), sample.Figure.Value, sample.Figure.Decimals, ScaleWord.None, "%", QuantityQualifier.Exact, QuantityKind.Percent, new SourceSpan(0, 1));
        var count = new QuantityMatch(0, 1, d.ToString(System.Globalization.CultureInfo.InvariantCulture), d, 0, ScaleWord.None, "件", QuantityQualifier.Exact, QuantityKind.Count, new SourceSpan(0, 1));
        var mention = new RateMention("correction_rate", null, RateMentionKind.Published, new SourceSpan(0, 1), figure, null, count, n);
        var readerSaysWrong = mention.IsConsistent == false;
        return validatorSaysWrong == checkSaysWrong && readerSaysWrong == checkSaysWrong;
    }

    /// <summary>Random counts (one of them sometimes missing) and figures near, at and off the rounded value.</summary>
    public static Arbitrary<RateSample> Cases() =>
        Gen.Choose(0, 2_000)
            .SelectMany(d => Gen.Choose(0, d), (d, n) => (d, n))
            .SelectMany(_ => Gen.Choose(0, 2), (c, decimals) => (c.d, c.n, decimals))
            .SelectMany(_ => Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero), (c, mode) => (c.d, c.n, c.decimals, mode))
            .SelectMany(_ => Gen.Choose(-2, 2), (c, offset) => (c.d, c.n, c.decimals, c.mode, offset))
            .SelectMany(_ => Gen.Choose(0, 5), (c, missing) => Make(c.n, c.d, c.decimals, c.mode, c.offset, missing))
            .ToArbitrary();

    private static RateSample Make(long n, long d, int decimals, MidpointRounding mode, int offset, int missing)
    {
        var exact = d == 0 ? 0m : 100m * n / d;
        var unit = decimals switch { 0 => 1m, 1 => 0.1m, _ => 0.01m };
        var value = Math.Max(0m, Math.Round(exact, decimals, mode) + (offset == 2 ? 0 : offset) * unit);
        var figure = PublishedFigure.Of(decimal.Round(value, decimals), decimals);
        return missing switch
        {
            0 => new RateSample(n, null, figure),
            1 => new RateSample(null, d, figure),
            _ => new RateSample(n, d, figure),
        };
    }

    private static readonly RuleSet RateOnly = DisableAllBut(
        ValidationCodes.PublishedRateInconsistent, ValidationCodes.PublishedRateImpossible, ValidationCodes.FigureForInapplicableRate, ValidationCodes.PublishedFigureAllOrNone);

    private static RuleSet DisableAllBut(params string[] codes)
    {
        var set = RuleSet.National;
        foreach (var descriptor in ValidationCodes.All)
        {
            set = Array.IndexOf(codes, descriptor.Code) >= 0 ? set : set.Disable(descriptor.Code);
        }

        return set;
    }

    private static IndicatorValue Value(long? numerator, long? denominator, string printed) => Value(numerator, denominator, PublishedFigure.Parse(printed));

    private static IndicatorValue Value(long? numerator, long? denominator, PublishedFigure printed) =>
        new(IndicatorCode.Parse("reconsideration_correction_rate"), IndicatorScope.Subject, ReportYear.Of(2024), numerator, denominator, published: printed);

    /// <summary>One random case: counts (either may be missing) and a printed figure.</summary>
    public sealed record RateSample(long? Numerator, long? Denominator, PublishedFigure Figure);
}
