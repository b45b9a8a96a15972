using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Validating a report the size of the seed with the national rule set (goal: under 20 µs and 10 KB), and 100,000
/// such reports in parallel with one shared validator (goal: under 10 s on 2 cores). The baseline builds only the
/// validator's per-call state: the clock's date in Beijing time.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ValidationBenchmarks
{
    private const int ReportCount = 100_000;

    private ReportValidator _validator = null!;
    private AnnualReport _report = null!;
    private AnnualReport[] _reports = null!;

    [GlobalSetup]
    public void Setup()
    {
        _validator = new ReportValidator(RuleSet.National, SystemClock.Instance);
        _report = ReportBuildBenchmarks.SeedSizedReport.Build();

        // A few distinct reports, each repeated, keep 100,000 validations realistic without gigabytes of setup.
        var distinct = Enumerable.Range(0, 16).Select(_ => ReportBuildBenchmarks.SeedSizedReport.Build()).ToArray();
        _reports = Enumerable.Range(0, ReportCount).Select(i => distinct[i % distinct.Length]).ToArray();
    }

    [Benchmark(Baseline = true)]
    public LocalDate TodayInBeijing() => ChinaTime.Today(SystemClock.Instance);

    [Benchmark]
    public ValidationResult ValidateSeedSizedReport() => _validator.Validate(_report);

    [Benchmark]
    public int Validate100000ReportsInParallel() =>
        _reports.AsParallel().Select(_validator.Validate).Count(result => result.HasErrors);
}
