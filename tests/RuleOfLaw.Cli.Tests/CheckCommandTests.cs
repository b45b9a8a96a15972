using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rol-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_NoPath_ChecksTheBuiltInSample()
    {
        var result = CliRunner.Run("check");

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
        Assert.Contains("法治政府建设年度报告", result.Output, StringComparison.Ordinal);
        Assert.Contains("published  2021-01-05T14:11:08+08:00", result.Output, StringComparison.Ordinal);
        Assert.Contains("Outline", result.Output, StringComparison.Ordinal);
        Assert.Contains("Findings:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoPath_PrintsTheSamplesRatesWithVerdicts()
    {
        var lines = CliRunner.Run("check").Output.Split('\n');

        Assert.Contains(lines, l => l.Contains("reconsideration correction rate:", StringComparison.Ordinal)
            && l.Contains("counts 2/11", StringComparison.Ordinal) && l.Contains("published 18.2%", StringComparison.Ordinal)
            && l.Contains("→ consistent", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("head-of-agency court appearance rate:", StringComparison.Ordinal)
            && l.Contains("Denominator implied by 50% for a numerator of 16: 32.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("head-of-agency court appearance rate @", StringComparison.Ordinal)
            && l.Contains("published 16.2%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("procuratorial recommendation rectification rate:", StringComparison.Ordinal)
            && l.Contains("counts 8/8", StringComparison.Ordinal) && l.Contains("computed 100", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_InconsistentRateInAReport_IsMarked()
    {
        var path = Write("bad-rate.txt", SampleText().Replace("纠正率18.2%", "纠正率19.2%", StringComparison.Ordinal));

        var result = CliRunner.Run("check", path);

        Assert.Contains(result.Output.Split('\n'), l => l.Contains("reconsideration correction rate:", StringComparison.Ordinal) && l.Contains("INCONSISTENT", StringComparison.Ordinal));
        Assert.Contains("ROL0011", result.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
    }

    [Fact]
    public void Check_TwoOfThreeAt66Point6_GivesOneVerdictEverywhere()
    {
        var path = Write("two-of-three.txt", SampleText().Replace("受理复议案件11宗,其中,确认违法2宗,纠正率18.2%", "受理复议案件3宗,其中,确认违法2宗,纠正率66.6%", StringComparison.Ordinal));

        var result = CliRunner.Run("check", path);

        var line = Assert.Single(result.Output.Split('\n'), l => l.Contains("reconsideration correction rate:", StringComparison.Ordinal));
        Assert.Contains("INCONSISTENT", line, StringComparison.Ordinal);
        Assert.Contains("only when rounded by truncation, which the rule set does not accept", line, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Output.Split('\n'), l => l.Contains("reconsideration correction rate", StringComparison.Ordinal) && l.Contains(" consistent", StringComparison.Ordinal));
        Assert.Contains("ROL0011", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EachFactIsSaidOnceUnderOneCode()
    {
        var text = SampleText()
            .Replace("受理复议案件11宗,其中,确认违法2宗,纠正率18.2%", "受理复议案件3宗,其中,确认违法2宗,纠正率66.6%", StringComparison.Ordinal);
        var path = Write("one-code-per-fact.txt", text);

        var lines = CliRunner.Run("check", path).Output.Split('\n');

        var findings = lines.SkipWhile(l => !l.StartsWith("Findings:", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0 && !IsExcerpt(l)).ToArray();
        var findingCodes = findings.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).ToHashSet(StringComparer.Ordinal);
        var rate = Assert.Single(lines, l => l.Contains("reconsideration correction rate:", StringComparison.Ordinal));
        Assert.Contains("→ INCONSISTENT (ROL0011):", rate, StringComparison.Ordinal);
        Assert.Contains("ROL0011", findingCodes);
        Assert.Single(findings, l => l.Contains(" ROL0011 IndicatorValues[", StringComparison.Ordinal));
        var notes = lines.SkipWhile(l => !l.StartsWith("Reading notes", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).Where(l => !IsExcerpt(l)).ToArray();
        Assert.All(notes, l =>
        {
            var code = l.Trim().Split(' ', ':')[0];
            Assert.Equal(DiagnosticCategory.Reading, DiagnosticCatalogue.Describe(code).Category);
            Assert.DoesNotContain("66.6", l, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Check_MissingPart_IsMarkedWithTheCodeOfItsOneFinding()
    {
        var path = Write("no-plan.txt", "某区2020年法治政府建设年度报告\n一、主要举措和成效\n办理案件3件。\n二、存在的不足和原因\n人员不足，原因是编制少。\n三、第一责任人职责\n区长带头学法。\n");

        var lines = CliRunner.Run("check", path, "--today", "2021-03-01").Output.Split('\n');

        var parts = Assert.Single(lines, l => l.StartsWith("  parts: ", StringComparison.Ordinal));
        Assert.Contains("4 next-year arrangements ✗ ROL0001", parts, StringComparison.Ordinal);
        Assert.Contains("1 measures and results ✓", parts, StringComparison.Ordinal);
        Assert.EndsWith("5 other matters ✗", parts, StringComparison.Ordinal);
        Assert.Single(lines, l => l.Contains(" ROL0001 ", StringComparison.Ordinal) && l.Contains("Part 4", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("ROLT004", StringComparison.Ordinal) || l.Contains("ROLT005", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_FailOnWarning_ExitsOneWhenOnlyWarningsExist()
    {
        var sample = CliRunner.Run("check", "--format", "json");
        using var document = JsonDocument.Parse(sample.Output);
        var findings = document.RootElement.GetProperty("reports")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("severity").GetString()).ToArray();

        var onWarning = CliRunner.Run("check", "--fail-on", "warning");

        var expected = findings.Any(s => s is "warning" or "error") ? ExitCodes.Findings : ExitCodes.Success;
        Assert.Equal(expected, onWarning.ExitCode);
        Assert.Equal(findings.Contains("error") ? ExitCodes.Findings : ExitCodes.Success, sample.ExitCode);
    }

    [Fact]
    public void Check_FormatJson_PrintsOneDocumentWithReportRatesAndFindings()
    {
        var result = CliRunner.Run("check", "--format", "json");

        using var document = JsonDocument.Parse(result.Output);
        var report = document.RootElement.GetProperty("reports")[0];
        Assert.Equal(2020, report.GetProperty("report").GetProperty("year").GetInt32());
        Assert.Contains(report.GetProperty("rates").EnumerateArray(), r => r.GetProperty("indicator").GetString() == "reconsideration_correction_rate" && r.GetProperty("verdict").GetString() == "consistent");
        Assert.Equal(JsonValueKind.Array, report.GetProperty("findings").ValueKind);
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("reports").GetInt32());
    }

    [Fact]
    public void Check_StandardInput_ReadsTheReportFromIt()
    {
        var result = CliRunner.RunWithInput(SampleText(), "check", "-");

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
        Assert.Contains("source     -", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Folder_PrintsASummaryTableAndPooledRates()
    {
        Write("a.txt", SampleText());
        // Another district's report of the same year: the same subject and year twice would be a duplicate, pooled once.
        Write("b.txt", SampleText().Replace("确认违法2宗", "确认违法3宗", StringComparison.Ordinal).Replace("坪山", "龙岗", StringComparison.Ordinal));
        Write("notes.md", "ignored");

        var result = CliRunner.Run("check", _folder);

        Assert.Contains("Summary", result.Output, StringComparison.Ordinal);
        Assert.Contains("a.txt", result.Output, StringComparison.Ordinal);
        Assert.Contains("b.txt", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.md", result.Output, StringComparison.Ordinal);
        Assert.Contains("checked 2/2", result.Error, StringComparison.Ordinal);
        Assert.Contains(result.Output.Split('\n'), l => l.Contains("reconsideration correction rate", StringComparison.Ordinal) && l.Contains("2020", StringComparison.Ordinal) && l.Contains("22", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Folder_TwoCopiesOfOneReport_PoolsThemOnce()
    {
        Write("a.txt", SampleText());
        Write("b.txt", SampleText());

        var result = CliRunner.Run("check", "--format", "json", _folder);

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var pools = json.RootElement.GetProperty("summary").GetProperty("pooledRates").EnumerateArray()
            .Where(p => p.GetProperty("indicator").GetString() == "reconsideration_correction_rate").ToArray();
        var pool = Assert.Single(pools);
        Assert.Equal(2020, pool.GetProperty("year").GetInt32());
        Assert.Equal("county", pool.GetProperty("level").GetString());
        Assert.Equal(11, pool.GetProperty("denominator").GetInt64());
        Assert.Equal(1, pool.GetProperty("reports").GetInt32());
    }

    [Theory]
    [InlineData("我局", false)] // two bureaus that both print only 我局 are not one subject
    [InlineData("某市某县司法局", true)] // one name of its own twice for one year is a duplicate
    public void Check_Folder_TwoTextsOfOneYearBySubject_DuplicateOnlyForANameOfItsOwn(string author, bool duplicate)
    {
        Write("a.txt", DepartmentText(author, "办理行政复议案件12件"));
        Write("b.txt", DepartmentText(author, "办理行政复议案件30件"));

        var result = CliRunner.Run("check", "--format", "json", _folder);

        using var json = JsonDocument.Parse(result.Output);
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal([author, author], reports.Select(r => r.GetProperty("subject").GetString()));
        var codes = reports.SelectMany(r => r.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("code").GetString()).ToArray();
        Assert.Equal(duplicate, codes.Contains(ValidationCodes.DuplicateReport));
    }

    [Fact]
    public void Check_MissingFile_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_folder, "nope.txt");

        var result = CliRunner.Run("check", missing);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal($"rol: {missing}: no such file or folder", result.Error.Trim());
    }

    [Fact]
    public void Check_PartialRead_SaysOnceWhichPartsAreMissing()
    {
        var path = Write("untitled.txt", "一、主要举措\n办理案件3件。\n二、存在的不足和原因\n人员不足。\n");

        var result = CliRunner.Run("check", path);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("parts: 1 measures and results ✓  2 shortcomings and causes ✓  3 first-responsible-person duties ✗  4 next-year arrangements ✗", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ROLT004", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EmptyFile_ExitsOneSayingWhatIsMissing()
    {
        var path = Write("empty.txt", string.Empty);

        var result = CliRunner.Run("check", path);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal($"rol: {path}: no report could be built: the text states no title line (give --title) and no report year (give --year) and no reporting subject (give --subject)", line);
    }

    [Fact]
    public void Check_TextWithoutTitle_PrintsWhatWasReadAndNamesTheFlag()
    {
        var sample = SampleText();
        var path = Write("untitled.txt", sample[sample.IndexOf("一、", StringComparison.Ordinal)..]);

        var result = CliRunner.Run("check", path);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("(give --title)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--year", result.Output, StringComparison.Ordinal);
        Assert.Contains("Outline", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.Output.Split('\n'), l => l.Contains("reconsideration correction rate", StringComparison.Ordinal) && l.Contains("consistent", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TextWithoutTitle_GivenTitle_BuildsTheReport()
    {
        var sample = SampleText();
        var path = Write("untitled.txt", sample[sample.IndexOf("一、", StringComparison.Ordinal)..]);

        var result = CliRunner.Run("check", path, "--title", "某区2020年法治政府建设年度报告", "--subject", "某区人民政府");

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
        Assert.StartsWith("某区2020年法治政府建设年度报告", result.Output, StringComparison.Ordinal);
        Assert.Contains("某区人民政府", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BinaryJunk_ExitsTwoWithOneLine()
    {
        var path = Path.Combine(_folder, "junk.txt");
        File.WriteAllBytes(path, new byte[] { 0x7f, 0x45, 0x4c, 0x46, 0x00, 0xff, 0xfe, 0x00 });

        var result = CliRunner.Run("check", path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal($"rol: {path}: not a text file (NUL byte at offset 4), and not a format that is read (HTML, .docx, PDF)", result.Error.Trim());
    }

    [Fact]
    public void Check_TextInvalidInUtf8AndGb18030_ExitsTwoNamingTheOffset()
    {
        var path = Path.Combine(_folder, "latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Rapport annuel é"));

        var result = CliRunner.Run("check", path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("not UTF-8 or GB18030 text (invalid byte at offset 15)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MalformedJson_ExitsTwoNamingFileAndPosition()
    {
        var path = Write("broken.json", "{\"schemaVersion\": 1, \"report\": {\"title\": }");

        var result = CliRunner.Run("check", path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith($"rol: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains("$", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TenMegabyteFile_GivesACleanResultOrOneLine()
    {
        var sample = SampleText();
        var copies = (10 * 1024 * 1024 / Encoding.UTF8.GetByteCount(sample)) + 1;
        var text = new StringBuilder(sample.Length * copies).Insert(0, sample, copies);

        var path = Write("big.txt", text.ToString());

        var result = CliRunner.Run("check", path);

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings or ExitCodes.InputError);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.True(result.ExitCode != ExitCodes.InputError || result.Error.Trim().Split('\n').Length == 1, result.Error);
    }

    [Fact]
    public void Check_UnknownOption_ExitsTwo()
    {
        var result = CliRunner.Run("check", "--colour", "red");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadToday_ExitsTwo()
    {
        var result = CliRunner.Run("check", "--today", "2021-13-40");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TodayBeforeTheDeadline_DoesNotCallAnUnpublishedReportLate()
    {
        var path = Write("unpublished.txt", SampleText().Replace("发布时间:2021-01-05 14:11:08", string.Empty, StringComparison.Ordinal));

        var early = CliRunner.Run("check", path, "--today", "2021-03-01", "--format", "json");
        var late = CliRunner.Run("check", path, "--today", "2021-06-01", "--format", "json");

        Assert.DoesNotContain("\"ROL0019\"", early.Output, StringComparison.Ordinal);
        Assert.Contains("\"ROL0019\"", late.Output, StringComparison.Ordinal);
    }

    /// <summary>Whether a line is the excerpt of the text under a finding or note (<c>      | …</c>).</summary>
    internal static bool IsExcerpt(string line) => line.TrimStart().StartsWith('|');

    internal static string SampleText()
    {
        using var stream = typeof(RolApplication).Assembly.GetManifestResourceStream("RuleOfLaw.Cli.BuiltInSample.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string DepartmentText(string author, string figure) =>
        "2023年度法治政府建设情况报告\n2023年，在县委、县政府的坚强领导下，" + author + "坚持依法行政，扎实推进法治政府建设。\n"
        + "一、主要举措和成效\n（一）履行第一责任人职责。主要负责人专题研究法治建设。\n（二）化解行政争议。" + figure + "。\n"
        + "二、存在的不足和原因\n执法队伍力量不足，原因是编制有限。\n三、2024年工作安排\n深入推进依法行政。\n";

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
