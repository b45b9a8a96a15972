using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Cli.Output;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>
/// The streaming batch check: each check cut down to what the output and the rules across reports need prints exactly
/// what the whole checks print, in input order whatever the parallelism, with no more inputs loaded than workers.
/// </summary>
public sealed class BatchCheckTests : IDisposable
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    private readonly string _folder = Directory.CreateTempSubdirectory("rol-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Compact_MixedBatch_PrintsWhatTheWholeChecksPrintInEveryFormat()
    {
        var files = MixedBatch();

        var whole = Pipeline.CompareAcross(BatchCheck.Run(Inputs(files), Validator, ReadOptions.None, InputLimits.Default, c => c, parallelism: 1), Validator).Checks;
        var compact = Pipeline.CompareAcross(BatchCheck.Run(Inputs(files), Validator, ReadOptions.None, InputLimits.Default, CompactCheck.Of, parallelism: 4), Validator).Checks;

        // The set must exercise what compaction could lose: rules across reports placed in a text, and in a JSON Lines record.
        Assert.True(whole.Any(c => c.Locator is not null && c.Findings.Issues.Any(i => i.Code == ValidationCodes.PlanItemNotFound && c.LocationOf(i) is not null)), "no plan follow-through finding placed in a text");
        Assert.True(whole.Any(c => c.Line is not null && c.Findings.Issues.Any(i => i.Code == ValidationCodes.RateOutlier)), "no outlier in the JSON Lines file");
        Assert.True(whole.Any(c => c.Findings.Issues.Any(i => i.Code == ValidationCodes.DuplicateReport)), "no duplicate (the .docx repeats the text)");
        Assert.True(compact.All(c => c.Read is null && c.Locator is null), "a compact check kept the reader's result or the text");
        Assert.Equal(Render(whole, Words.English), Render(compact, Words.English));
        Assert.Equal(Render(whole, Words.Chinese), Render(compact, Words.Chinese));
    }

    [Fact]
    public void Run_AnyParallelism_ChecksInInputOrder()
    {
        var files = MixedBatch();
        var names = Inputs(files).Select(i => i.Name).ToArray();

        foreach (var parallelism in new[] { 1, 2, 7 })
        {
            var checks = BatchCheck.Run(Inputs(files), Validator, ReadOptions.None, InputLimits.Default, CompactCheck.Of, parallelism);

            Assert.Equal(names, checks.Select(c => c.Name));
        }
    }

    [Fact]
    public void CheckAndCompare_AnyParallelism_PrintsTheSameBytes()
    {
        var files = MixedBatch();
        string Printed(int parallelism) => Render(
            Pipeline.CompareAcross(BatchCheck.Run(Inputs(files), Validator, ReadOptions.None, InputLimits.Default, CompactCheck.Of, parallelism), Validator, parallelism).Checks,
            Words.English);

        var one = Printed(1);

        Assert.Contains(ValidationCodes.PlanItemNotFound, one, StringComparison.Ordinal);
        Assert.Contains(ValidationCodes.RateOutlier, one, StringComparison.Ordinal);
        foreach (var parallelism in new[] { 2, 3, 8 })
        {
            Assert.Equal(one, Printed(parallelism));
        }
    }

    [Fact]
    public void BatchReport_AnyParallelism_WritesTheSameText()
    {
        var checks = Pipeline.CompareAcross(BatchCheck.Run(Inputs(MixedBatch()), Validator, ReadOptions.None, InputLimits.Default, CompactCheck.Of, parallelism: 2), Validator).Checks;
        // Enough checks for many blocks of lines, formatted window by window.
        var many = Enumerable.Repeat(checks, 1500).SelectMany(c => c).ToArray();
        var pooled = PooledRate.Pool(ReportSet.Of(checks.Where(c => c.Report is not null).Select(c => c.Report!)));
        string Written(int parallelism, Words words)
        {
            var text = new StringWriter();
            BatchReport.Write(new ConsoleEnvironment(text, TextWriter.Null, () => Stream.Null, IsOutputRedirected: true), many, pooled, words, parallelism);
            return text.ToString();
        }

        foreach (var words in new[] { Words.English, Words.Chinese })
        {
            var one = Written(1, words);
            Assert.Contains(ValidationCodes.RateOutlier, one, StringComparison.Ordinal);
            Assert.Equal(one, Written(2, words));
            Assert.Equal(one, Written(5, words));
        }
    }

    [Fact]
    public void Run_LazyInputs_LoadsNoMoreAtOnceThanItHasWorkers()
    {
        var line = Line(AnAnnualReport.For(2024).Build());
        var loaded = 0;
        var enumerated = 0;
        var finished = 0;
        var mostAhead = 0;
        IEnumerable<BatchInput> Lazy()
        {
            for (var i = 1; i <= 200; i++)
            {
                var ahead = Interlocked.Increment(ref enumerated) - Volatile.Read(ref finished);
                InterlockedMax(ref mostAhead, ahead);
                var name = "lazy.jsonl:" + i;
                yield return new BatchInput(name, "lazy.jsonl", i, () =>
                {
                    Interlocked.Increment(ref loaded);
                    return new ReportInput(name, InputFormat.Json, line);
                });
            }
        }

        var checks = BatchCheck.Run(Lazy(), Validator, ReadOptions.None, InputLimits.Default, CompactCheck.Of, parallelism: 3, checkedOne: _ => Interlocked.Increment(ref finished));

        Assert.Equal(200, checks.Length);
        Assert.Equal(200, loaded);
        Assert.InRange(mostAhead, 1, 3);
    }

    [Fact]
    public void Check_JsonBatch_WritesFindingsAndSummariesNotReportsUnlessAsked()
    {
        var path = Path.Combine(_folder, "reports.jsonl");
        File.WriteAllText(path, Line(AnAnnualReport.For(2024).ByDistrictGovernment("甲区人民政府").Build()) + "\n" + Line(AnAnnualReport.For(2024).ByDistrictGovernment("乙区人民政府").PublishedLate().Build()) + "\n");

        var summary = CliRunner.Run("check", "--format", "json", "--today", "2026-06-01", path);
        var full = CliRunner.Run("check", "--format", "json", "--full-reports", "--today", "2026-06-01", path);

        using var compact = JsonDocument.Parse(summary.Output);
        var second = compact.RootElement.GetProperty("reports")[1];
        Assert.False(second.TryGetProperty("report", out _));
        Assert.Equal(("乙区人民政府", 2024), (second.GetProperty("subject").GetString(), second.GetProperty("year").GetInt32()));
        Assert.Contains(second.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == ValidationCodes.PublishedLate);
        Assert.Equal(2, compact.RootElement.GetProperty("summary").GetProperty("reports").GetInt32());
        using var whole = JsonDocument.Parse(full.Output);
        var report = whole.RootElement.GetProperty("reports")[1].GetProperty("report");
        Assert.Equal("乙区人民政府", report.GetProperty("subject").GetProperty("fullName").GetString());
        Assert.Equal(
            compact.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("findings").GetRawText()),
            whole.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("findings").GetRawText()));
    }

    [Fact]
    public void Check_Folder_SameOutputRunAfterRun()
    {
        MixedBatch();

        var first = CliRunner.Run("check", "--format", "msbuild", "--today", "2026-06-01", _folder);
        var second = CliRunner.Run("check", "--format", "msbuild", "--today", "2026-06-01", _folder);

        Assert.Equal(first.Output, second.Output);
        Assert.Contains("ROL0029", first.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The seed text and a copy a year on (plan follow-through placed in a text), the seed as .docx, a thin text, case
    /// registers, a malformed JSON file, and a JSON Lines file of six districts, one far from its peers and one bad line.
    /// </summary>
    private string[] MixedBatch()
    {
        var seed = File.ReadAllText(Sample("pingshan-2020.txt"));
        Write("a-2020.txt", seed);
        Write("a-2021.txt", seed.Replace("2021", "2022", StringComparison.Ordinal).Replace("2020", "2021", StringComparison.Ordinal));
        File.Copy(Sample("pingshan-2020.docx"), Path.Combine(_folder, "b.docx"));
        File.Copy(Sample("case-records.json"), Path.Combine(_folder, "c-records.json"));
        Write("d-thin.txt", "关于推进依法行政工作的一些情况");
        Write("e-bad.json", "{\"subject\": ");
        var districts = new[] { ("甲区人民政府", 10L), ("乙区人民政府", 11L), ("丙区人民政府", 12L), ("丁区人民政府", 13L), ("戊区人民政府", 60L), ("己区人民政府", 12L) };
        var lines = districts.Select(d => Line(AnAnnualReport.For(2022).ByDistrictGovernment(d.Item1)
            .WithIndicatorValues(new IndicatorValue(NationalRates.ReconsiderationCorrection.Code, IndicatorScope.Subject, ReportYear.Of(2022), d.Item2, 100)).Build())).ToList();
        lines.Insert(3, "{\"year\": \"soon\"}");
        Write("f.jsonl", string.Join("\n", lines) + "\n");
        return InputLoader.Expand([_folder]).Files.ToArray();
    }

    private static IEnumerable<BatchInput> Inputs(IReadOnlyList<string> files) => BatchInput.Of(files, () => Stream.Null, InputLimits.Default);

    private static string Render(ReportCheck[] checks, Words words)
    {
        var pooled = PooledRate.Pool(ReportSet.Of(checks.Where(c => c.Report is not null).Select(c => c.Report!)));
        var text = new StringWriter();
        BatchReport.Write(new ConsoleEnvironment(text, TextWriter.Null, () => Stream.Null, IsOutputRedirected: true), checks, pooled, words);
        var sarif = new StringWriter();
        SarifReport.Write(sarif, checks);
        var msbuild = new StringWriter();
        MsBuildReport.Write(msbuild, checks, words);
        var json = new StringWriter();
        JsonReport.Write(json, checks, pooled, full: false);
        return string.Join("\n----\n", text, sarif, msbuild, json);
    }

    private static string Line(AnnualReport report)
    {
        using var stream = new MemoryStream();
        RuleOfLawJson.Report.WriteLinesAsync(stream, new[] { report }.ToAsyncEnumerable()).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
    }

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content);

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
