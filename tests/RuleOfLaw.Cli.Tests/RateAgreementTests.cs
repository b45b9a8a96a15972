using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Tests;

/// <summary>The CLI's rate verdict is the validator's: one check answers both.</summary>
public sealed class RateAgreementTests
{
    private static readonly RuleSet RateOnly = DisableAllBut(
        ValidationCodes.PublishedRateInconsistent, ValidationCodes.PublishedRateImpossible, ValidationCodes.FigureForInapplicableRate, ValidationCodes.PublishedFigureAllOrNone);

    private static readonly ReportValidator Validator = new(RateOnly, new FakeClock(Instant.FromUtc(2030, 6, 1, 4, 0)));

    [Property(MaxTest = 10_000, Arbitrary = new[] { typeof(RateAgreementTests) })]
    public bool CliAndValidator_GiveOneVerdict(RateSample sample)
    {
        var value = new IndicatorValue(IndicatorCode.Parse("reconsideration_correction_rate"), IndicatorScope.Subject, ReportYear.Of(2024), sample.Numerator, sample.Denominator, published: sample.Figure);
        var line = RateAnalysis.Analyse(value, RateOnly.AcceptedRounding);
        var findings = Validator.Validate(AnAnnualReport.For(2024).WithIndicatorValues(value).Build());
        var validatorSaysWrong = findings.Has(ValidationCodes.PublishedRateInconsistent, "IndicatorValues[0].Published")
            || findings.Has(ValidationCodes.PublishedRateImpossible, "IndicatorValues[0].Published");
        var validatorSaysNoValue = findings.Has(ValidationCodes.FigureForInapplicableRate, "IndicatorValues[0].Published");
        return (line.Verdict == RateVerdict.Inconsistent) == validatorSaysWrong
            && (line.Verdict == RateVerdict.Consistent) == (sample.Numerator is not null && sample.Denominator is not null && !validatorSaysWrong && !validatorSaysNoValue);
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

    private static RuleSet DisableAllBut(params string[] codes)
    {
        var set = RuleSet.National;
        foreach (var descriptor in ValidationCodes.All)
        {
            set = Array.IndexOf(codes, descriptor.Code) >= 0 ? set : set.Disable(descriptor.Code);
        }

        return set;
    }

    /// <summary>One random case: counts (either may be missing) and a printed figure.</summary>
    public sealed record RateSample(long? Numerator, long? Denominator, PublishedFigure Figure);
}
