using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class RateAssessmentTests
{
    private static readonly RoundingModes National = RuleSet.National.AcceptedRounding;

    private static readonly IndicatorCode Correction = NationalRates.ReconsiderationCorrection.Code;

    [Fact]
    public void Assess_FigureAgreeingWithCounts_IsConsistentAndCheckExplainsIt()
    {
        var assessment = RateAssessment.Assess(Value(2, 11, "18.2"), National);

        Assert.Equal((RateVerdict.Consistent, RateVerdictReason.Checked, 18.2m), (assessment.Verdict, assessment.Reason, assessment.ComputedPercent));
        Assert.Equal(Rate.Of(2, 11), assessment.Rate);
        Assert.False(assessment.IsInconsistent);
        Assert.Equal(assessment.Check!.Explain(MessageLanguage.Chinese), assessment.Explain(MessageLanguage.Chinese));
    }

    [Fact]
    public void Assess_FigureContradictingCounts_IsInconsistent()
    {
        var assessment = RateAssessment.Assess(Value(2, 11, "20.0"), National);

        Assert.Equal(RateVerdict.Inconsistent, assessment.Verdict);
        Assert.True(assessment.IsInconsistent);
        Assert.Equal(18.2m, assessment.ComputedPercent);
    }

    [Fact]
    public void Assess_FigureWithTheNumeratorOnly_IsImpliedWithTheDenominatorsItAllows()
    {
        var assessment = RateAssessment.Assess(Value(2, null, "18.2"), National);

        Assert.Equal(RateVerdict.Implied, assessment.Verdict);
        Assert.NotNull(assessment.Check!.ImpliedDenominators);
        Assert.Null(assessment.ComputedPercent);
    }

    [Fact]
    public void Assess_FigureWithoutCounts_IsNotAssessableButChecked()
    {
        var assessment = RateAssessment.Assess(Value(null, null, "18.2"), National);

        Assert.Equal((RateVerdict.NotAssessable, RateVerdictReason.Checked), (assessment.Verdict, assessment.Reason));
        Assert.NotNull(assessment.Check);
    }

    [Fact]
    public void Assess_CountsWithoutFigure_IsComputedAtTheDefinedDecimals()
    {
        var assessment = RateAssessment.Assess(Correction, 2, 3, null, National);

        Assert.Equal((RateVerdict.Computed, RateVerdictReason.NoFigurePrinted), (assessment.Verdict, assessment.Reason));
        Assert.Equal(Math.Round(200m / 3, NationalRates.ReconsiderationCorrection.Decimals, MidpointRounding.AwayFromZero), assessment.ComputedPercent);
        Assert.Null(assessment.Check);
    }

    [Fact]
    public void Assess_CountsWithoutFigureOrIndicator_IsComputedAtTwoDecimals()
    {
        var assessment = RateAssessment.Assess(null, 2, 3, null, National);

        Assert.Equal(66.67m, assessment.ComputedPercent);
    }

    [Fact]
    public void Assess_ZeroOfZeroWithoutFigure_IsComputedButNotApplicable()
    {
        var assessment = RateAssessment.Assess(Correction, 0, 0, null, National);

        Assert.Equal((RateVerdict.Computed, RateVerdictReason.NotApplicable), (assessment.Verdict, assessment.Reason));
        Assert.Null(assessment.ComputedPercent);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(2L, null)]
    [InlineData(null, 11L)]
    public void Assess_NoFigureAndNotBothCounts_IsNotAssessable(long? numerator, long? denominator)
    {
        var assessment = RateAssessment.Assess(Correction, numerator, denominator, null, National);

        Assert.Equal((RateVerdict.NotAssessable, RateVerdictReason.NoCountsAndNoFigure), (assessment.Verdict, assessment.Reason));
        Assert.Null(assessment.Rate);
    }

    [Theory]
    [InlineData("18.2")]
    [InlineData(null)]
    public void Assess_NumeratorAboveDenominator_IsNotAssessableWithoutThrowing(string? printed)
    {
        var assessment = RateAssessment.Assess(Correction, 12, 11, printed is null ? null : PublishedFigure.Parse(printed), National);

        Assert.Equal((RateVerdict.NotAssessable, RateVerdictReason.NumeratorExceedsDenominator), (assessment.Verdict, assessment.Reason));
        Assert.Null(assessment.Check);
        Assert.Null(assessment.ComputedPercent);
    }

    [Fact]
    public void Assess_NumeratorEqualToDenominator_IsARate()
    {
        var assessment = RateAssessment.Assess(Correction, 11, 11, PublishedFigure.Parse("100"), National);

        Assert.Equal(RateVerdict.Consistent, assessment.Verdict);
    }

    [Fact]
    public void Assess_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("numerator", () => RateAssessment.Assess(Correction, -1, 11, null, National));
        Assert.Throws<ArgumentOutOfRangeException>("denominator", () => RateAssessment.Assess(Correction, null, -1, null, National));
    }

    [Fact]
    public void Assess_NoAcceptedRounding_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("accepted", () => RateAssessment.Assess(Correction, 2, 11, null, RoundingModes.None));

    [Fact]
    public void Assess_NullValue_Throws() =>
        Assert.Throws<ArgumentNullException>("value", () => RateAssessment.Assess(null!, National));

    [Theory]
    [InlineData(MessageLanguage.English)]
    [InlineData(MessageLanguage.Chinese)]
    public void NameOf_EveryVerdict_HasItsOwnName(MessageLanguage language)
    {
        var names = Enum.GetValues<RateVerdict>().Select(v => RateAssessment.NameOf(v, language)).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
    }

    [Fact]
    public void NameOf_Verdicts_ReadAsTheReviewerReadsThem()
    {
        Assert.Equal("不一致", RateAssessment.NameOf(RateVerdict.Inconsistent, MessageLanguage.Chinese));
        Assert.Equal("consistent", RateAssessment.NameOf(RateVerdict.Consistent, MessageLanguage.English));
    }

    [Fact]
    public void NameOf_UndefinedValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("verdict", () => RateAssessment.NameOf((RateVerdict)99, MessageLanguage.English));
        Assert.Throws<ArgumentOutOfRangeException>("language", () => RateAssessment.NameOf(RateVerdict.Consistent, (MessageLanguage)99));
    }

    [Theory]
    [InlineData(MessageLanguage.English)]
    [InlineData(MessageLanguage.Chinese)]
    public void Explain_EveryReasonWithoutACheck_HasItsOwnSentence(MessageLanguage language)
    {
        RateAssessment[] withoutCheck =
        [
            RateAssessment.Assess(Correction, 2, 3, null, National),
            RateAssessment.Assess(Correction, 0, 0, null, National),
            RateAssessment.Assess(Correction, null, null, null, National),
            RateAssessment.Assess(Correction, 3, 2, null, National),
        ];

        var sentences = withoutCheck.Select(a => a.Explain(language)).ToList();

        Assert.Equal([RateVerdictReason.NoFigurePrinted, RateVerdictReason.NotApplicable, RateVerdictReason.NoCountsAndNoFigure, RateVerdictReason.NumeratorExceedsDenominator], withoutCheck.Select(a => a.Reason));
        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Explain_UndefinedLanguage_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("language", () => RateAssessment.Assess(Correction, 2, 3, null, National).Explain((MessageLanguage)99));

    [Property(MaxTest = 2_000, Arbitrary = new[] { typeof(RateAssessmentTests) })]
    public bool Assess_AnyStatedRate_SaysWhatRateCheckSays(Stated stated)
    {
        var assessment = RateAssessment.Assess(Correction, stated.Numerator, stated.Denominator, stated.Figure, National);

        if (stated.Figure is not { } figure)
        {
            return assessment.Check is null
                && assessment.Verdict == (stated.Numerator is not null && stated.Denominator is not null ? RateVerdict.Computed : RateVerdict.NotAssessable);
        }

        var check = RateCheck.Check(stated.Numerator, stated.Denominator, figure, National);
        return assessment.Check is { } made
            && made.Outcome == check.Outcome
            && (check.Outcome == ConsistencyOutcome.Consistent) == (assessment.Verdict == RateVerdict.Consistent)
            && (check.Outcome == ConsistencyOutcome.Inconsistent) == assessment.IsInconsistent
            && assessment.Explain(MessageLanguage.English) == check.Explain();
    }

    /// <summary>Counts (either may be missing) with a figure near the exact value, or no figure.</summary>
    public static Arbitrary<Stated> Cases() =>
        Gen.Choose(0, 500)
            .SelectMany(d => Gen.Choose(0, d), (d, n) => (d, n))
            .SelectMany(_ => Gen.Choose(0, 7), (c, shape) => Make(c.n, c.d, shape))
            .ToArbitrary();

    private static Stated Make(long n, long d, int shape)
    {
        var exact = d == 0 ? 50m : 100m * n / d;
        var near = Math.Clamp(decimal.Round(exact + (((shape % 3) - 1) * 0.1m), 1, MidpointRounding.AwayFromZero), 0m, 100m);
        var figure = shape >= 6 ? (PublishedFigure?)null : PublishedFigure.Of(near, 1);
        return (shape % 4) switch
        {
            0 => new Stated(n, null, figure),
            1 => new Stated(null, d, figure),
            _ => new Stated(n, d, figure),
        };
    }

    private static IndicatorValue Value(long? numerator, long? denominator, string printed) =>
        new(Correction, IndicatorScope.Subject, ReportYear.Of(2024), numerator, denominator, published: PublishedFigure.Parse(printed));

    /// <summary>One random rate as a text states it.</summary>
    public sealed record Stated(long? Numerator, long? Denominator, PublishedFigure? Figure);
}
