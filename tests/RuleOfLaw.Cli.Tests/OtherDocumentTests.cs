using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary><c>rol check</c> on the other root documents: case registers and indicator frameworks are read strictly and validated by their own rules.</summary>
public sealed class OtherDocumentTests : IDisposable
{
    private const string Today = "2025-06-01";

    private static readonly string CaseRecordsFile = Path.Combine(AppContext.BaseDirectory, "Samples", "case-records.json");
    private static readonly string FrameworkFile = Path.Combine(AppContext.BaseDirectory, "Samples", "provincial.framework.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("rol-other-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_CaseRecords_PrintsTheRegistersAndTheLibrarysFindings()
    {
        var result = CliRunner.Run("check", CaseRecordsFile, "--today", Today, "--lang", "en");

        var expected = Validator().Validate(RuleOfLawJson.CaseRecords.Deserialize(File.ReadAllText(CaseRecordsFile)));
        Assert.NotEmpty(expected.Issues);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("Case registers: 3 enforcement disclosures, 3 procuratorial recommendations, 2 public consultations", result.Output, StringComparison.Ordinal);
        foreach (var issue in expected.Issues)
        {
            Assert.Contains(result.Output.Split('\n'), line => line.Contains(issue.Code + " " + issue.Path, StringComparison.Ordinal));
        }

        Assert.Empty(result.Error);
    }

    [Fact]
    public void Check_CaseRecordsInChinese_NamesThemInChinese()
    {
        var result = CliRunner.Run("check", CaseRecordsFile, "--today", Today, "--lang", "zh");

        Assert.Contains("案件登记：3 条执法决定公示，3 条检察建议，2 次公开征求意见", result.Output, StringComparison.Ordinal);
        Assert.Contains("审查结果", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Framework_IsValidatedByTheFrameworkRules()
    {
        var good = CliRunner.Run("check", FrameworkFile, "--today", Today, "--lang", "en");
        Assert.Equal(ExitCodes.Success, good.ExitCode);
        Assert.Contains("Indicator framework: ", good.Output, StringComparison.Ordinal);
        Assert.Contains("(indicators per level 2/3/2)", good.Output, StringComparison.Ordinal);

        // The other side: a framework whose declared counts do not match its tree gets the library's finding.
        var node = JsonNode.Parse(File.ReadAllText(FrameworkFile))!;
        node["declaredLevelCounts"] = new JsonArray(2, 3, 9);
        var path = Path.Combine(_folder, "mismatch.framework.json");
        File.WriteAllText(path, node.ToJsonString());
        var expected = Validator().Validate(RuleOfLawJson.Framework.Deserialize(node.ToJsonString()));
        Assert.NotEmpty(expected.Issues);

        var bad = CliRunner.Run("check", path, "--today", Today, "--lang", "en");

        Assert.Equal(expected.HasErrors ? ExitCodes.Findings : ExitCodes.Success, bad.ExitCode);
        Assert.All(expected.Issues, issue => Assert.Contains(issue.Code, bad.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CaseRecordsAsJson_CarriesTheRegistersAndFindings()
    {
        var result = CliRunner.Run("check", CaseRecordsFile, "--today", Today, "--format", "json");

        using var document = JsonDocument.Parse(result.Output);
        var check = document.RootElement.GetProperty("reports")[0];
        Assert.Equal(3, check.GetProperty("caseRecords").GetProperty("disclosures").GetArrayLength());
        Assert.False(check.TryGetProperty("report", out _));
        Assert.Equal(
            Validator().Validate(RuleOfLawJson.CaseRecords.Deserialize(File.ReadAllText(CaseRecordsFile))).Issues.Select(i => i.Code),
            check.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("unreadable").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("partial").GetInt32());
    }

    [Fact]
    public void Check_CaseRecordsAsSarifAndMsBuild_ListsTheFindings()
    {
        var sarif = CliRunner.Run("check", CaseRecordsFile, "--today", Today, "--format", "sarif");
        using var document = JsonDocument.Parse(sarif.Output);
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "ROL0014");

        var msbuild = CliRunner.Run("check", CaseRecordsFile, "--today", Today, "--format", "msbuild", "--lang", "en");
        Assert.Contains(msbuild.Output.Split('\n'), line => line.StartsWith(CaseRecordsFile + ": error ROL0014: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MalformedCaseRecords_IsOneLineNamingThePlace()
    {
        var node = JsonNode.Parse(File.ReadAllText(CaseRecordsFile))!;
        node["disclosures"]![0]!["colour"] = "red";
        var path = Path.Combine(_folder, "bad.case-records.json");
        File.WriteAllText(path, node.ToJsonString());

        var result = CliRunner.Run("check", path, "--lang", "en");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("$.disclosures[0].colour", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportAndCaseRecordsTogether_ChecksBoth()
    {
        var report = Path.Combine(_folder, "sample.txt");
        File.WriteAllText(report, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "pingshan-2020.txt")));

        var result = CliRunner.Run("check", report, CaseRecordsFile, "--today", Today, "--lang", "en");

        Assert.Contains(result.Output.Split('\n'), line => line.StartsWith(CaseRecordsFile + ": Case registers: ", StringComparison.Ordinal));
        Assert.DoesNotContain("unreadable: ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"disclosures\":[],\"recommendations\":[],\"consultations\":[]}", "CaseRecords")]
    [InlineData("{\"consultations\":[]}", "CaseRecords")]
    [InlineData("{\"schemaVersion\":1,\"name\":\"x\",\"declaredLevelCounts\":[1,1],\"roots\":[]}", "Framework")]
    [InlineData("{\"schemaVersion\":1,\"subject\":{},\"disclosures\":[]}", "Report")]
    [InlineData("{\"title\":\"x\"}", "Report")]
    [InlineData("{}", "Report")]
    [InlineData("[]", "Report")]
    [InlineData("{\"disclosures\": [1, 2", "CaseRecords")]
    [InlineData("not json", "Report")]
    public void JsonRoots_Of_DecidesByTopLevelMembers(string json, string expected) =>
        Assert.Equal(Enum.Parse<JsonRoot>(expected), JsonRoots.Of(json));

    [Fact]
    public void JsonRoots_Of_LooksOnlyAtTopLevelMembers() =>
        Assert.Equal(JsonRoot.Report, JsonRoots.Of("{\"preamble\":{\"disclosures\":[],\"roots\":[]}}"));

    private static ReportValidator Validator() =>
        new(RuleSet.National, new FakeClock(Instant.FromUtc(2025, 5, 31, 16, 0)));
}
