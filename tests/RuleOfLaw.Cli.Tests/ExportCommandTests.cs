using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>
/// <c>rol export</c>: the tables hold what the reader and the checks found, as documented in docs/export.md, in Parquet
/// and CSV alike; DuckDB reads them and runs the README's queries.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly string[] TableNames = ["reports", "sections", "quantities", "rates", "findings", "spans"];

    private readonly string _folder = Directory.CreateTempSubdirectory("rol-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Export_Csv_WritesEveryTableWithTheColumnsDocsExportMdLists()
    {
        var result = CliRunner.Run("export", "--format", "csv", Inputs(), "-o", Path.Combine(_folder, "out"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var documented = DocumentedColumns();
        Assert.Equal(TableNames, documented.Keys);
        foreach (var table in TableNames)
        {
            var header = File.ReadLines(Path.Combine(_folder, "out", table + ".csv")).First();
            Assert.Equal(string.Join(",", documented[table]), header);
            Assert.Contains($"{table}.csv\t", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Export_EveryQuantityTheReaderMapped_IsARowOfTheQuantitiesTable()
    {
        var inputs = Inputs();
        var output = Path.Combine(_folder, "out");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", inputs, "-o", output).ExitCode);

        using var db = Open();
        var files = Query(db, $"SELECT report_id, file FROM '{output}/reports.parquet' ORDER BY report_id").Select(r => (string)r[1]!).ToArray();
        Assert.Equal(Directory.GetFiles(inputs, "*.txt").Length, files.Length);
        foreach (var (file, id) in files.Select((f, i) => (f, i)))
        {
            var read = ReportTextReader.Read(File.ReadAllText(file));
            var sections = read.Report?.Sections ?? read.Partial!.Sections;
            var expected = (read.Report?.PreambleQuantities ?? read.Partial!.PreambleQuantities).Length + Flatten(sections).Sum(s => s.Quantities.Length);
            var exported = Convert.ToInt64(Query(db, $"SELECT count(*) FROM '{output}/quantities.parquet' WHERE report_id = {id}")[0][0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(expected == exported, $"{Path.GetFileName(file)}: {expected} quantities read, {exported} exported");
        }
    }

    [Fact]
    public void Export_ParquetAndCsv_HoldTheSameRowsAndExactDecimals()
    {
        var inputs = Inputs();
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", inputs, "-o", Path.Combine(_folder, "p")).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", "--format", "csv", inputs, "-o", Path.Combine(_folder, "c")).ExitCode);

        using var db = Open();
        foreach (var table in TableNames)
        {
            var parquet = Query(db, $"SELECT count(*) FROM '{_folder}/p/{table}.parquet'")[0][0];
            var csv = Query(db, $"SELECT count(*) FROM read_csv('{_folder}/c/{table}.csv', header = true)")[0][0];
            Assert.Equal(parquet, csv);
        }

        // The seed prints 18.2% for 2 of 11; the decimal column keeps it exactly, not as a binary fraction.
        var published = Query(db, $"SELECT CAST(published_percent AS VARCHAR) FROM '{_folder}/p/rates.parquet' WHERE indicator = 'reconsideration_correction_rate' AND numerator = 2");
        Assert.Contains(published, row => ((string)row[0]!).TrimEnd('0') == "18.2");
    }

    [Fact]
    public void Export_ReadmeQueries_RunOnTheExportAndFindWhatTheInputsHold()
    {
        var inputs = Inputs();
        var sample = CheckCommandTests.SampleText();
        File.WriteAllText(Path.Combine(inputs, "late.txt"), sample.Replace("发布时间:2021-01-05 14:11:08", "发布时间:2021-04-15 09:00:00", StringComparison.Ordinal), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(inputs, "bad-rate.txt"), sample.Replace("纠正率18.2%", "纠正率19.2%", StringComparison.Ordinal), new UTF8Encoding(false));
        var output = Path.Combine(_folder, "out");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", inputs, "-o", output, "--today", "2021-06-01").ExitCode);

        var queries = ReadmeQueries();
        Assert.Equal(3, queries.Count);
        using var db = Open();
        var pooled = Query(db, queries[0].Replace("'OUT/", $"'{output}/", StringComparison.Ordinal));
        var late = Query(db, queries[1].Replace("'OUT/", $"'{output}/", StringComparison.Ordinal));
        var worst = Query(db, queries[2].Replace("'OUT/", $"'{output}/", StringComparison.Ordinal));

        Assert.Contains(pooled, row => (string)row[2]! == "reconsideration_correction_rate");
        Assert.Contains(late, row => Convert.ToInt64(row[2], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var top = Assert.Single(worst, row => ((string)row[0]!).EndsWith("bad-rate.txt", StringComparison.Ordinal));
        Assert.Equal("19.2", top[5]);
    }

    [Fact]
    public void Export_Region_IsTheProvinceOfTheDivisionCodeAndTheReadmeQueryPoolsByIt()
    {
        var inputs = Path.Combine(_folder, "in");
        Directory.CreateDirectory(inputs);
        var lines = new[] { ("甲区人民政府", "440310", 1L, 10L), ("乙区人民政府", "440311", 50L, 100L), ("丙区人民政府", "510104", 5L, 10L), ("丁区人民政府", null, 3L, 30L) }
            .Select(r => RuleOfLawJson.Report.Serialize(AnAnnualReport.For(2022)
                .By(AReportingSubject.Named(r.Item1, r.Item1[..2]).WithDivisionCode(r.Item2).Build())
                .WithIndicatorValues(new IndicatorValue(NationalRates.ReconsiderationCorrection.Code, IndicatorScope.Subject, ReportYear.Of(2022), r.Item3, r.Item4))
                .Build()).ReplaceLineEndings(string.Empty));
        File.WriteAllLines(Path.Combine(inputs, "districts.jsonl"), lines);
        var output = Path.Combine(_folder, "out");

        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", inputs, "-o", output, "--today", "2023-06-01").ExitCode);

        using var db = Open();
        var regions = Query(db, $"SELECT division_code, region FROM '{output}/reports.parquet' ORDER BY report_id");
        Assert.Equal(["440310/440000", "440311/440000", "510104/510000", "/"], regions.Select(r => $"{r[0]}/{r[1]}"));
        var pooled = Query(db, ReadmeQueries()[0].Replace("'OUT/", $"'{output}/", StringComparison.Ordinal))
            .Select(r => $"{r[0]} {r[2]} {r[3]}/{r[4]} {Convert.ToDecimal(r[5], CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)} {r[6]}").ToArray();
        Assert.Equal(
            ["440000 reconsideration_correction_rate 51/110 46.36 2", "510000 reconsideration_correction_rate 5/10 50.00 1", " reconsideration_correction_rate 3/30 10.00 1"],
            pooled);
    }

    [Fact]
    public void Export_UnreadableInput_IsARowThatSaysWhyAndExitsTwo()
    {
        var inputs = Path.Combine(_folder, "in");
        Directory.CreateDirectory(inputs);
        File.WriteAllText(Path.Combine(inputs, "a.txt"), CheckCommandTests.SampleText(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(inputs, "b.json"), "{\"not\": \"a report\"}");
        var output = Path.Combine(_folder, "out");

        var result = CliRunner.Run("export", "--format", "csv", inputs, "-o", output);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("b.json", result.Error, StringComparison.Ordinal);
        using var db = Open();
        var rows = Query(db, $"SELECT status, problem FROM read_csv('{output}/reports.csv', header = true) ORDER BY report_id");
        Assert.Equal("report", rows[0][0]);
        Assert.Equal("unreadable", rows[1][0]);
        Assert.False(string.IsNullOrEmpty((string?)rows[1][1]));
        Assert.DoesNotContain("b.json", (string)rows[1][1]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithoutOutput_IsAUsageError()
    {
        var result = CliRunner.Run("export", Inputs());

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("--output", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_OutputIsAFile_IsOneLineNamingIt()
    {
        var file = Path.Combine(_folder, "taken");
        File.WriteAllText(file, "x");

        var result = CliRunner.Run("export", Inputs(), "-o", file);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("--output", StringComparison.Ordinal));
        Assert.Contains(file, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_CsvFieldsWithCommasQuotesAndLineBreaks_ReadBackUnchanged()
    {
        var inputs = Path.Combine(_folder, "in");
        Directory.CreateDirectory(inputs);
        const string heading = "加强领导,落实\"第一责任人\"职责";
        File.WriteAllText(Path.Combine(inputs, "a.txt"), "某区2020年法治政府建设年度报告\n一、" + heading + "\n办理35件。\n", new UTF8Encoding(false));
        var output = Path.Combine(_folder, "out");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", "--format", "csv", inputs, "-o", output, "--subject", "某区人民政府").ExitCode);

        using var db = Open();
        var headings = Query(db, $"SELECT heading FROM read_csv('{output}/sections.csv', header = true, quote = '\"', escape = '\"')");
        Assert.Equal(heading, Assert.Single(headings)[0]);
    }

    [Fact]
    public void Export_QuantitiesTable_SaysTheRoleAndTheChangeOfEachFigure()
    {
        var inputs = Path.Combine(_folder, "in");
        Directory.CreateDirectory(inputs);
        File.WriteAllText(
            Path.Combine(inputs, "a.txt"),
            "某区2020年法治政府建设年度报告\n一、化解行政争议\n全年收到行政复议申请35件，同比下降12.5%，其中经调解结案的占比42%。\n",
            new UTF8Encoding(false));
        var output = Path.Combine(_folder, "out");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", inputs, "-o", output, "--subject", "某区人民政府").ExitCode);

        using var db = Open();
        var rows = Query(db, $"SELECT printed, role, change_direction, change_unit, change_base, CAST(signed_value AS VARCHAR) FROM '{output}/quantities.parquet' ORDER BY span_start");

        Assert.Equal(
            [
                ["35件", "level", null, null, null, "35.000000000000000000"],
                ["12.5%", "level", "down", "percent", "同比", "-12.500000000000000000"],
                ["42%", "share", null, null, null, "42.000000000000000000"],
            ],
            rows.Select(row => row.Select(cell => cell as string).ToArray()).ToArray());
    }

    [Fact]
    public void Export_RatesTable_SaysTheNameKindAndWhereEachLinkedCountStands()
    {
        var inputs = Path.Combine(_folder, "in");
        Directory.CreateDirectory(inputs);
        const string text = "某区2020年法治政府建设年度报告\n一、化解行政争议\n受理复议案件11宗，其中，确认违法2宗，纠正率18.2%。全年执法协同响应率为96%。\n";
        File.WriteAllText(Path.Combine(inputs, "a.txt"), text, new UTF8Encoding(false));
        var output = Path.Combine(_folder, "out");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", inputs, "-o", output, "--subject", "某区人民政府").ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", "--format", "csv", inputs, "-o", output + "-csv", "--subject", "某区人民政府").ExitCode);

        using var db = Open();
        const string columns = "indicator, name, display_name, kind, numerator, numerator_link, numerator_span_start, numerator_span_length, denominator, denominator_link, denominator_span_start, denominator_span_length";
        var rows = Query(db, $"SELECT {columns} FROM '{output}/rates.parquet' ORDER BY path");
        var csv = Query(db, $"SELECT {columns} FROM read_csv('{output}-csv/rates.csv', header = true) ORDER BY path");

        Assert.Equal(2, rows.Count);
        var correction = rows[0];
        Assert.Equal(["reconsideration_correction_rate", "纠正率", "reconsideration correction rate", "rate"], correction[..4]);
        Assert.Equal((2L, "sameSentence", "2宗"), ((long)correction[4]!, correction[5], text.Substring((int)correction[6]!, (int)correction[7]!)));
        Assert.Equal((11L, "sameSentence", "11宗"), ((long)correction[8]!, correction[9], text.Substring((int)correction[10]!, (int)correction[11]!)));
        var unlisted = rows[1];
        Assert.Equal([IndicatorCode.ForUnlistedName("执法协同响应率").Value, "执法协同响应率", "执法协同响应率 (not a national indicator)", "rate"], unlisted[..4]);
        Assert.All(unlisted[4..], Assert.Null);
        Assert.Equal(rows.Select(r => string.Join("|", r.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)))), csv.Select(r => string.Join("|", r.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)))));
        var types = Query(db, $"SELECT column_name, column_type FROM (DESCRIBE SELECT numerator_span_start, numerator_span_length, denominator_span_start, denominator_span_length, name, kind FROM '{output}/rates.parquet')");
        Assert.Equal(["INTEGER", "INTEGER", "INTEGER", "INTEGER", "VARCHAR", "VARCHAR"], types.Select(t => (string)t[1]!));
    }

    /// <summary>A folder of real texts: the seed and four corpus texts of different kinds (one without a title line).</summary>
    private string Inputs()
    {
        var folder = Path.Combine(_folder, "in");
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "seed.txt"), CheckCommandTests.SampleText(), new UTF8Encoding(false));
            var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");
            foreach (var name in new[] { "101-moj-2022.txt", "116-lizi-township-2025.txt", "121-liangping-sifaju-2020.txt", "152-liandu-2023-enforcement.txt" })
            {
                File.Copy(Path.Combine(corpus, name), Path.Combine(folder, name));
            }
        }

        return folder;
    }

    private static IEnumerable<Domain.Reports.Section> Flatten(System.Collections.Immutable.ImmutableArray<Domain.Reports.Section> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static List<object?[]> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The column names per table, in order, from the tables of docs/export.md.</summary>
    private static Dictionary<string, List<string>> DocumentedColumns()
    {
        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "docs", "export.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = columns[line[3..].Trim()] = [];
            }
            else if (current is not null && Regex.Match(line, "^\\| `([a-z_]+)` \\|") is { Success: true } match)
            {
                current.Add(match.Groups[1].Value);
            }
        }

        return columns;
    }

    /// <summary>The SQL blocks of the README's "Tables for analysts" section.</summary>
    private static List<string> ReadmeQueries()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("## Tables for analysts", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return [.. Regex.Matches(readme[start..end], "```sql\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RuleOfLaw.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the repository root (RuleOfLaw.Domain.sln) is not above " + AppContext.BaseDirectory);
    }
}
