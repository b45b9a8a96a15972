using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Reading many reports from JSON Lines (issue #21: within 2× of <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// over the same bytes): the reports the reader builds from the seed and the corpus texts, each written as one line,
/// repeated to about 4 MB. The baseline splits the same bytes at line breaks and parses each line into a
/// <see cref="JsonDocument"/> (no types, no validation), the least any reader of the lines must do.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class JsonLinesBulkBenchmarks
{
    private const int TargetBytes = 4 << 20;

    private byte[] _lines = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        var texts = new List<string> { ReaderInputs.Seed() };
        texts.AddRange(ReaderInputs.CorpusFiles().Select(File.ReadAllText));
        var reports = texts.Select(text => ReportTextReader.Read(text).Report).OfType<Reports.AnnualReport>().ToArray();
        using var stream = new MemoryStream();
        while (stream.Length < TargetBytes)
        {
            RuleOfLawJson.Report.WriteLinesAsync(stream, reports.ToAsyncEnumerable()).GetAwaiter().GetResult();
        }

        _lines = stream.ToArray();
    }

    [Benchmark(Baseline = true)]
    public int JsonDocumentPerLine()
    {
        var count = 0;
        var memory = new ReadOnlyMemory<byte>(_lines);
        while (!memory.IsEmpty)
        {
            var end = memory.Span.IndexOf((byte)'\n');
            var line = end >= 0 ? memory[..end] : memory;
            memory = end >= 0 ? memory[(end + 1)..] : ReadOnlyMemory<byte>.Empty;
            using var document = JsonDocument.Parse(line);
            count += document.RootElement.GetPropertyCount();
        }

        return count;
    }

    [Benchmark]
    public async Task<int> ReadAnnualReportLines()
    {
        var count = 0;
        await foreach (var report in RuleOfLawJson.Report.ReadLinesAsync(new MemoryStream(_lines, writable: false)).ConfigureAwait(false))
        {
            count += report.Sections.Length;
        }

        return count;
    }

    /// <summary>The same lines through the source-generated metadata alone, the path every line took before the hand-written report reader.</summary>
    [Benchmark]
    public async Task<int> ReadAnnualReportLinesThroughMetadata()
    {
        var count = 0;
        var metadata = (JsonTypeInfo<Reports.AnnualReport>)JsonStrictness.Compact.GetTypeInfo(typeof(Reports.AnnualReport));
        await foreach (var report in JsonReading.ReadLinesAsync(new MemoryStream(_lines, writable: false), metadata, "a report", fast: null, CancellationToken.None).ConfigureAwait(false))
        {
            count += report.Sections.Length;
        }

        return count;
    }
}
