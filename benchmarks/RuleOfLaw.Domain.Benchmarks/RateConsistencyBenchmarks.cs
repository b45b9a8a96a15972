using System;
using BenchmarkDotNet.Attributes;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>Checking printed rates against counts and back-solving counts; the baseline is rounding the rate for presentation.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RateConsistencyBenchmarks
{
    private Rate _rate;
    private RoundingPolicy _policy;
    private PublishedFigure _printed;
    private PublishedFigure _fifty;
    private CountRange _smallRange;
    private CountRange _hugeRange;
    private RateConsistency _check;

    [GlobalSetup]
    public void Setup()
    {
        _rate = Rate.Of(686, 4311);
        _policy = RoundingPolicy.Everyday(2);
        _printed = PublishedFigure.Parse("15.91");
        _fifty = PublishedFigure.Parse("50");
        _smallRange = CountRange.Of(1, 1_000);
        _hugeRange = CountRange.Of(1, 1_000_000_000_000);
        _check = _rate.IsConsistentWith(_printed, _policy);
    }

    [Benchmark(Baseline = true)]
    public decimal? ToPercent() => _rate.ToPercent(_policy);

    [Benchmark]
    public RateConsistency IsConsistentWith() => _rate.IsConsistentWith(_printed, _policy);

    [Benchmark]
    public RateCheckResult RateCheckNational() => RateCheck.Check(_rate, _printed, RoundingModes.Nearest);

    [Benchmark]
    public CountRange DenominatorsForSmallRange() => _fifty.DenominatorsFor(16, MidpointRounding.AwayFromZero, _smallRange);

    [Benchmark]
    public CountRange DenominatorsForHugeRange() => _fifty.DenominatorsFor(16, MidpointRounding.AwayFromZero, _hugeRange);

    [Benchmark]
    public CountRange NumeratorsFor() => _printed.NumeratorsFor(4311, MidpointRounding.AwayFromZero);

    [Benchmark]
    public string Explain() => _check.Explain();
}
