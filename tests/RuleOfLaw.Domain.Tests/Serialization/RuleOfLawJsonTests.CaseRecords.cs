using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NodaTime;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>Case records on the wire: the golden file, streams, and strict reading with a path in every failure.</summary>
public sealed partial class RuleOfLawJsonTests
{
    private static JsonObject CaseRecordsNode() => JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.CaseRecordsFile)))!.AsObject();

    private static string FailsAsCaseRecords(string json) => Assert.Throws<JsonException>(() => RuleOfLawJson.CaseRecords.Deserialize(json)).Message;

    private static string FailsAsCaseRecords(JsonNode node) => FailsAsCaseRecords(node.ToJsonString());

    [Fact]
    public void Serialize_CaseRecords_MatchesGoldenFile()
    {
        var json = RuleOfLawJson.CaseRecords.Serialize(Golden.CaseRecords());

        Golden.AssertUpToDate(Path.Combine(Golden.Folder, Golden.CaseRecordsFile), json);
    }

    [Fact]
    public void DeserializeCaseRecords_GoldenFile_EqualsFixture()
    {
        var json = File.ReadAllText(Path.Combine(Golden.Folder, Golden.CaseRecordsFile));

        var records = RuleOfLawJson.CaseRecords.Deserialize(json);

        Assert.Equal(Golden.CaseRecords(), records);
    }

    [Fact]
    public void SerializeToUtf8Bytes_DeserializedGoldenCaseRecords_IsByteForByteTheSame()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.CaseRecordsFile));

        var written = RuleOfLawJson.CaseRecords.SerializeToUtf8Bytes(RuleOfLawJson.CaseRecords.Deserialize(bytes));

        Assert.Equal(bytes, written);
    }

    [Fact]
    public void Serialize_EmptyCaseRecords_WritesVersionAndThreeEmptyLists()
    {
        var json = RuleOfLawJson.CaseRecords.Serialize(CaseRecords.Empty);

        Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"disclosures\": [],\n  \"recommendations\": [],\n  \"consultations\": []\n}", json);
    }

    [Fact]
    public void Serialize_Consultation_WritesPeriodAsCamelCaseInclusiveEnds()
    {
        var records = new CaseRecords(consultations: [new PublicConsultation("办法", new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30)))]);

        var period = JsonNode.Parse(RuleOfLawJson.CaseRecords.Serialize(records))!["consultations"]![0]!["period"]!;

        Assert.Equal("{\"start\":\"2024-06-01\",\"end\":\"2024-06-30\"}", period.ToJsonString());
    }

    [Fact]
    public void Serialize_ToStream_WritesTheSameBytesAsSerializeToUtf8BytesForCaseRecords()
    {
        using var stream = new MemoryStream();

        RuleOfLawJson.CaseRecords.Serialize(stream, Golden.CaseRecords());

        Assert.Equal(RuleOfLawJson.CaseRecords.SerializeToUtf8Bytes(Golden.CaseRecords()), stream.ToArray());
    }

    [Fact]
    public void DeserializeCaseRecords_FromStreamPartlyRead_ReadsFromItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("   " + RuleOfLawJson.CaseRecords.Serialize(Golden.CaseRecords()));
        using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true) { Position = 2 };

        var records = RuleOfLawJson.CaseRecords.Deserialize(stream);

        Assert.Equal(Golden.CaseRecords(), records);
    }

    [Fact]
    public async Task SerializeAsync_ThenDeserializeCaseRecordsAsync_RoundTrips()
    {
        using var stream = new MemoryStream();
        await RuleOfLawJson.CaseRecords.SerializeAsync(stream, Golden.CaseRecords(), TestContext.Current.CancellationToken);
        stream.Position = 0;

        var records = await RuleOfLawJson.CaseRecords.DeserializeAsync(new BufferedStream(stream, 7), TestContext.Current.CancellationToken);

        Assert.Equal(Golden.CaseRecords(), records);
    }

    [Fact]
    public async Task WriteCaseRecordsLinesAsync_ThenRead_RoundTripsCompactLines()
    {
        using var stream = new MemoryStream();
        await RuleOfLawJson.CaseRecords.WriteLinesAsync(stream, new[] { CaseRecords.Empty, Golden.CaseRecords() }.ToAsyncEnumerable(), TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        stream.Position = 0;

        var read = await RuleOfLawJson.CaseRecords.ReadLinesAsync(stream, TestContext.Current.CancellationToken).ToArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new[] { CaseRecords.Empty, Golden.CaseRecords() }, read);
        Assert.Equal(["{\"schemaVersion\":1,\"disclosures\":[],\"recommendations\":[],\"consultations\":[]}", lines[1], string.Empty], lines);
    }

    [Fact]
    public async Task ReadCaseRecordsLinesAsync_BadSecondLine_NamesLineAndPath()
    {
        var line = Encoding.UTF8.GetString(RuleOfLawJson.CaseRecords.SerializeToUtf8Bytes(Golden.CaseRecords())).Replace("\n", string.Empty, StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line + "\n" + line.Replace("\"end\": \"2024-06-30\"", "\"end\": \"2024-05-31\"", StringComparison.Ordinal)));

        var exception = await Assert.ThrowsAsync<JsonException>(async () => await RuleOfLawJson.CaseRecords.ReadLinesAsync(stream, TestContext.Current.CancellationToken).ToArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal("line 2: $.consultations[0].period: end (2024-05-31) must not be before start (2024-06-01)", exception.Message);
    }

    [Fact]
    public void DeserializeCaseRecords_OnlySchemaVersion_ReadsEmptyRecords()
    {
        var records = RuleOfLawJson.CaseRecords.Deserialize("{\"schemaVersion\":1}");

        Assert.Equal(CaseRecords.Empty, records);
    }

    [Fact]
    public void DeserializeCaseRecords_MissingOptionalCaseMembers_TakeDefaults()
    {
        var json = "{\"schemaVersion\":1,\"disclosures\":[{\"kind\":\"other\",\"decidedOn\":\"2024-09-30\"}],"
            + "\"recommendations\":[{\"receivedOn\":\"2024-11-15\"}],"
            + "\"consultations\":[{\"decision\":\"某区防汛应急预案修订\",\"period\":{\"start\":\"2024-07-01\",\"end\":\"2024-07-10\"}}]}";

        var records = RuleOfLawJson.CaseRecords.Deserialize(json);

        Assert.Equal(Golden.CaseRecords().Disclosures[2], records.Disclosures[0]);
        Assert.Equal(Golden.CaseRecords().Recommendations[1], records.Recommendations[0]);
        Assert.False(records.Consultations[0].IsUrgencyRecorded);
    }

    [Fact]
    public void DeserializeCaseRecords_UnknownMember_NamesIt()
    {
        var node = CaseRecordsNode();
        node["registers"] = 1;

        Assert.StartsWith("$.registers: ", FailsAsCaseRecords(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeCaseRecords_UnknownMemberInCase_NamesCase()
    {
        var node = CaseRecordsNode();
        node["recommendations"]![0]!["organ"] = "某区人民检察院";

        Assert.StartsWith("$.recommendations[0].organ: ", FailsAsCaseRecords(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeCaseRecords_UnknownMemberInPeriod_NamesPeriod()
    {
        var node = CaseRecordsNode();
        node["consultations"]![0]!["period"]!["days"] = 30;

        Assert.Equal("$.consultations[0].period: a period has only start and end, not days", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_DuplicateMember_IsRejected()
    {
        var json = CaseRecordsNode().ToJsonString().Replace("\"disclosures\":", "\"disclosures\":[],\"disclosures\":", StringComparison.Ordinal);

        var message = FailsAsCaseRecords(json);

        Assert.StartsWith("$", message, StringComparison.Ordinal);
        Assert.Contains("disclosures", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeCaseRecords_DuplicatePeriodEnd_NamesPeriod()
    {
        var json = CaseRecordsNode().ToJsonString().Replace("\"end\":\"2024-06-30\"", "\"end\":\"2024-06-30\",\"end\":\"2024-07-30\"", StringComparison.Ordinal);

        Assert.Equal("$.consultations[0].period: member end must not appear twice", FailsAsCaseRecords(json));
    }

    [Fact]
    public void DeserializeCaseRecords_MissingSchemaVersion_IsRejected()
    {
        var node = CaseRecordsNode();
        node.Remove("schemaVersion");

        var message = FailsAsCaseRecords(node);

        Assert.StartsWith("$: ", message, StringComparison.Ordinal);
        Assert.Contains("schemaVersion", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeCaseRecords_OtherSchemaVersion_IsRejected()
    {
        var node = CaseRecordsNode();
        node["schemaVersion"] = 2;

        Assert.Equal("$.schemaVersion: schemaVersion (2) must be 1, the only version this library reads", FailsAsCaseRecords(node));
    }

    [Theory]
    [InlineData("disclosures")]
    [InlineData("recommendations")]
    [InlineData("consultations")]
    public void DeserializeCaseRecords_NullList_NamesList(string list)
    {
        var node = CaseRecordsNode();
        node[list] = null;

        Assert.StartsWith("$." + list + ": ", FailsAsCaseRecords(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeCaseRecords_NullItemInList_NamesListAndItem()
    {
        var node = CaseRecordsNode();
        node["recommendations"]!.AsArray().Add(null);

        Assert.Equal("$.recommendations: recommendations must not contain null (item 3 is null)", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_AnswerBeforeReceipt_NamesAnswerAndRule()
    {
        var node = CaseRecordsNode();
        node["recommendations"]![0]!["answeredOn"] = "2024-03-31";

        Assert.Equal("$.recommendations[0].answeredOn: answeredOn (2024-03-31) must not be before receivedOn (2024-04-01)", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_WithoutIsUrgent_ReadsAsNotUrgent_AndTrueIsKept()
    {
        var node = CaseRecordsNode();
        node["recommendations"]![0]!.AsObject().Remove("isUrgent");
        node["recommendations"]![1]!["isUrgent"] = true;

        var records = RuleOfLawJson.CaseRecords.Deserialize(node.ToJsonString());

        Assert.False(records.Recommendations[0].IsUrgent);
        Assert.True(records.Recommendations[1].IsUrgent);
    }

    [Fact]
    public void DeserializeCaseRecords_AnswerOnDayOfReceipt_Reads()
    {
        var node = CaseRecordsNode();
        node["recommendations"]![0]!["answeredOn"] = "2024-04-01";

        var records = RuleOfLawJson.CaseRecords.Deserialize(node.ToJsonString());

        Assert.Equal(new LocalDate(2024, 4, 1), records.Recommendations[0].AnsweredOn);
    }

    [Fact]
    public void DeserializeCaseRecords_DisclosureBeforeDecision_NamesDisclosureAndRule()
    {
        var node = CaseRecordsNode();
        node["disclosures"]![0]!["disclosedOn"] = "2024-03-03";

        Assert.Equal("$.disclosures[0].disclosedOn: disclosedOn (2024-03-03) must not be before decidedOn (2024-03-04)", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_DisclosureOnDayOfDecision_Reads()
    {
        var node = CaseRecordsNode();
        node["disclosures"]![0]!["disclosedOn"] = "2024-03-04";

        var records = RuleOfLawJson.CaseRecords.Deserialize(node.ToJsonString());

        Assert.Equal(new LocalDate(2024, 3, 4), records.Disclosures[0].DisclosedOn);
    }

    [Fact]
    public void DeserializeCaseRecords_PeriodEndBeforeStart_NamesPeriodAndRule()
    {
        var node = CaseRecordsNode();
        node["consultations"]![1]!["period"]!["end"] = "2024-06-30";

        Assert.Equal("$.consultations[1].period: end (2024-06-30) must not be before start (2024-07-01)", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_OneDayPeriod_Reads()
    {
        var node = CaseRecordsNode();
        node["consultations"]![1]!["period"]!["end"] = "2024-07-01";

        var records = RuleOfLawJson.CaseRecords.Deserialize(node.ToJsonString());

        Assert.Equal(1, records.Consultations[1].Period.Length);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("end")]
    public void DeserializeCaseRecords_PeriodWithoutAnEnd_NamesPeriod(string end)
    {
        var node = CaseRecordsNode();
        node["consultations"]![0]!["period"]!.AsObject().Remove(end);

        Assert.Equal("$.consultations[0].period: a period must have both start and end", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_InvalidPeriodDate_NamesPeriodAndText()
    {
        var node = CaseRecordsNode();
        node["consultations"]![0]!["period"]!["end"] = "2024-06-31";

        Assert.Equal("$.consultations[0].period: end must be a date written yyyy-MM-dd, not \"2024-06-31\"", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_PeriodDateAsNumber_NamesPeriod()
    {
        var node = CaseRecordsNode();
        node["consultations"]![0]!["period"]!["start"] = 20240601;

        Assert.Equal("$.consultations[0].period: start must be a string, not a number", FailsAsCaseRecords(node));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"2024-06-01/2024-06-30\"")]
    [InlineData("[]")]
    public void DeserializeCaseRecords_PeriodNotAnObject_NamesPeriod(string period)
    {
        var node = CaseRecordsNode();
        node["consultations"]![0]!["period"] = JsonNode.Parse(period);

        Assert.StartsWith("$.consultations[0].period: ", FailsAsCaseRecords(node), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-3-6")]
    [InlineData("2024-03-06T00:00:00")]
    [InlineData("")]
    public void DeserializeCaseRecords_InvalidDate_NamesDate(string date)
    {
        var node = CaseRecordsNode();
        node["disclosures"]![0]!["disclosedOn"] = date;

        Assert.StartsWith("$.disclosures[0].disclosedOn: ", FailsAsCaseRecords(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeCaseRecords_NullRequiredDate_NamesDate()
    {
        var node = CaseRecordsNode();
        node["recommendations"]![0]!["receivedOn"] = null;

        Assert.StartsWith("$.recommendations[0].receivedOn: ", FailsAsCaseRecords(node), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disclosures", "decidedOn")]
    [InlineData("disclosures", "kind")]
    [InlineData("recommendations", "receivedOn")]
    [InlineData("consultations", "decision")]
    [InlineData("consultations", "period")]
    public void DeserializeCaseRecords_MissingRequiredMember_NamesCaseAndMember(string list, string member)
    {
        var node = CaseRecordsNode();
        node[list]![0]!.AsObject().Remove(member);

        var message = FailsAsCaseRecords(node);

        Assert.StartsWith("$." + list + "[0]: ", message, StringComparison.Ordinal);
        Assert.Contains(member, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"fine\"")]
    [InlineData("1")]
    [InlineData("null")]
    public void DeserializeCaseRecords_BadDecisionKind_NamesKind(string kind)
    {
        var node = CaseRecordsNode();
        node["disclosures"]![0]!["kind"] = JsonNode.Parse(kind);

        Assert.StartsWith("$.disclosures[0].kind: ", FailsAsCaseRecords(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeCaseRecords_BlankReference_NamesReferenceAndRule()
    {
        var node = CaseRecordsNode();
        node["disclosures"]![0]!["reference"] = " ";

        Assert.Equal("$.disclosures[0].reference: reference (\" \") must not be empty or white space", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_BlankDecision_NamesDecisionAndRule()
    {
        var node = CaseRecordsNode();
        node["consultations"]![1]!["decision"] = "";

        Assert.Equal("$.consultations[1].decision: decision (\"\") must not be empty or white space", FailsAsCaseRecords(node));
    }

    [Fact]
    public void DeserializeCaseRecords_UrgencyAsNull_NamesUrgency()
    {
        var node = CaseRecordsNode();
        node["consultations"]![1]!["isUrgencyRecorded"] = null;

        Assert.StartsWith("$.consultations[1].isUrgencyRecorded: ", FailsAsCaseRecords(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeCaseRecords_NullDocument_IsRejected()
    {
        Assert.Equal("$: case records must be an object, not null", FailsAsCaseRecords("null"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"schemaVersion\":1} {}")]
    [InlineData("{\"schemaVersion\":\"1\"}")]
    public void DeserializeCaseRecords_MalformedDocument_ThrowsJsonExceptionWithPath(string json)
    {
        Assert.StartsWith("$", FailsAsCaseRecords(json), StringComparison.Ordinal);
    }
}
