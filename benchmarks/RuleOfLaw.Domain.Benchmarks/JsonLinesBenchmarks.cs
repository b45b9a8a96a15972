using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Reading JSON Lines whatever the stream's chunk size: one report line of about 10 MB (40,000 indicator values) read
/// from the bytes whole, and from a stream that hands out at most 1 KiB a read. Linear reading takes about as long
/// either way (the reader that re-scanned its buffer for the line break on every read took 7× as long at 1 KiB). The
/// baseline deserializes the same line directly, with no line splitting.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class JsonLinesBenchmarks
{
    private byte[] _line = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        var scope = IndicatorScope.Subject;
        var values = Enumerable.Range(0, 40_000)
            .Select(i => new IndicatorValue(IndicatorCode.Parse("reconsideration_correction_rate"), scope, ReportYear.Of(2020), 2, 11, null, PublishedFigure.Of(18.18m)))
            .ToImmutableArray();
        var report = ReportBuildBenchmarks.SeedSizedReport.Build(values);
        _line = [.. RuleOfLawJson.Report.SerializeToUtf8Bytes(report).Where(b => b != (byte)'\n'), (byte)'\n'];
    }

    [Benchmark(Baseline = true)]
    public AnnualReport DeserializeWhole() => RuleOfLawJson.Report.Deserialize(_line.AsSpan(0, _line.Length - 1));

    [Benchmark]
    public Task<int> ReadLinesWhole() => Count(new MemoryStream(_line, writable: false));

    [Benchmark]
    public Task<int> ReadLinesInKibibyteChunks() => Count(new ChunkedStream(_line, 1024));

    private static async Task<int> Count(Stream stream)
    {
        var count = 0;
        await foreach (var report in RuleOfLawJson.Report.ReadLinesAsync(stream).ConfigureAwait(false))
        {
            count += report.IndicatorValues.Length;
        }

        return count;
    }

    /// <summary>A read-only stream that hands out at most a given number of bytes a read.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(chunk, buffer.Length), bytes.Length - _position);
            bytes.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
