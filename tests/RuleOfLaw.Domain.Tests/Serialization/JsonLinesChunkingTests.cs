using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Json;
using RuleOfLaw.Domain.Tests.Scaling;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>
/// JSON Lines reading does not depend on how the stream hands out its bytes: 1 byte or 1 KiB a read gives the same
/// documents, the same errors and (for 1 KiB) about the same time as the bytes whole.
/// </summary>
[Collection(LinearityGroup.Name)]
public sealed class JsonLinesChunkingTests
{
    /// <summary>Lines of every kind: a long report, the minimal one, blank lines, CRLF and a last line without a break.</summary>
    private static byte[] MixedLines()
    {
        var minimal = Compact(Golden.Minimal());
        var pingshan = Compact(Golden.Pingshan());
        return Encoding.UTF8.GetBytes("\n" + pingshan + "\r\n  \r\n" + minimal + "\n\n" + pingshan + "\n" + minimal);
    }

    private static string Compact(AnnualReport report) =>
        Encoding.UTF8.GetString(RuleOfLawJson.Report.SerializeToUtf8Bytes(report)).Replace("\n", string.Empty, StringComparison.Ordinal);

    private static async Task<AnnualReport[]> ReadAll(Stream stream) =>
        await RuleOfLawJson.Report.ReadLinesAsync(stream, TestContext.Current.CancellationToken).ToArrayAsync(TestContext.Current.CancellationToken);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1024)]
    public async Task ReadAnnualReportLinesAsync_InChunks_ReadsWhatTheWholeBytesRead(int chunk)
    {
        var bytes = MixedLines();
        var whole = await ReadAll(new MemoryStream(bytes));

        var chunked = await ReadAll(new ChunkedStream(bytes, chunk));

        Assert.Equal(4, whole.Length);
        Assert.Equal(whole, chunked);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1024)]
    public async Task ReadAnnualReportLinesAsync_InChunks_NamesTheSameBadLine(int chunk)
    {
        var minimal = Compact(Golden.Minimal());
        var bytes = Encoding.UTF8.GetBytes(minimal + "\n\r\n" + minimal.Replace("\"year\": 2023", "\"year\": 1989", StringComparison.Ordinal) + "\n");

        var whole = await Assert.ThrowsAsync<JsonException>(() => ReadAll(new MemoryStream(bytes)));
        var chunked = await Assert.ThrowsAsync<JsonException>(() => ReadAll(new ChunkedStream(bytes, chunk)));

        Assert.Equal("line 3: $.year: year (1989) must be between 1990 and 2100", whole.Message);
        Assert.Equal(whole.Message, chunked.Message);
    }

    /// <summary>
    /// A ~4 MB line read 1 KiB at a time takes about as long as read whole: the reader never scans a byte for the line
    /// break twice (it did, once per read: 7× as long for a 6.6 MB line).
    /// </summary>
    [Fact]
    public void ReadAnnualReportLinesAsync_InKibibyteChunks_TakesAboutAsLongAsWhole()
    {
        var report = AnAnnualReport.For(2024).WithIndicatorValues(ValidationScalingTests.MixedValues(12_000)).Build();
        var line = Encoding.UTF8.GetBytes(Compact(report) + "\n");
        Assert.InRange(line.Length, 3_000_000, 5_000_000);

        // Processor time, best of three measurements: the wall clock on a loaded 2-core machine read above 4 now and then.
        Linearity.AssertRatioBelow(
            () => Read(new MemoryStream(line)),
            () => Read(new ChunkedStream(line, 1024)),
            bound: 4,
            runs: 3,
            processorTime: true,
            noCollectionBytes: 0,
            (ratio, wholeMs, chunkedMs, clock) => $"1 KiB reads took {ratio:F1}× as long as whole ({wholeMs:F0} ms against {chunkedMs:F0} ms of {clock}).");

        static void Read(Stream stream) =>
            Assert.Single(RuleOfLawJson.Report.ReadLinesAsync(stream).ToBlockingEnumerable());
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

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
