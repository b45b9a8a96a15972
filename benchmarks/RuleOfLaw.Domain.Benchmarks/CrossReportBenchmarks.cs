using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// The rules across reports on 10,000 synthetic reports (<see cref="SyntheticReports"/>: 2,500 subjects × 4 years, 30
/// provinces): across years (duplicates, plan follow-through, year-over-year jumps, published changes) and across units (modified z-score
/// outliers, plausible ranges), each with the other rules turned off, and the pooled rates by level and region. The
/// baseline builds the set (series per subject, duplicates) from the same reports.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CrossReportBenchmarks
{
    private static readonly string[] YearCodes =
    [
        ValidationCodes.DuplicateReport, ValidationCodes.PlanItemCarriedOut, ValidationCodes.PlanItemNotFound,
        ValidationCodes.PlanFollowThroughNotAssessable, ValidationCodes.YearOverYearJump, ValidationCodes.PublishedChangeInconsistent,
    ];

    private static readonly string[] UnitCodes = [ValidationCodes.RateOutlier, ValidationCodes.RateImplausible];

    private ReportSet _set = null!;
    private ReportValidator _acrossYears = null!;
    private ReportValidator _acrossUnits = null!;
    private ComparisonSettings _settings = null!;

    /// <summary>Gets or sets the number of reports.</summary>
    [Params(10_000)]
    public int Reports { get; set; }

    /// <summary>Builds the reports and the validators.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _set = ReportSet.Of(SyntheticReports.Build(Reports));
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0));
        _acrossYears = new ReportValidator(UnitCodes.Aggregate(RuleSet.National, (set, code) => set.Disable(code)), clock);
        _acrossUnits = new ReportValidator(YearCodes.Aggregate(RuleSet.National, (set, code) => set.Disable(code)), clock);
        _settings = ComparisonSettings.Default.WithPlausibleRange(NationalRates.ReconsiderationCorrection.Code, new PlausibleRange(0m, 60m));
    }

    /// <summary>Builds the set (series per subject, duplicates): the baseline.</summary>
    /// <returns>The set.</returns>
    [Benchmark(Baseline = true)]
    public ReportSet BuildSet() => ReportSet.Of(_set.Reports);

    /// <summary>Runs the rules across years.</summary>
    /// <returns>The findings.</returns>
    [Benchmark]
    public ValidationResult AcrossYears() => _acrossYears.Validate(_set, _settings);

    /// <summary>Runs the rules across units.</summary>
    /// <returns>The findings.</returns>
    [Benchmark]
    public ValidationResult AcrossUnits() => _acrossUnits.Validate(_set, _settings);

    /// <summary>Pools the rates by level and region.</summary>
    /// <returns>The pooled rates.</returns>
    [Benchmark]
    public ImmutableArray<PooledRate> PooledRates() => PooledRate.Pool(_set);
}
