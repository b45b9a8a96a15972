using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using RuleOfLaw.Cli.Output;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

public sealed class SarifOutputTests : IDisposable
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly string _folder = Directory.CreateTempSubdirectory("rol-sarif-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("sarif-schema-2.1.0.json")]
    [InlineData("sarif-schema-2.1.0-errata01.json")]
    public void Sarif_BuiltInSample_IsValidAgainstTheOfficialSchema(string schemaFile)
    {
        var result = CliRunner.Run("check", "--format", "sarif", "--fail-on", "warning");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        AssertValid(schemaFile, result.Output);
    }

    [Theory]
    [InlineData("sarif-schema-2.1.0.json")]
    [InlineData("sarif-schema-2.1.0-errata01.json")]
    public void Sarif_BatchWithJsonAndUnreadableInputs_IsValidAgainstTheOfficialSchema(string schemaFile)
    {
        Write("a.txt", CheckCommandTests.SampleText());
        Write("b.json", SampleJson());
        Write("junk.txt", "\u0000junk");

        var result = CliRunner.Run("check", "--format", "sarif", _folder);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        AssertValid(schemaFile, result.Output);
    }

    [Fact]
    public void Sarif_InvalidLog_IsRejectedByTheSchema()
    {
        var log = JsonNode.Parse(CliRunner.Run("check", "--format", "sarif").Output)!;
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";

        var results = Evaluate("sarif-schema-2.1.0-errata01.json", log.ToJsonString());

        Assert.False(results.IsValid);
    }

    [Fact]
    public void Sarif_Rules_AreTheWholeCatalogueWithTheirDefaultLevels()
    {
        using var log = JsonDocument.Parse(CliRunner.Run("check", "--format", "sarif").Output);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();

        Assert.Equal(DiagnosticCatalogue.All.Select(d => d.Code), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            var rule = Assert.Single(rules, r => r.GetProperty("id").GetString() == descriptor.Code);
            Assert.Equal(descriptor.HelpLink, rule.GetProperty("helpUri").GetString());
            Assert.Equal(descriptor.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.Equal(SarifReport.Level(descriptor.DefaultSeverity), rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Equal(descriptor.Rule, rule.GetProperty("properties").GetProperty("rule").GetString());
        }
    }

    [Fact]
    public void Sarif_ReadingNotes_AreResultsOfReadingRulesFromTheCatalogue()
    {
        using var log = JsonDocument.Parse(CliRunner.Run("check", "--format", "sarif").Output);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var notes = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("ROLT", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(notes);
        foreach (var note in notes)
        {
            var descriptor = DiagnosticCatalogue.Describe(note.GetProperty("ruleId").GetString()!);
            var rule = rules[note.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal("reading", rule.GetProperty("properties").GetProperty("category").GetString());
            Assert.Equal(descriptor.Summary, rule.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(SarifReport.Level(descriptor.DefaultSeverity), note.GetProperty("level").GetString());
        }
    }

    [Fact]
    public void Sarif_EveryResult_PointsAtItsRuleByIndex()
    {
        using var log = JsonDocument.Parse(CliRunner.Run("check", "--format", "sarif").Output);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToArray();

        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Sarif_ShortcomingWithoutCause_HasTheRegionOfTheShortcomingsText()
    {
        var text = CheckCommandTests.SampleText();
        using var log = JsonDocument.Parse(CliRunner.Run("check", "--format", "sarif").Output);
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == ValidationCodes.ShortcomingWithoutCause);
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");

        var quoted = Regex.Match(result.GetProperty("message").GetProperty("text").GetString()!, "\"(.+)\"").Groups[1].Value;
        Assert.StartsWith(quoted[..20], Slice(text, region), StringComparison.Ordinal);
        Assert.Equal("Shortcomings[0]", result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Sarif_JsonInput_NamesTheFileAndTheElementButNoRegion()
    {
        var path = Write("sample.json", SampleJson());

        using var log = JsonDocument.Parse(CliRunner.Run("check", "--format", "sarif", path).Output);
        var location = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0];

        Assert.False(location.GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal(new Uri(path).AbsoluteUri, location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.True(location.TryGetProperty("logicalLocations", out _));
    }

    [Fact]
    public void Sarif_UnreadableInput_IsANotificationAndTheRunIsNotSuccessful()
    {
        var path = Write("junk.txt", "\u0000junk");

        var result = CliRunner.Run("check", "--format", "sarif", path);

        using var log = JsonDocument.Parse(result.Output);
        var invocation = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("junk.txt", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void MsBuild_TextInput_WritesCanonicalLinesWithLineAndColumn()
    {
        var path = Write("sample.txt", CheckCommandTests.SampleText());

        var result = CliRunner.Run("check", "--format", "msbuild", "--fail-on", "warning", path);

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"^.+\(\d+,\d+\): (error|warning|info) ROLT?\d{3,4}: \S", l));
        Assert.Contains(lines, l => l.StartsWith(path + "(45,3): warning ROL0008: Shortcomings[0]: ", StringComparison.Ordinal));
    }

    [Fact]
    public void MsBuild_JsonInput_NamesTheFileWithoutPosition()
    {
        var path = Write("sample.json", SampleJson());

        var lines = CliRunner.Run("check", "--format", "msbuild", path).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Contains(lines, l => l.StartsWith(path + ": warning ROL0008: ", StringComparison.Ordinal));
    }

    [Fact]
    public void MsBuild_UnreadableInput_IsOneErrorLine()
    {
        var path = Write("junk.txt", "\u0000junk");

        var result = CliRunner.Run("check", "--format", "msbuild", path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.StartsWith(path + ": error rol: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoCopiesOfOneReport_RunsTheCrossReportRulesAndNamesTheDuplicate()
    {
        Write("a.txt", CheckCommandTests.SampleText());
        Write("b.txt", CheckCommandTests.SampleText());

        var result = CliRunner.Run("check", "--format", "msbuild", _folder);

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Single(lines, l => l.Contains(": error ROL0024: ", StringComparison.Ordinal) && l.StartsWith(Path.Combine(_folder, "b.txt"), StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith(Path.Combine(_folder, "a.txt") + ": info ROL0027: Plan: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dir/报告 2020.txt", "dir/%E6%8A%A5%E5%91%8A%202020.txt")]
    [InlineData("a\\b.json", "a/b.json")]
    [InlineData("-", "-")]
    public void ArtifactUri_RelativePath_IsAnEscapedRelativeReference(string name, string expected) =>
        Assert.Equal(expected, SarifReport.ArtifactUri(name));

    private static string SampleJson()
    {
        using var document = JsonDocument.Parse(CliRunner.RunWithInput(CheckCommandTests.SampleText(), "read", "-").Output);
        return document.RootElement.GetProperty("report").GetRawText();
    }

    private static void AssertValid(string schemaFile, string json)
    {
        var results = Evaluate(schemaFile, json);
        Assert.True(results.IsValid, JsonSerializer.Serialize(results.Details?.Where(d => !d.IsValid && d.Errors is not null).Take(5)));
    }

    private static EvaluationResults Evaluate(string schemaFile, string json)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", schemaFile))
            .Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, Options);
    }

    private static string Slice(string text, JsonElement region)
    {
        var lines = text.Split('\n');
        var line = lines[region.GetProperty("startLine").GetInt32() - 1];
        return line[(region.GetProperty("startColumn").GetInt32() - 1)..];
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
