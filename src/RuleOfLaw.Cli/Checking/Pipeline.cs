using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Documents;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Checking;

/// <summary>read → validate → rates, for one input; the only place the CLI calls into the library's readers.</summary>
internal static class Pipeline
{
    private static readonly ValidationResult NoFindings = new(Array.Empty<ValidationIssue>());

    /// <summary>Gets the names <c>--rules</c> accepts besides a profile file: the built-in profiles.</summary>
    public static string ProfileNames { get; } = string.Join(", ", RuleSetProfiles.All.Select(profile => profile.Name));

    /// <summary>Gets the rule set <c>--rules</c> names: a built-in profile, or a profile file read strictly.</summary>
    /// <exception cref="InputException">The value names no profile and no file, or the file is not a valid profile.</exception>
    public static RuleSet ResolveRuleSet(string value)
    {
        if (RuleSetProfiles.Find(value) is { } profile)
        {
            return profile.RuleSet;
        }

        if (!System.IO.File.Exists(value))
        {
            throw new InputException(NotAProfile(value), NotAProfileInChinese(value));
        }

        try
        {
            using var stream = System.IO.File.OpenRead(value);
            return RuleOfLawJson.DeserializeRuleSetProfile(stream).RuleSet;
        }
        catch (JsonException e)
        {
            throw new InputException($"{value}: not a valid rule set profile: {OneLine(e.Message)}", $"{value}：不是有效的规则集配置：{OneLine(e.Message)}", e);
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{value}: cannot read the rule set profile: {OneLine(e.Message)}", $"{value}：无法读取规则集配置：{OneLine(e.Message)}", e);
        }
    }

    /// <summary>Says that <c>--rules</c> names neither a built-in profile nor a file.</summary>
    public static string NotAProfile(string value) => $"--rules: '{value}' is neither a rule set profile ({ProfileNames}) nor a profile file";

    /// <summary>Says in Chinese that <c>--rules</c> names neither a built-in profile nor a file.</summary>
    public static string NotAProfileInChinese(string value) => $"--rules：'{value}' 既不是规则集配置名（{ProfileNames}），也不是配置文件";

    /// <summary>
    /// The line for a JSON document the strict reader refused: the reader's own <c>path: rule</c> (the wire format's
    /// words, in English like the JSON Schema that states them), after the input's name and, in Chinese, what failed.
    /// </summary>
    private static InputException NotTheFormat(string name, JsonException e) =>
        new($"{name}: {OneLine(e.Message)}", $"{name}：JSON 文档不符合格式（{OneLine(e.Message)}）", e);

    /// <summary>Reads an input: a JSON report as it is, a text with the reader; throws <see cref="InputException"/> on malformed JSON.</summary>
    /// <returns>The report (null when the text gives too little to build one), the reader's result for a text, and its notes.</returns>
    public static (AnnualReport? Report, ReportReadResult? Read, ImmutableArray<ReadNote> Notes) Read(ReportInput input, ReadOptions options)
    {
        var read = ReadWithSpans(input, options);
        return (read.Report, read.Result, read.Notes);
    }

    /// <summary>Says what a text lacked for a report to be built and which flag supplies it.</summary>
    public static string Missing(ReportReadResult read)
    {
        var missing = read.Missing.Select(field => field switch
        {
            "title" => "no title line (give --title)",
            "year" => "no report year (give --year)",
            "subject" => "no reporting subject (give --subject)",
            _ => "no " + field,
        });
        return read.Missing.IsEmpty ? "no report could be built" : "no report could be built: the text states " + string.Join(" and ", missing);
    }

    /// <summary>Says in Chinese what a text lacked for a report to be built and which flag supplies it.</summary>
    public static string MissingInChinese(ReportReadResult read)
    {
        var missing = read.Missing.Select(field => field switch
        {
            "title" => "没有标题行（可用 --title 给出）",
            "year" => "没有报告年度（可用 --year 给出）",
            "subject" => "没有报告主体（可用 --subject 给出）",
            _ => "缺少" + field,
        });
        return read.Missing.IsEmpty ? "未能生成报告" : "未能生成报告：正文中" + string.Join("，", missing);
    }

    /// <summary>Runs the whole check on one input; input problems become <see cref="ReportCheck.InputError"/>.</summary>
    /// <param name="input">The input.</param>
    /// <param name="validator">The validator to run on the report read.</param>
    /// <param name="options">What the flags give the reader.</param>
    /// <param name="cancellation">Cancelled when the time limit passes; checked between reading, validating and analysing rates.</param>
    public static ReportCheck Check(ReportInput input, ReportValidator validator, ReadOptions options, CancellationToken cancellation = default)
    {
        try
        {
            if (input.Format == InputFormat.Json && (input.Utf8Json is { } utf8 ? JsonRoots.Of(utf8) : JsonRoots.Of(input.Content)) is var root && root != JsonRoot.Report)
            {
                return CheckOtherDocument(input, root, validator);
            }

            var read = ReadWithSpans(input, options);
            cancellation.ThrowIfCancellationRequested();
            if (read.Report is null)
            {
                // What was read of a report without a title, year or subject still has its rates checked and exported.
                var partialRates = read.Result?.Partial is { } partial ? RateAnalysis.Analyse(partial.IndicatorValues, validator.RuleSet.AcceptedRounding) : ImmutableArray<RateLine>.Empty;
                return new ReportCheck(input.Name, null, read.Notes, partialRates, NoFindings, null, read.Result, $"{input.Name}: {Missing(read.Result!)}")
                {
                    Locator = Locator(read),
                    ReadAs = input.Document?.Describe(),
                    ReadAsChinese = input.Document?.Describe(MessageLanguage.Chinese),
                    ChineseWhy = $"{input.Name}：{MissingInChinese(read.Result!)}",
                };
            }

            var locator = Locator(read);
            var rates = RateAnalysis.Analyse(read.Report, validator.RuleSet.AcceptedRounding);
            cancellation.ThrowIfCancellationRequested();
            var findings = validator.Validate(read.Report);
            return new ReportCheck(input.Name, read.Report, read.Notes, rates, findings, null, read.Result, null)
            {
                Locator = locator,
                ReadAs = input.Document?.Describe(),
                ReadAsChinese = input.Document?.Describe(MessageLanguage.Chinese),
            };
        }
        catch (InputException e)
        {
            return Failed(input.Name, e.Message, e.ChineseMessage);
        }
    }

    // Case registers and indicator frameworks are documents of their own: read strictly and validated by their rules.
    private static ReportCheck CheckOtherDocument(ReportInput input, JsonRoot root, ReportValidator validator)
    {
        try
        {
            var empty = ImmutableArray<ReadNote>.Empty;
            var noRates = ImmutableArray<RateLine>.Empty;
            if (root == JsonRoot.CaseRecords)
            {
                var records = input.Utf8Json is { } utf8 ? RuleOfLawJson.CaseRecords.Deserialize(utf8) : RuleOfLawJson.CaseRecords.Deserialize(input.Content);
                return new ReportCheck(input.Name, null, empty, noRates, validator.Validate(records), null, null, null) { CaseRecords = records };
            }

            var framework = input.Utf8Json is { } bytes ? RuleOfLawJson.Framework.Deserialize(bytes) : RuleOfLawJson.Framework.Deserialize(input.Content);
            return new ReportCheck(input.Name, null, empty, noRates, validator.Validate(framework), null, null, null) { Framework = framework };
        }
        catch (JsonException e)
        {
            throw NotTheFormat(input.Name, e);
        }
    }

    private static TextLocator? Locator(ReadOutcome read) => read.Result is { } result && read.Lines is { } lines ? new TextLocator(result, lines) : null;

    private static ReadOutcome ReadWithSpans(ReportInput input, ReadOptions options)
    {
        if (input.Format == InputFormat.Json)
        {
            try
            {
                var report = input.Utf8Json is { } utf8 ? RuleOfLawJson.Report.Deserialize(utf8) : RuleOfLawJson.Report.Deserialize(input.Content);
                return new ReadOutcome(report, null, ImmutableArray<ReadNote>.Empty, null);
            }
            catch (JsonException e)
            {
                throw NotTheFormat(input.Name, e);
            }
        }

        var read = input.Document?.Read(options);
        var result = read?.Read ?? ReportTextReader.Read(input.Content, options);
        var lines = new LineMap(input.Content);
        var notes = (read?.Notes ?? ImmutableArray<DocumentNote>.Empty)
            .Select(n => new ReadNote(n.Code, n.Message, -1, 0, null) { DocumentNote = n })
            .Concat(result.Diagnostics.Select(d => new ReadNote(d.Code, d.Message, d.Span?.Start ?? -1, d.Span?.Length ?? 0, d.Span is { } span ? lines.Locate(span) : null) { Diagnostic = d }))
            .ToImmutableArray();
        return new ReadOutcome(result.Report, result, notes, lines);
    }

    /// <summary>
    /// Runs the rules across reports (duplicates, plan follow-through, jumps, outliers) on the readable checks and adds
    /// each finding to the check of the report it names, its path made relative to that report; and pools their rates
    /// with <see cref="PooledRate.Pool"/> over the same set.
    /// </summary>
    /// <param name="checks">The checks, in input order.</param>
    /// <param name="validator">The validator whose rule set the rules across reports follow.</param>
    /// <param name="parallelism">How many threads the rules and the pooling may use at once; the result is the same whatever it is.</param>
    public static (ReportCheck[] Checks, ImmutableArray<PooledRate> Pooled) CompareAcross(ReportCheck[] checks, ReportValidator validator, int parallelism = 1)
    {
        var readable = checks.Select((c, i) => (Check: c, Index: i)).Where(c => c.Check.Report is not null).ToArray();
        var set = ReportSet.Of(readable.Select(c => c.Check.Report!));
        if (readable.Length < 2)
        {
            return (checks, PooledRate.Pool(set));
        }

        // The pooling reads the set only, so it runs beside the rules rather than after them.
        var pooling = parallelism > 1 ? System.Threading.Tasks.Task.Run(() => PooledRate.Pool(set)) : null;
        var found = validator.Validate(set, ComparisonSettings.Default.WithMaxDegreeOfParallelism(parallelism));
        var pooled = pooling?.GetAwaiter().GetResult() ?? PooledRate.Pool(set);
        var extra = new List<ValidationIssue>[checks.Length];
        foreach (var issue in found.Issues)
        {
            var (report, path) = SplitSetPath(issue.Path);
            var target = readable[report].Index;
            (extra[target] ??= []).Add(new ValidationIssue(issue.Code, issue.Severity, path, issue.Message, issue.Values));
        }

        var result = (ReportCheck[])checks.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            if (extra[i] is { } issues)
            {
                result[i] = result[i] with { Findings = new ValidationResult(result[i].Findings.Issues.Concat(issues)) };
            }
        }

        return (result, pooled);
    }

    private static (int Report, string Path) SplitSetPath(string path)
    {
        // Paths of set findings start with Reports[i]; the rest is the path inside that report.
        var close = path.IndexOf(']', StringComparison.Ordinal);
        var index = int.Parse(path.AsSpan("Reports[".Length, close - "Reports[".Length), System.Globalization.CultureInfo.InvariantCulture);
        var rest = path[(close + 1)..];
        return (index, rest.StartsWith('.') ? rest[1..] : rest);
    }

    /// <summary>A check of an input that could not be read.</summary>
    public static ReportCheck Failed(string name, string message, string? chineseMessage = null) =>
        new(name, null, ImmutableArray<ReadNote>.Empty, ImmutableArray<RateLine>.Empty, NoFindings, OneLine(message), null, null)
        {
            ChineseWhy = chineseMessage is null ? null : OneLine(chineseMessage),
        };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private sealed record ReadOutcome(AnnualReport? Report, ReportReadResult? Result, ImmutableArray<ReadNote> Notes, LineMap? Lines);

}
