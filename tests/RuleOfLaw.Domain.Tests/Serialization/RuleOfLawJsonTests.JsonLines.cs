using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>JSON Lines as files come: a byte order mark, CRLF line ends, blank lines, and one clear error for a bad line.</summary>
public sealed partial class RuleOfLawJsonTests
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static string CompactLine(AnnualReport report) =>
        Encoding.UTF8.GetString(RuleOfLawJson.Report.SerializeToUtf8Bytes(report)).Replace("\n", string.Empty, StringComparison.Ordinal);

    private static async Task<AnnualReport[]> ReadReportLines(byte[] bytes) =>
        await RuleOfLawJson.Report.ReadLinesAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken).ToArrayAsync(TestContext.Current.CancellationToken);

    private static async Task<JsonException> FailsAsReportLines(byte[] bytes) =>
        await Assert.ThrowsAsync<JsonException>(() => ReadReportLines(bytes));

    [Fact]
    public async Task ReadAnnualReportLinesAsync_ByteOrderMarkAndCrLf_ReadsEveryLine()
    {
        var text = CompactLine(Golden.Minimal()) + "\r\n" + CompactLine(Golden.Pingshan()) + "\r\n";

        var reports = await ReadReportLines([.. ByteOrderMark, .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal(new[] { Golden.Minimal(), Golden.Pingshan() }, reports);
    }

    [Fact]
    public async Task ReadAnnualReportLinesAsync_ByteOrderMarkThenBlankLines_ReadsNothing()
    {
        var reports = await ReadReportLines([.. ByteOrderMark, .. "\r\n \t\r\n\n"u8]);

        Assert.Empty(reports);
    }

    [Fact]
    public async Task ReadAnnualReportLinesAsync_ByteOrderMarkOnALaterLine_NamesThatLine()
    {
        var minimal = Encoding.UTF8.GetBytes(CompactLine(Golden.Minimal()) + "\n");

        var exception = await FailsAsReportLines([.. minimal, .. ByteOrderMark, .. minimal]);

        Assert.StartsWith("line 2: ", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, exception.LineNumber);
    }

    [Fact]
    public async Task ReadAnnualReportLinesAsync_LineThatIsNotJson_OneLineErrorNamingIt()
    {
        var minimal = CompactLine(Golden.Minimal());

        var exception = await FailsAsReportLines(Encoding.UTF8.GetBytes(minimal + "\r\n\r\n" + minimal[..40] + "\r\n" + minimal + "\r\n"));

        Assert.StartsWith("line 3: ", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
        Assert.DoesNotContain('\r', exception.Message);
        Assert.Equal(2, exception.LineNumber);
    }

    [Fact]
    public async Task ReadAnnualReportLinesAsync_NullOnALine_NamesTheLine()
    {
        var exception = await FailsAsReportLines(Encoding.UTF8.GetBytes(CompactLine(Golden.Minimal()) + "\nnull\n"));

        Assert.StartsWith("line 2: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAnnualReportLinesAsync_ManyLines_ReadsThemInOrder()
    {
        var expected = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? Golden.Pingshan() : Golden.Minimal()).ToArray();
        var text = string.Concat(expected.Select(report => CompactLine(report) + "\n"));

        var reports = await ReadReportLines(Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, reports);
    }
}
