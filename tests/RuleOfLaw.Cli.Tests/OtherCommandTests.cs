using System;
using System.Linq;
using System.Text.Json;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Rules_ListsEveryCodeOnce()
    {
        var result = CliRunner.Run("rules");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Output.Trim().Split('\n');
        Assert.Equal(ValidationCodes.All.Select(r => r.Code), lines.Select(l => l[..7]));
    }

    [Fact]
    public void Schema_PrintsTheJsonSchema()
    {
        var result = CliRunner.Run("schema");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var schema = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonValueKind.Object, schema.RootElement.ValueKind);
        Assert.Equal(RuleOfLawJson.GetAnnualReportSchema().Trim(), result.Output.Trim());
    }

    [Fact]
    public void Schema_OfEachDocument_PrintsItsSchema()
    {
        Assert.Equal(RuleOfLawJson.GetAnnualReportSchema().Trim(), CliRunner.Run("schema", "report").Output.Trim());
        Assert.Equal(RuleOfLawJson.GetIndicatorFrameworkSchema().Trim(), CliRunner.Run("schema", "framework").Output.Trim());
        Assert.Equal(RuleOfLawJson.GetCaseRecordsSchema().Trim(), CliRunner.Run("schema", "case-records").Output.Trim());
        Assert.Equal(RuleOfLawJson.GetValidationResultSchema().Trim(), CliRunner.Run("schema", "validation-result").Output.Trim());
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
    public void Read_SampleText_PrintsWireJsonThatReadsBack()
    {
        var result = CliRunner.RunWithInput(CheckCommandTests.SampleText(), "read", "-");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var report = RuleOfLawJson.DeserializeAnnualReport(result.Output);
        Assert.Equal(2020, report.Year.Year);
    }

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
