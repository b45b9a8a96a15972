using System;
using System.IO;
using System.Text.Json.Nodes;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary><c>rol check --rules</c>: a built-in profile by name, or a profile file read strictly.</summary>
public sealed class RuleProfileCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rol-profile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_folder, "profile.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static string SeverityOfShortcomingWithoutCause(CliResult result)
    {
        foreach (var issue in JsonNode.Parse(result.Output)!["reports"]![0]!["findings"]!.AsArray())
        {
            if ((string?)issue!["code"] == "ROL0008")
            {
                return (string)issue["severity"]!;
            }
        }

        throw new InvalidOperationException("the sample has no ROL0008 finding: " + result.Output);
    }

    [Fact]
    public void Check_Strict_RaisesTheSamplesWarningToAnError_AndFails()
    {
        var national = CliRunner.Run("check", "--format", "json");
        var strict = CliRunner.Run("check", "--format", "json", "--rules", "strict");

        Assert.Equal(0, national.ExitCode);
        Assert.Equal("warning", SeverityOfShortcomingWithoutCause(national));
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal("error", SeverityOfShortcomingWithoutCause(strict));
    }

    [Fact]
    public void Check_ProfileFile_AppliesItsSeverityOverride()
    {
        var path = Write("""{"schemaVersion":1,"name":"mine","rules":[{"code":"ROL0008","severity":"info"}]}""");

        var result = CliRunner.Run("check", "--format", "json", "--rules", path, "--fail-on", "warning");

        Assert.Equal("info", SeverityOfShortcomingWithoutCause(result));
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Check_TheShippedExampleProfile_Reads()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "profiles", "example-province.json");

        var result = CliRunner.Run("check", "--format", "json", "--rules", Path.GetFullPath(example));

        Assert.Equal("error", SeverityOfShortcomingWithoutCause(result));
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Check_BadProfileFile_IsOneLineNamingTheFileAndPath_ExitTwo()
    {
        var path = Write("""{"schemaVersion":1,"name":"mine","rules":[{"code":"ROL0099","enabled":true}]}""");

        var result = CliRunner.Run("check", "--rules", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains("$.rules[0].code", line, StringComparison.Ordinal);
        Assert.Contains("ROL0099", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownProfileName_IsAUsageErrorListingTheProfiles()
    {
        var result = CliRunner.Run("check", "--rules", "lenient");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'lenient' is neither a rule set profile (national, strict,", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_RuleSetProfile_PrintsTheSchema()
    {
        var result = CliRunner.Run("schema", "rule-set-profile");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("rule-set-profile", (string?)JsonNode.Parse(result.Output)!["title"]);
    }
}
