using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

/// <summary>
/// The shrinkers of <see cref="DomainArbitraries"/>: every shrink keeps the generator's promise and is strictly smaller,
/// so shrinking ends on a valid value; and FsCheck, given a failing property, really ends on the least counterexample.
/// </summary>
public sealed class ShrinkingTests
{
    private static readonly RoundingPolicy[] Policies = Enumerable.Range(0, RoundingPolicy.MaxDecimals + 1).Select(d => new RoundingPolicy(d, MidpointRounding.AwayFromZero)).ToArray();
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2040, 1, 1, 0, 0)));

    /// <summary>Checks that every shrink of every generated value keeps <paramref name="promise"/> and is smaller by <paramref name="size"/>.</summary>
    private static Property EveryShrink<T>(Arbitrary<T> arbitrary, Func<T, bool> promise, Func<T, decimal> size, bool mustShrink = false) =>
        Prop.ForAll(arbitrary.Generator.ToArbitrary(), value =>
        {
            var shrinks = arbitrary.Shrinker(value).Take(200).ToList();
            return shrinks.All(shrink => promise(shrink) && size(shrink) < size(value))
                && (!mustShrink || size(value) == 0 || shrinks.Count > 0);
        });

    private static bool Consistent(ConsistentFigure pair) =>
        Policies.Any(policy => pair.Rate.IsConsistentWith(pair.Figure, policy).IsConsistent);

    private static bool Inconsistent(InconsistentFigure pair) =>
        Policies.All(policy => !pair.Rate.IsConsistentWith(pair.Figure, policy).IsConsistent);

    private static decimal Size(Measure measure) => measure.Results.Length + measure.TaskAreas.Length + (measure.Description.Length > 0 ? 1 : 0);

    private static decimal Size(AnnualReport report) =>
        report.Sections.Length + report.Measures.Length + report.Measures.Sum(Size) + report.Shortcomings.Length + report.IndicatorValues.Length
        + report.Submissions.Length + (report.Plan is null ? 0 : 1) + (report.Publication is null && report.Exemption is null ? 0 : 1) + (report.SignOff is null ? 0 : 1);

    private static decimal ValidReportSize(AnnualReport report)
    {
        var following = new LocalDate(report.Year.Year + 1, 1, 1);
        return Size(report) + report.Sections.Sum(section => section.Children.Length) + report.Plan!.Items.Length
            + Period.Between(following, report.Publication!.PublishedAt.Date, PeriodUnits.Days).Days
            + Period.Between(following, report.Submissions[0].Date, PeriodUnits.Days).Days;
    }

    [Property]
    public Property Rates_ShrinkToSmallerValidRates() =>
        EveryShrink(DomainArbitraries.Rates(), rate => rate.Numerator <= rate.Denominator, rate => (decimal)rate.Numerator + rate.Denominator, mustShrink: true);

    [Property]
    public Property ReportYears_ShrinkTowards1990() =>
        EveryShrink(DomainArbitraries.ReportYears(), year => year.Year >= ReportYear.MinYear, year => year.Year - ReportYear.MinYear, mustShrink: true);

    [Property]
    public Property RoundingPolicies_ShrinkToFewerDecimalsAndTheFirstMode() =>
        EveryShrink(DomainArbitraries.RoundingPolicies(), policy => policy.Decimals >= 0, policy => policy.Decimals + (policy.Mode == MidpointRounding.ToEven ? 0 : 10));

    [Property]
    public Property ConsistentFigures_ShrinkToConsistentFigures() =>
        EveryShrink(DomainArbitraries.ConsistentFigures(), pair => Consistent(pair) && pair.Rate.Denominator >= 1, pair => (decimal)pair.Rate.Numerator + pair.Rate.Denominator + pair.Figure.Decimals);

    [Property]
    public Property InconsistentFigures_ShrinkToInconsistentFigures() =>
        EveryShrink(DomainArbitraries.InconsistentFigures(), Inconsistent, pair => (decimal)pair.Rate.Numerator + pair.Rate.Denominator + pair.Figure.Value);

    [Property]
    public Property ChineseNumerals_ShrinkToNumeralsThatReadAsTheirValue() =>
        EveryShrink(
            DomainArbitraries.ChineseNumerals(),
            pair => ChineseNumber.TryParse(pair.Text, out var read) && read.Value == pair.Value,
            pair => pair.Value,
            mustShrink: true);

    [Property(MaxTest = 30)]
    public Property NationallyValidReports_ShrinkToNationallyValidReports() =>
        EveryShrink(
            DomainArbitraries.NationallyValidReports(),
            sample => sample.Report.Measures.Length >= 1 && Validator.Validate(sample.Report).Issues.IsEmpty,
            sample => ValidReportSize(sample.Report));

    [Property(MaxTest = 50)]
    public Property AnnualReports_ShrinkToSmallerReports() =>
        EveryShrink(DomainArbitraries.AnnualReports(), report => report.Plan is null || report.Plan.Year.Year == report.Year.Year + 1, Size);

    [Property]
    public Property CaseRecords_ShrinkToFewerCases() =>
        EveryShrink(
            DomainArbitraries.CaseRecords(),
            records => records.Disclosures.All(d => d.DisclosedOn is not { } on || (on >= d.DecidedOn && on <= d.DecidedOn.PlusDays(120)))
                && records.Recommendations.All(r => r.AnsweredOn is not { } on || on <= r.ReceivedOn.PlusDays(120))
                && records.Consultations.All(c => c.Period.Length is >= 1 and <= 60),
            records => records.Disclosures.Length + records.Recommendations.Length + records.Consultations.Length,
            mustShrink: true);

    [Property]
    public Property Measures_ShrinkToSmallerMeasures() =>
        EveryShrink(DomainArbitraries.Measures(), measure => measure.Heading.Length > 0, Size, mustShrink: true);

    [Property]
    public Property IndicatorFrameworks_ShrinkToSmallerFrameworksOfTheSameLevels() =>
        EveryShrink(
            DomainArbitraries.IndicatorFrameworks(),
            framework => framework.DeclaredLevelCounts.Length is >= IndicatorFramework.MinLevels and <= IndicatorFramework.MaxLevels,
            framework => framework.Roots.Length + framework.DeclaredLevelCounts.Sum());

    /// <summary>Runs a failing property through FsCheck and returns the last value it failed on: the end of shrinking.</summary>
    private static T ShrunkCounterexample<T>(Arbitrary<T> arbitrary, Func<T, bool> property)
    {
        var last = default(T);
        var failed = false;
        var check = () => Prop.ForAll(arbitrary, value =>
        {
            var holds = property(value);
            if (!holds)
            {
                (last, failed) = (value, true);
            }

            return holds;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));

        var failure = Assert.ThrowsAny<Exception>(check);
        Assert.True(failed, "the property never failed: " + failure.Message);
        Assert.Contains("shrink", failure.Message, StringComparison.OrdinalIgnoreCase);
        return last!;
    }

    [Fact]
    public void Rates_FailingProperty_ShrinksToTheLeastCounterexample()
    {
        var rate = ShrunkCounterexample(DomainArbitraries.Rates(), rate => rate.Denominator < 10);

        Assert.Equal(Rate.Of(0, 10), rate);
    }

    [Fact]
    public void ConsistentFigures_FailingProperty_ShrinksToTheLeastConsistentCounterexample()
    {
        var (rate, figure) = ShrunkCounterexample(DomainArbitraries.ConsistentFigures(), pair => pair.Rate.Denominator < 5);

        Assert.Equal(Rate.Of(0, 5), rate);
        Assert.Equal(PublishedFigure.Of(0m, 0), figure);
    }

    [Fact]
    public void NationallyValidReports_FailingProperty_ShrinksToTheLeastReportWithTwoMeasures()
    {
        var report = ShrunkCounterexample(DomainArbitraries.NationallyValidReports(), sample => sample.Report.Measures.Length < 2).Report;
        var following = new LocalDate(report.Year.Year + 1, 1, 2);

        Assert.Equal(2, report.Measures.Length);
        Assert.All(report.Measures, measure => Assert.Equal(0, Size(measure)));
        Assert.Empty(report.IndicatorValues);
        Assert.Single(report.Shortcomings);
        Assert.Single(report.Plan!.Items);
        Assert.Equal(4, report.Sections.Length);
        Assert.Single(report.Sections[0].Children);
        Assert.Equal(following, report.Publication!.PublishedAt.Date);
        Assert.Equal(following, report.Submissions[0].Date);
        Assert.Empty(Validator.Validate(report).Issues);
    }
}
