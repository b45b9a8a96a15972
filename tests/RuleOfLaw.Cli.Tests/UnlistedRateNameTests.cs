using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RuleOfLaw.Domain.Indicators;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>
/// A rate no catalogue lists is named as the report prints it wherever a person reads (text in both languages, SARIF and
/// MSBuild messages, JSON findings); its <c>unlisted_…</c> code stays only in the JSON's machine fields.
/// </summary>
public sealed class UnlistedRateNameTests : IDisposable
{
    private const string Name = "执法协同响应率";

    // Printed twice, 42.9% and 43.1%: no value rounds to both (ROL0021), so a finding names the rate too.
    private const string Text = "某区2023年法治政府建设年度报告\n一、主要举措和成效\n全区执法协同响应率为42.9%。\n二、存在的不足和原因\n执法协同响应率为43.1%，仍需提高。\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("rol-unlisted-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("text", "en", "执法协同响应率 (not a national indicator): counts")]
    [InlineData("text", "zh", "执法协同响应率（非全国指标）：计数")]
    [InlineData("sarif", "en", "for 执法协同响应率 (not a national indicator); no value rounds to both")]
    [InlineData("msbuild", "en", "error ROL0021: IndicatorValues[1].Published: Printed 43.1% here and 42.9% at IndicatorValues[0].Published for 执法协同响应率 (not a national indicator)")]
    [InlineData("msbuild", "zh", "执法协同响应率（非全国指标）此处公布为43.1%")]
    public void Check_UnlistedRate_IsNamedAsPrintedAndNeverByItsCode(string format, string language, string expected)
    {
        var result = CliRunner.Run("check", "--format", format, "--lang", language, "--today", "2024-03-01", Input());

        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(IndicatorCode.UnlistedPrefix, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_KeepsTheCodeInTheIndicatorFieldAndThePrintedNameBesideIt()
    {
        var result = CliRunner.Run("check", "--format", "json", "--today", "2024-03-01", Input());

        using var json = JsonDocument.Parse(result.Output);
        var report = json.RootElement.GetProperty("reports")[0];
        var rates = report.GetProperty("rates").EnumerateArray().ToArray();
        Assert.Equal(2, rates.Length);
        Assert.All(rates, rate =>
        {
            Assert.Equal(IndicatorCode.ForUnlistedName(Name).Value, rate.GetProperty("indicator").GetString());
            Assert.Equal(Name, rate.GetProperty("name").GetString());
        });
        var conflict = Assert.Single(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "ROL0021");
        Assert.Contains(Name, conflict.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(IndicatorCode.UnlistedPrefix, conflict.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private string Input()
    {
        var path = Path.Combine(_folder, "unlisted.txt");
        File.WriteAllText(path, Text, new UTF8Encoding(false));
        return path;
    }
}
