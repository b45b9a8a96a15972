using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>The committed JSON Schemas: up to date, and every golden file valid against them with an independent validator.</summary>
public sealed class RuleOfLawJsonSchemaTests
{
    public const string ReportSchemaFile = "annual-report.schema.json";
    public const string FrameworkSchemaFile = "indicator-framework.schema.json";
    public const string ValidationSchemaFile = "validation-result.schema.json";
    public const string CaseRecordsSchemaFile = "case-records.schema.json";
    public const string ReadDocumentSchemaFile = "read-document.schema.json";

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    public static TheoryData<string> ReportFiles => new() { Golden.PingshanReport, Golden.MinimalReport };

    [Fact]
    public void GetAnnualReportSchema_CommittedFile_IsUpToDate()
    {
        Golden.AssertUpToDate(Path.Combine(Golden.SchemaFolder, ReportSchemaFile), RuleOfLawJson.Report.GetSchema());
    }

    [Fact]
    public void GetIndicatorFrameworkSchema_CommittedFile_IsUpToDate()
    {
        Golden.AssertUpToDate(Path.Combine(Golden.SchemaFolder, FrameworkSchemaFile), RuleOfLawJson.Framework.GetSchema());
    }

    [Fact]
    public void GetValidationResultSchema_CommittedFile_IsUpToDate()
    {
        Golden.AssertUpToDate(Path.Combine(Golden.SchemaFolder, ValidationSchemaFile), RuleOfLawJson.ValidationResult.GetSchema());
    }

    [Fact]
    public void GetCaseRecordsSchema_CommittedFile_IsUpToDate()
    {
        Golden.AssertUpToDate(Path.Combine(Golden.SchemaFolder, CaseRecordsSchemaFile), RuleOfLawJson.CaseRecords.GetSchema());
    }

    [Fact]
    public void GetReadDocumentSchema_CommittedFile_IsUpToDate()
    {
        Golden.AssertUpToDate(Path.Combine(Golden.SchemaFolder, ReadDocumentSchemaFile), RuleOfLawJson.ReadDocument.GetSchema());
    }

    [Theory]
    [InlineData("full")]
    [InlineData("no title")]
    [InlineData("empty")]
    public void ReadDocumentSchema_ReadDocumentsOfFullAndPartialTexts_AreValid(string which)
    {
        var seed = File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Samples", "pingshan-2020.txt"));
        var text = which switch
        {
            "full" => seed,
            "no title" => seed[(seed.IndexOf("一、", System.StringComparison.Ordinal))..],
            _ => string.Empty,
        };
        var read = Domain.Text.ReportTextReader.Read(text);

        var results = Evaluate(ReadDocumentSchemaFile, RuleOfLawJson.ReadDocument.Serialize(read));

        Assert.Equal(which == "full", read.Report is not null);
        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void ReadDocumentSchema_ASpanWithoutItsStart_IsInvalid()
    {
        var node = JsonNode.Parse(RuleOfLawJson.ReadDocument.Serialize(Domain.Text.ReportTextReader.Read("全年办理案件35件。")))!;
        node["syntax"]!["quantities"]![0]!["span"]!.AsObject().Remove("start");

        var results = Evaluate(ReadDocumentSchemaFile, node.ToJsonString());

        Assert.False(results.IsValid);
    }

    [Fact]
    public void CaseRecordsSchema_GoldenRecords_IsValid()
    {
        var results = Evaluate(CaseRecordsSchemaFile, File.ReadAllText(Path.Combine(Golden.Folder, Golden.CaseRecordsFile)));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void CaseRecordsSchema_OnlySchemaVersion_IsValid()
    {
        var results = Evaluate(CaseRecordsSchemaFile, "{\"schemaVersion\":1}");

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void CaseRecordsSchema_PeriodAndDates_HaveRealShapes()
    {
        var defs = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.SchemaFolder, CaseRecordsSchemaFile)))!["$defs"]!;

        var period = defs["publicConsultation"]!["properties"]!["period"]!;

        Assert.Equal("object", period["type"]!.GetValue<string>());
        Assert.Equal("date", period["properties"]!["start"]!["format"]!.GetValue<string>());
        Assert.Equal("date", period["properties"]!["end"]!["format"]!.GetValue<string>());
        Assert.Equal("date", defs["enforcementDisclosure"]!["properties"]!["decidedOn"]!["format"]!.GetValue<string>());
        Assert.Equal("date", defs["procuratorialRecommendation"]!["properties"]!["receivedOn"]!["format"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("registers", "[]")]
    [InlineData("schemaVersion", "2")]
    [InlineData("disclosures", "null")]
    [InlineData("consultations", "{}")]
    public void CaseRecordsSchema_RecordsBreakingTheFormat_AreInvalid(string member, string value)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.CaseRecordsFile)))!;
        node[member] = JsonNode.Parse(value);

        var results = Evaluate(CaseRecordsSchemaFile, node.ToJsonString());

        Assert.False(results.IsValid);
    }

    [Theory]
    [InlineData("disclosures", "kind", "\"fine\"")]
    [InlineData("disclosures", "decidedOn", "\"2024-02-30\"")]
    [InlineData("disclosures", "decidedOn", "null")]
    [InlineData("disclosures", "disclosedOn", "\"2024-03-06T00:00:00\"")]
    [InlineData("recommendations", "answeredOn", "20240520")]
    [InlineData("recommendations", "organ", "\"x\"")]
    [InlineData("consultations", "period", "\"2024-06-01/2024-06-30\"")]
    [InlineData("consultations", "period", "{\"start\":\"2024-06-01\"}")]
    [InlineData("consultations", "period", "{\"Start\":\"2024-06-01\",\"End\":\"2024-06-30\"}")]
    [InlineData("consultations", "period", "{\"start\":\"2024-06-01\",\"end\":\"2024-06-31\"}")]
    [InlineData("consultations", "isUrgencyRecorded", "null")]
    public void CaseRecordsSchema_CaseBreakingTheFormat_IsInvalid(string list, string member, string value)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.CaseRecordsFile)))!;
        node[list]![0]![member] = JsonNode.Parse(value);

        var results = Evaluate(CaseRecordsSchemaFile, node.ToJsonString());

        Assert.False(results.IsValid);
    }

    [Fact]
    public void ValidationSchema_GoldenValidation_IsValid()
    {
        var results = Evaluate(ValidationSchemaFile, File.ReadAllText(Path.Combine(Golden.Folder, Golden.PingshanValidationFile)));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void ValidationSchema_IssueWithUnknownSeverity_IsInvalid()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.PingshanValidationFile)))!;
        node["issues"]![0]!["severity"] = "fatal";

        var results = Evaluate(ValidationSchemaFile, node.ToJsonString());

        Assert.False(results.IsValid);
    }

    [Theory]
    [MemberData(nameof(ReportFiles))]
    public void ReportSchema_GoldenReport_IsValid(string name)
    {
        var results = Evaluate(ReportSchemaFile, File.ReadAllText(Path.Combine(Golden.Folder, name)));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void FrameworkSchema_GoldenFramework_IsValid()
    {
        var results = Evaluate(FrameworkSchemaFile, File.ReadAllText(Path.Combine(Golden.Folder, Golden.IndicatorFramework)));

        Assert.True(results.IsValid, Describe(results));
    }

    [Theory]
    [InlineData("nickname", "\"x\"")]
    [InlineData("year", "\"2020\"")]
    [InlineData("year", "1989")]
    [InlineData("schemaVersion", "2")]
    [InlineData("title", "null")]
    public void ReportSchema_ReportBreakingTheFormat_IsInvalid(string member, string value)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.MinimalReport)))!;
        node[member] = JsonNode.Parse(value);

        var results = Evaluate(ReportSchemaFile, node.ToJsonString());

        Assert.False(results.IsValid);
    }

    [Theory]
    [InlineData("publishedAt", "\"2021-01-05\"")]
    [InlineData("channel", "\"fax\"")]
    public void ReportSchema_PublicationBreakingTheFormat_IsInvalid(string member, string value)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.PingshanReport)))!;
        node["publication"]![member] = JsonNode.Parse(value);

        var results = Evaluate(ReportSchemaFile, node.ToJsonString());

        Assert.False(results.IsValid);
    }

    [Theory]
    [InlineData("published", "{\"value\":6.2}")]
    [InlineData("published", "\"18.2\"")]
    [InlineData("scope", "{\"kind\":\"benchmark\"}")]
    [InlineData("indicator", "\"Bad-Code\"")]
    public void ReportSchema_IndicatorValueBreakingTheFormat_IsInvalid(string member, string value)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.PingshanReport)))!;
        node["indicatorValues"]![0]![member] = JsonNode.Parse(value);

        var results = Evaluate(ReportSchemaFile, node.ToJsonString());

        Assert.False(results.IsValid);
    }

    private static EvaluationResults Evaluate(string schemaFile, string json)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Golden.SchemaFolder, schemaFile)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, Options);
    }

    private static string Describe(EvaluationResults results) =>
        results.IsValid ? string.Empty : JsonSerializer.Serialize(results);
}
