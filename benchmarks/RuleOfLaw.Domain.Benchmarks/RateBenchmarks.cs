using BenchmarkDotNet.Attributes;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>Constructing a rate and rounding it for presentation; the baseline is the bare decimal arithmetic.</summary>
[MemoryDiagnoser]
public class RateBenchmarks
{
    private long _numerator;
    private long _denominator;
    private Rate _rate;
    private RoundingPolicy _policy;

    [GlobalSetup]
    public void Setup()
    {
        _numerator = 686;
        _denominator = 4311;
        _rate = Rate.Of(_numerator, _denominator);
        _policy = RoundingPolicy.Everyday(2);
    }

    [Benchmark(Baseline = true)]
    public decimal BareDecimalRound() => decimal.Round(100m * _numerator / _denominator, 2, System.MidpointRounding.AwayFromZero);

    [Benchmark]
    public Rate Construct() => Rate.Of(_numerator, _denominator);

    [Benchmark]
    public decimal? ToPercent() => _rate.ToPercent(_policy);

    [Benchmark]
    public decimal? ConstructAndToPercent() => Rate.Of(_numerator, _denominator).ToPercent(_policy);
}
