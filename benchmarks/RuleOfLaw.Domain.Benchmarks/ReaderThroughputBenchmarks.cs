using System;
using System.Buffers;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// The reader's throughput (issue #21) beside two baselines over the same text, 1 MB of UTF-8: the seed report repeated,
/// and the corpus texts repeated. <see cref="SearchValuesPass"/> is one vectorised pass finding every digit and Chinese
/// numeral, the least any reader of numbers must look at; <see cref="RegexQuantityPass"/> is one compiled regular
/// expression matching a quantity (a number, an optional scale word and 余/多, then a percent sign or a common counter
/// word), what a quick regex-based extractor would do. The MB/s column is 1 MB over the median; the allocation column is
/// per MB read. Compare the ratios, not the absolute figures: the machine is shared.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(Columns))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ReaderThroughputBenchmarks
{
    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789０１２３４５６７８９〇零○一二两三四五六七八九十百千万亿");

    private static readonly Regex Quantity = new(
        "(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇零○一二两三四五六七八九十百千万亿]+)[万亿]?[余多]?(?:%|％|个百分点|人次|个月|件|项|次|个|名|人|家|元|年|天|日|份|场|条)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(10));

    private string _text = string.Empty;

    /// <summary>Gets or sets the input: the seed report or the corpus texts, repeated to 1 MB.</summary>
    [Params("seed", "corpus")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup() => _text = ReaderInputs.Repeat(Input == "seed" ? ReaderInputs.Seed() : ReaderInputs.Corpus(), ReaderInputs.Megabyte);

    [Benchmark(Baseline = true)]
    public int SearchValuesPass()
    {
        var count = 0;
        var rest = _text.AsSpan();
        for (var at = rest.IndexOfAny(NumberChars); at >= 0; at = rest.IndexOfAny(NumberChars))
        {
            count++;
            rest = rest[(at + 1)..];
        }

        return count;
    }

    [Benchmark]
    public int RegexQuantityPass() => Quantity.Count(_text);

    [Benchmark]
    public ReportReadResult Read() => ReportTextReader.Read(_text);

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new ThroughputColumn());
    }
}
