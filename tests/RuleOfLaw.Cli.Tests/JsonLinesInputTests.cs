using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing.Builders;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary><c>.jsonl</c> input (JSON Lines, one report per line) for <c>rol check</c> and <c>rol export</c>: records named by file and line.</summary>
public sealed class JsonLinesInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rol-jsonl-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_JsonLines_FindsWhatTheSameReportsAsJsonFilesGive()
    {
        var reports = new[] { OnTime("甲区人民政府"), Late("乙区人民政府"), OnTime("丙区人民政府") };
        var lines = WriteLines("reports.jsonl", reports);
        var files = reports.Select((r, i) => Write($"r{i}.json", RuleOfLawJson.Report.Serialize(r))).ToArray();

        var fromLines = Findings(CliRunner.Run("check", "--format", "json", "--today", "2026-06-01", lines));
        var fromFiles = Findings(CliRunner.Run("check", "--format", "json", "--today", "2026-06-01", files[0], files[1], files[2]));

        Assert.Equal([lines + ":1", lines + ":2", lines + ":3"], fromLines.Select(f => f.Source));
        Assert.Equal(fromFiles.Select(f => f.Findings), fromLines.Select(f => f.Findings));
        Assert.Contains("ROL0002", fromLines[1].Findings, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadLine_NamesFileAndLineAndChecksTheOthers()
    {
        var path = Write("mixed.jsonl", Line(OnTime("甲区人民政府")) + "\n{\"subject\": 3}\n\n" + Line(Late("乙区人民政府")) + "\n");

        var result = CliRunner.Run("check", "--today", "2026-06-01", path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(path + ":2", StringComparison.Ordinal));
        Assert.Contains("$.subject", error, StringComparison.Ordinal);
        Assert.Contains(path + ":1: ", result.Output, StringComparison.Ordinal);
        Assert.Contains(path + ":4: ", result.Output, StringComparison.Ordinal); // the blank line 3 is skipped, not renumbered
        Assert.DoesNotContain(path + ":3", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MsBuild_PlacesAFindingOnItsRecordsLine()
    {
        var path = WriteLines("reports.jsonl", [OnTime("甲区人民政府"), Late("乙区人民政府")]);

        var result = CliRunner.Run("check", "--format", "msbuild", "--today", "2026-06-01", path);

        Assert.Contains(result.Output.Split('\n'), l => l.StartsWith(path + "(2,1): error ROL0002: ", StringComparison.Ordinal));
        Assert.DoesNotContain("(1,1): error ROL0002", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LineOverTheSizeLimit_IsRefusedByItsLineAlone()
    {
        var path = Write("big.jsonl", Line(OnTime("甲区人民政府")) + "\n{\"title\": \"" + new string('x', 1_100_000) + "\"}\n" + Line(OnTime("乙区人民政府")) + "\n");

        var result = CliRunner.Run("check", "--size-limit", "1", "--today", "2026-06-01", path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains(path + ":2: the line is more than 1048576 bytes", result.Error, StringComparison.Ordinal);
        Assert.Contains(path + ":3: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FolderWithJsonLines_ReadsItsRecords()
    {
        WriteLines("a.jsonl", [OnTime("甲区人民政府"), OnTime("乙区人民政府")]);

        var result = CliRunner.Run("check", "--format", "json", "--today", "2026-06-01", _folder);

        Assert.Equal(2, Findings(result).Length);
    }

    [Fact]
    public void Read_JsonLines_IsOneLineSayingWhichCommandsTakeIt()
    {
        var path = WriteLines("reports.jsonl", [OnTime("甲区人民政府")]);

        var result = CliRunner.Run("read", path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal($"rol: {path}: a JSON Lines file holds one report per line; give it to rol check or rol export", result.Error.Trim());
    }

    [Fact]
    public void Export_JsonLines_OneReportRowPerRecord()
    {
        var path = WriteLines("reports.jsonl", [OnTime("甲区人民政府"), Late("乙区人民政府")]);
        var output = Path.Combine(_folder, "out");

        var result = CliRunner.Run("export", "--format", "csv", "--today", "2026-06-01", path, "-o", output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var rows = File.ReadAllLines(Path.Combine(output, "reports.csv")).Skip(1).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("0," + path + ":1,report,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("1," + path + ":2,report,", rows[1], StringComparison.Ordinal);
    }

    private static AnnualReport OnTime(string subject) => AnAnnualReport.For(2024).ByDistrictGovernment(subject).Build();

    private static AnnualReport Late(string subject) => AnAnnualReport.For(2024).ByDistrictGovernment(subject).PublishedLate().Build();

    private static string Line(AnnualReport report)
    {
        using var stream = new MemoryStream();
        RuleOfLawJson.Report.WriteLinesAsync(stream, new[] { report }.ToAsyncEnumerable()).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
    }

    private string WriteLines(string name, AnnualReport[] reports) => Write(name, string.Concat(reports.Select(r => Line(r) + "\n")));

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Each report of a <c>--format json</c> output: its source and its findings' codes and paths.</summary>
    private static (string Source, string Findings)[] Findings(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("reports").EnumerateArray()
            .Select(r => (r.GetProperty("source").GetString()!, string.Join(";", r.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString() + "@" + f.GetProperty("path").GetString()))))
            .ToArray();
    }
}
