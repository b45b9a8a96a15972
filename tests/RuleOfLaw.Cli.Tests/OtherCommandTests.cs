using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Check_MalformedJson_NamesTheFileOnceOnEachLine()
    {
        var path = Path.Combine(Path.GetTempPath(), "rol-malformed-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "abc");
        try
        {
            foreach (var format in new[] { "text", "msbuild" })
            {
                var result = CliRunner.Run("check", "--format", format, path);

                Assert.Equal(ExitCodes.InputError, result.ExitCode);
                var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.Contains("invalid start of a value", line, StringComparison.Ordinal);
                Assert.Equal(line.IndexOf(path, StringComparison.Ordinal), line.LastIndexOf(path, StringComparison.Ordinal));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void NoCommand_IsAUsageErrorInOneLineNamingTheCommands()
    {
        var result = CliRunner.Run();

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rol: no command given; the commands are check, read, export, schema, rules.", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("--help").ExitCode);
    }

    [Fact]
    public void Rules_ListsEveryCodeOfTheCatalogueOnce_ValidationThenReading()
    {
        var result = CliRunner.Run("rules");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Output.Trim().Split('\n');
        Assert.Equal(DiagnosticCatalogue.All.Select(r => r.Code), lines.Select(l => l[..7]));
        Assert.Contains(lines, l => l.StartsWith(ReadDiagnosticCodes.InferredField + "  info", StringComparison.Ordinal) && l.Contains("Field inferred", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => DiagnosticCatalogue.IsRetired(l[..7]));
    }

    [Fact]
    public void Schema_PrintsTheJsonSchema()
    {
        var result = CliRunner.Run("schema");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var schema = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Object, schema.RootElement.ValueKind);
        Assert.Equal(RuleOfLawJson.Report.GetSchema().Trim(), result.Output.Trim());
    }

    [Fact]
    public void Schema_OfEachDocument_PrintsItsSchema()
    {
        Assert.Equal(RuleOfLawJson.Report.GetSchema().Trim(), CliRunner.Run("schema", "report").Output.Trim());
        Assert.Equal(RuleOfLawJson.Framework.GetSchema().Trim(), CliRunner.Run("schema", "framework").Output.Trim());
        Assert.Equal(RuleOfLawJson.CaseRecords.GetSchema().Trim(), CliRunner.Run("schema", "case-records").Output.Trim());
        Assert.Equal(RuleOfLawJson.ValidationResult.GetSchema().Trim(), CliRunner.Run("schema", "validation-result").Output.Trim());
        Assert.Equal(RuleOfLawJson.ReadDocument.GetSchema().Trim(), CliRunner.Run("schema", "read-document").Output.Trim());
    }

    [Fact]
    public void Schema_OfAnUnknownDocument_ExitsWithAUsageErrorNamingTheChoices()
    {
        var result = CliRunner.Run("schema", "plan");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("plan", result.Error, StringComparison.Ordinal);
        Assert.Contains("case-records", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SampleText_PrintsAReadDocumentWhoseReportReadsBack()
    {
        var result = CliRunner.RunWithInput(CheckCommandTests.SampleText(), "read", "-");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var report = RuleOfLawJson.Report.Deserialize(document.RootElement.GetProperty("report").GetRawText());
        Assert.Equal(2020, report.Year.Year);
        Assert.Equal(21, Count(document.RootElement.GetProperty("syntax").GetProperty("outline")));
    }

    [Fact]
    public void Read_TextWithoutTitle_PrintsThePartialReadAndExitsZero()
    {
        var sample = CheckCommandTests.SampleText();
        var untitled = sample[sample.IndexOf("一、", StringComparison.Ordinal)..];

        var result = CliRunner.RunWithInput(untitled, "read", "-");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("report").ValueKind);
        Assert.Equal("title", Assert.Single(root.GetProperty("missing").EnumerateArray()).GetString());
        var quantities = root.GetProperty("syntax").GetProperty("quantities");
        Assert.True(quantities.GetArrayLength() >= 10, quantities.GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(quantities.EnumerateArray(), q => Assert.StartsWith("Sections[", q.GetProperty("path").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("never", ExitCodes.Success)]
    [InlineData("partial", ExitCodes.Findings)]
    [InlineData("note", ExitCodes.Findings)]
    public void Read_TextWithoutTitle_ExitsAsFailOnSays(string failOn, int expected)
    {
        var result = CliRunner.RunWithInput("全年办理案件35件。", "read", "-", "--fail-on", failOn);

        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public void Read_TextWithoutTitle_GivenTitleAndYear_BuildsTheReport()
    {
        var result = CliRunner.RunWithInput("全年办理案件35件。", "read", "-", "--title", "某局工作报告", "--year", "2023", "--subject", "某区司法局", "--fail-on", "partial");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var report = RuleOfLawJson.Report.Deserialize(document.RootElement.GetProperty("report").GetRawText());
        Assert.Equal(2023, report.Year.Year);
        Assert.Equal("某局工作报告", report.Title);
    }

    [Fact]
    public void Read_YearOutOfRange_ExitsTwoNamingTheFlag()
    {
        var result = CliRunner.RunWithInput("全年办理案件35件。", "read", "-", "--year", "1900");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.StartsWith("rol: --year: 1900", result.Error, StringComparison.Ordinal);
    }

    private static int Count(JsonElement outline) => outline.EnumerateArray().Sum(n => 1 + Count(n.GetProperty("children")));

    [Fact]
    public void Read_MissingFile_ExitsTwo()
    {
        var result = CliRunner.Run("read", "/no/such/report.txt");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.StartsWith("rol: /no/such/report.txt:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCommand_ShowsUsageWithoutCrashing()
    {
        var result = CliRunner.Run();

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.InputError);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
