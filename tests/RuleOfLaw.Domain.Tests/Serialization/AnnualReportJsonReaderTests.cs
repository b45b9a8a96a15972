using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Tests.Arbitraries;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>
/// The hand-written report reader (#21) against the metadata path it shortcuts: equal reports, or the same error,
/// for generated reports and for damaged, reordered and extended documents.
/// </summary>
public sealed class AnnualReportJsonReaderTests
{
    private static readonly JsonTypeInfo<AnnualReport> Metadata = (JsonTypeInfo<AnnualReport>)RuleOfLawJson.Options.GetTypeInfo(typeof(AnnualReport));
    private static readonly Lazy<byte[]> PingshanBytes = new(() => File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.PingshanReport)));

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 500)]
    public void TryRead_ReportTheLibraryWrote_ReadsWithoutFallingBackAndEqualsMetadataPath(AnnualReport report)
    {
        var indented = RuleOfLawJson.Report.SerializeToUtf8Bytes(report);
        var compact = JsonSerializer.SerializeToUtf8Bytes(report, RuleOfLawJsonLine);

        var fromIndented = AnnualReportJsonReader.TryRead(indented);
        var fromCompact = AnnualReportJsonReader.TryRead(compact);

        Assert.NotNull(fromIndented);
        Assert.NotNull(fromCompact);
        Assert.Equal(report, fromIndented);
        Assert.Equal(report, fromCompact);
        Assert.Equal(JsonReading.Read(indented, Metadata, "a report"), fromIndented);
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries), typeof(JsonArbitraries) }, MaxTest = 1500)]
    public void Deserialize_DamagedGeneratedReport_AgreesWithMetadataPath(AnnualReport report, JsonMutation mutation, int order)
    {
        var damaged = Reordered(mutation.Apply(RuleOfLawJson.Report.SerializeToUtf8Bytes(report)), order);

        AssertAgree(damaged);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 1500)]
    public void Deserialize_DamagedPingshanReport_AgreesWithMetadataPath(JsonMutation mutation, int order)
    {
        var damaged = Reordered(mutation.Apply(PingshanBytes.Value), order);

        AssertAgree(damaged);
    }

    [Fact]
    public void TryRead_PingshanGolden_ReadsWithoutFallingBack()
    {
        var report = AnnualReportJsonReader.TryRead(PingshanBytes.Value);

        Assert.Equal(Golden.Pingshan(), report);
    }

    [Fact]
    public void TryRead_MembersInReverseOrder_ReadsTheSameReport()
    {
        var node = JsonNode.Parse(PingshanBytes.Value)!;
        Reverse(node);

        var report = AnnualReportJsonReader.TryRead(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Equal(Golden.Pingshan(), report);
    }

    [Theory]
    [InlineData("\"title\":", "\"\\u0074itle\":")]
    [InlineData("\"county\"", "\"County\"")]
    public void TryRead_UnusualButValidSpelling_FallsBackAndMetadataPathDecides(string canonical, string unusual)
    {
        var bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(PingshanBytes.Value).Replace(canonical, unusual, StringComparison.Ordinal));

        var fast = AnnualReportJsonReader.TryRead(bytes);

        Assert.Null(fast);
        AssertAgree(bytes);
    }

    [Fact]
    public void Deserialize_UnknownMember_FailsWithTheMetadataPathsMessage()
    {
        var node = JsonNode.Parse(PingshanBytes.Value)!;
        node["sections"]![0]!["children"]![0]!["nickname"] = "x";
        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());

        var message = Assert.Throws<JsonException>(() => RuleOfLawJson.Report.Deserialize(bytes)).Message;

        Assert.Null(AnnualReportJsonReader.TryRead(bytes));
        Assert.StartsWith("$.sections[0].children[0].nickname: unknown member nickname", message, StringComparison.Ordinal);
        AssertAgree(bytes);
    }

    private static JsonTypeInfo<AnnualReport> RuleOfLawJsonLine { get; } = (JsonTypeInfo<AnnualReport>)JsonStrictness.Compact.GetTypeInfo(typeof(AnnualReport));

    /// <summary>The fast path (with its fallback) and the metadata path give equal reports or the same error; the fast reader alone never accepts what the metadata path refuses.</summary>
    private static void AssertAgree(byte[] utf8Json)
    {
        var expected = Outcome(() => JsonReading.Read(utf8Json, Metadata, "a report"));
        var actual = Outcome(() => RuleOfLawJson.Report.Deserialize(utf8Json));
        var fast = AnnualReportJsonReader.TryRead(utf8Json);

        Assert.Equal(expected, actual);
        if (fast is not null)
        {
            Assert.Equal(expected, (fast, (string?)null));
        }
    }

    private static (AnnualReport? Report, string? Error) Outcome(Func<AnnualReport> read)
    {
        try
        {
            return (read(), null);
        }
        catch (JsonException exception)
        {
            return (null, exception.Message);
        }
    }

    /// <summary>Shuffles the members of every object the way <paramref name="order"/> picks (0 keeps them); bytes that are not JSON stay as they are.</summary>
    private static byte[] Reordered(byte[] utf8Json, int order)
    {
        if (order % 3 == 0)
        {
            return utf8Json;
        }

        try
        {
            var node = JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
            if (node is null)
            {
                return utf8Json;
            }

            Shuffle(node, new Random(order));
            return Encoding.UTF8.GetBytes(node.ToJsonString());
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON, or an object with a repeated member: kept as damaged.
            return utf8Json;
        }
    }

    private static void Shuffle(JsonNode node, Random random) => Reorder(node, members => members.OrderBy(_ => random.Next()));

    private static void Reverse(JsonNode node) => Reorder(node, members => Enumerable.Reverse(members));

    /// <summary>Puts the members of every object in the order <paramref name="order"/> gives, at every depth.</summary>
    private static void Reorder(JsonNode node, Func<(string Key, JsonNode? Value)[], System.Collections.Generic.IEnumerable<(string Key, JsonNode? Value)>> order)
    {
        if (node is JsonObject obj)
        {
            var members = order(obj.Select(p => (p.Key, p.Value)).ToArray()).ToArray();
            obj.Clear();
            foreach (var (key, value) in members)
            {
                obj[key] = value;
                if (value is not null)
                {
                    Reorder(value, order);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.Where(i => i is not null))
            {
                Reorder(item!, order);
            }
        }
    }
}
