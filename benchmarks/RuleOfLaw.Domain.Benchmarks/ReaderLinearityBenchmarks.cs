using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// The reader on adversarial texts (issue #21) at 0.25, 1 and 4 MB of UTF-8: every pattern of
/// <see cref="AdversarialTexts"/>. The issue asks for time per 4× input between 3× and 5× (the ×4 column: this size's
/// median over the median at a quarter of it) and every 1 MB case under 100 ms. The MB/s column is the size over the
/// median. The suite's <c>ReaderLinearityTests</c> checks the same patterns for a quadratic regression.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(Columns))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ReaderLinearityBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Gets the patterns, named as in <see cref="AdversarialTexts.Names"/>.</summary>
    public static IEnumerable<string> Patterns => AdversarialTexts.Names;

    /// <summary>Gets or sets the pattern read.</summary>
    [ParamsSource(nameof(Patterns))]
    public string Pattern { get; set; } = "headings-1.";

    /// <summary>Gets or sets the size of the text in megabytes of UTF-8.</summary>
    [Params(0.25, 1.0, 4.0)]
    public double Megabytes { get; set; } = 1.0;

    [GlobalSetup]
    public void Setup() => _text = AdversarialTexts.Make(Pattern, (int)(Megabytes * ReaderInputs.Megabyte), ReaderInputs.Seed());

    [Benchmark]
    public ReportReadResult Read() => ReportTextReader.Read(_text);

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddColumn(new ThroughputColumn());
            AddColumn(new GrowthColumn());
        }
    }
}
