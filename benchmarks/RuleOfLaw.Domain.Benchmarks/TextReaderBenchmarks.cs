using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Reading report text: the seed report repeated to about 1 MB, and 1 MB of adversarial input. Throughput in MB/s is
/// 2 MB (1 MB of UTF-16 text is 2 bytes a character; we count characters, so 1 MiB of characters) divided by the mean.
/// The baseline is one compiled regular-expression pass over the same text counting its runs of digits, the least a
/// reader of its numbers must do; a bare pass counting line breaks is shown beside it.
/// </summary>
[MemoryDiagnoser]
public class TextReaderBenchmarks
{
    private const int TargetLength = 1 << 20;

    private static readonly Regex Digits = new("[0-9]+", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

    private string _report = string.Empty;
    private string _adversarialNumerals = string.Empty;
    private string _adversarialRates = string.Empty;
    private string _adversarialMarkers = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(FindSample("district-report-2020.txt"));
        _report = Repeat(seed, TargetLength);
        _adversarialNumerals = Repeat("一", TargetLength);
        _adversarialRates = Repeat("5件，均纠正率18.2%（全市", TargetLength);
        _adversarialMarkers = Repeat("（一）1.加强领导，推进改革建设强化", TargetLength);
    }

    [Benchmark(Baseline = true)]
    public int RegexDigitRuns() => Digits.Count(_report);

    [Benchmark]
    public int CountLines() => _report.Count(c => c == '\n');

    [Benchmark]
    public int ScanReport() => ScanAll(_report);

    [Benchmark]
    public ReportReadResult ReadReport() => ReportTextReader.Read(_report);

    [Benchmark]
    public ReportReadResult ReadAdversarialRates() => ReportTextReader.Read(_adversarialRates);

    [Benchmark]
    public int ScanAdversarialNumerals() => ScanAll(_adversarialNumerals);

    [Benchmark]
    public int ScanAdversarialRates() => ScanAll(_adversarialRates);

    [Benchmark]
    public int ScanAdversarialMarkers() => ScanAll(_adversarialMarkers);

    private static int ScanAll(string text)
    {
        var header = ReportHeaderScanner.Scan(text);
        var outline = OutlineScanner.Scan(text, header.ContentStart, header.ContentEnd);
        var quantities = QuantityScanner.Default.Scan(text);
        var rates = RateMentionScanner.Default.Scan(text, quantities);
        var parts = PartClassifier.Map(text, outline, header.ReportYear);
        return outline.Length + quantities.Length + rates.Length + parts.Assignments.Length;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    /// <summary>Finds a sample in tests/RuleOfLaw.Domain.Tests/Samples by walking up from the benchmark's folder; src never holds it.</summary>
    private static string FindSample(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "RuleOfLaw.Domain.Testing", "Samples", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("sample not found above " + AppContext.BaseDirectory, name);
    }
}
