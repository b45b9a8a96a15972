using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Validation with the national rule set as the number of indicator values grows (1,000 / 4,000 / 16,000): linear
/// means 4× the values take about 4× the time (the pairwise printing check took 5× for 2×). The values fall into
/// 16 groups (4 indicators × 2 scopes × 2 years) of agreeing and conflicting printings, with and without counts.
/// The baseline is a plain pass over the same values summing their published figures.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ValidationScalingBenchmarks
{
    private static readonly IndicatorCode[] Codes =
    {
        IndicatorCode.Parse("reconsideration_correction_rate"), IndicatorCode.Parse("litigation_head_appearance_rate"),
        IndicatorCode.Parse("enforcement_platform_coverage_rate"), IndicatorCode.Parse("legal_exam_participation_rate"),
    };

    private static readonly string[] Figures = { "18.2", "18.18", "18", "35.1", "100", "0", "42.86" };

    private ReportValidator _validator = null!;
    private AnnualReport _report = null!;

    /// <summary>Gets or sets the number of indicator values in the report.</summary>
    [Params(1_000, 4_000, 16_000)]
    public int Values { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _validator = new ReportValidator(RuleSet.National, SystemClock.Instance);
        _report = ReportBuildBenchmarks.SeedSizedReport.Build(MixedValues(Values));
    }

    [Benchmark(Baseline = true)]
    public decimal SumPublishedFigures() => _report.IndicatorValues.Sum(value => value.Published?.Value ?? 0m);

    [Benchmark]
    public ValidationResult Validate() => _validator.Validate(_report);

    private static ImmutableArray<IndicatorValue> MixedValues(int count)
    {
        var city = IndicatorScope.Benchmark("全市", AdministrativeLevel.City);
        var values = ImmutableArray.CreateBuilder<IndicatorValue>(count);
        for (var i = 0; i < count; i++)
        {
            var code = Codes[i % Codes.Length];
            var scope = (i / 4) % 2 == 0 ? IndicatorScope.Subject : city;
            var year = ReportYear.Of(2019 + ((i / 8) % 2));
            var figure = PublishedFigure.Parse(Figures[(i / 16) % Figures.Length]);
            values.Add((i % 5) switch
            {
                0 => new IndicatorValue(code, scope, year, 2, 11, published: figure),
                1 => new IndicatorValue(code, scope, year, 7, null, published: figure),
                2 => new IndicatorValue(code, scope, year, null, 3, published: figure),
                3 => new IndicatorValue(code, scope, year, 0, 0, published: figure),
                _ => new IndicatorValue(code, scope, year, published: figure),
            });
        }

        return values.MoveToImmutable();
    }
}
