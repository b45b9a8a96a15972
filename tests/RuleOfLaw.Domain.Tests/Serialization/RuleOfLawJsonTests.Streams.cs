using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>Streams, asynchronous reads and writes, and JSON Lines.</summary>
public sealed partial class RuleOfLawJsonTests
{
    [Fact]
    public async Task SerializeAsync_ThenDeserializeAnnualReportAsync_RoundTrips()
    {
        using var stream = new MemoryStream();
        await RuleOfLawJson.Report.SerializeAsync(stream, Golden.Pingshan(), TestContext.Current.CancellationToken);
        stream.Position = 0;

        var report = await RuleOfLawJson.Report.DeserializeAsync(stream, TestContext.Current.CancellationToken);

        Assert.Equal(Golden.Pingshan(), report);
    }

    [Fact]
    public void Serialize_ToStream_WritesTheSameBytesAsSerializeToUtf8Bytes()
    {
        using var stream = new MemoryStream();

        RuleOfLawJson.Framework.Serialize(stream, Golden.Framework());

        Assert.Equal(RuleOfLawJson.Framework.SerializeToUtf8Bytes(Golden.Framework()), stream.ToArray());
    }

    [Fact]
    public void DeserializeIndicatorFramework_FromStreamPartlyRead_ReadsFromItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("   " + RuleOfLawJson.Framework.Serialize(Golden.Framework()));
        using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true) { Position = 2 };

        var framework = RuleOfLawJson.Framework.Deserialize(stream);

        Assert.Equal(Golden.Framework(), framework);
    }

    [Fact]
    public async Task DeserializeIndicatorFrameworkAsync_NonSeekableStream_Reads()
    {
        using var stream = new BufferedStream(new MemoryStream(RuleOfLawJson.Framework.SerializeToUtf8Bytes(Golden.Framework())), 7);

        var framework = await RuleOfLawJson.Framework.DeserializeAsync(stream, TestContext.Current.CancellationToken);

        Assert.Equal(Golden.Framework(), framework);
    }

    [Fact]
    public async Task WriteAnnualReportLinesAsync_TwoReports_WritesTwoCompactLines()
    {
        using var stream = new MemoryStream();

        await RuleOfLawJson.Report.WriteLinesAsync(stream, new[] { Golden.Minimal(), Golden.Pingshan() }.ToAsyncEnumerable(), TestContext.Current.CancellationToken);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
        Assert.StartsWith("{\"schemaVersion\":1,", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAnnualReportLinesAsync_BlankLinesAndCrLf_AreSkipped()
    {
        var minimal = Encoding.UTF8.GetString(RuleOfLawJson.Report.SerializeToUtf8Bytes(Golden.Minimal())).Replace("\n", string.Empty, StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("\n" + minimal + "\r\n  \r\n" + minimal));

        var reports = await RuleOfLawJson.Report.ReadLinesAsync(stream, TestContext.Current.CancellationToken).ToArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new[] { Golden.Minimal(), Golden.Minimal() }, reports);
    }

    [Fact]
    public async Task ReadAnnualReportLinesAsync_BadSecondLine_NamesLineAndPath()
    {
        var minimal = Encoding.UTF8.GetString(RuleOfLawJson.Report.SerializeToUtf8Bytes(Golden.Minimal())).Replace("\n", string.Empty, StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(minimal + "\n" + minimal.Replace("\"year\": 2023", "\"year\": 1989", StringComparison.Ordinal)));

        var exception = await Assert.ThrowsAsync<JsonException>(async () => await RuleOfLawJson.Report.ReadLinesAsync(stream, TestContext.Current.CancellationToken).ToArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal("line 2: $.year: year (1989) must be between 1990 and 2100", exception.Message);
    }

    [Fact]
    public async Task ReadIndicatorFrameworkLinesAsync_LineLongerThanBuffer_Reads()
    {
        var frameworks = Enumerable.Repeat(Golden.Framework(), 40).ToArray();
        using var stream = new MemoryStream();
        await RuleOfLawJson.Framework.WriteLinesAsync(stream, frameworks.ToAsyncEnumerable(), TestContext.Current.CancellationToken);
        stream.Position = 0;

        var read = await RuleOfLawJson.Framework.ReadLinesAsync(new BufferedStream(stream, 5), TestContext.Current.CancellationToken).ToArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(frameworks, read);
    }
}
