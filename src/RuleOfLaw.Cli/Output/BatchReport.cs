using System.Collections.Generic;
using System.IO;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Validation;
using Spectre.Console;

namespace RuleOfLaw.Cli.Output;

/// <summary>Writes a batch: each report's findings, a summary table across reports and the pooled rates.</summary>
internal static class BatchReport
{
    public static IAnsiConsole Console(ConsoleEnvironment environment)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Out),
            Ansi = environment.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = environment.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = environment.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
        });

        // Redirected output has no terminal width; keep tables on one line per row for files and pipes.
        if (environment.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    /// <summary>Writes the batch: each check's lines in input order, then the summary and the pooled rates.</summary>
    /// <param name="environment">Where to write.</param>
    /// <param name="checks">The checks, in input order.</param>
    /// <param name="pooled">The rates pooled across the checks' reports.</param>
    /// <param name="words">The output's language.</param>
    /// <param name="parallelism">How many threads format the checks' lines at once; the text is the same whatever it is.</param>
    public static void Write(ConsoleEnvironment environment, IReadOnlyList<ReportCheck> checks, IReadOnlyList<PooledRate> pooled, Words words, int parallelism = 1)
    {
        var output = environment.Out;
        if (parallelism <= 1)
        {
            foreach (var check in checks)
            {
                WriteCheck(output, check, words);
            }
        }
        else
        {
            WriteInParallel(output, checks, words, parallelism);
        }

        output.WriteLine();
        var readable = checks.Where(c => c.IsChecked).ToArray();
        var table = new Table().Title(words.Summary).AddColumns(words.SummaryColumns);
        table.AddRow(
            Invariant($"{checks.Count}"),
            Invariant($"{checks.Count - readable.Length}"),
            Invariant($"{readable.Count(c => c.Findings.HasErrors)}"),
            Invariant($"{readable.Sum(c => c.Count(Severity.Error))}"),
            Invariant($"{readable.Sum(c => c.Count(Severity.Warning))}"),
            Invariant($"{readable.Count(c => c.Findings.Has(ValidationCodes.PublishedLate))}"),
            Invariant($"{readable.Count(c => c.Findings.Has(ValidationCodes.RequiredPartMissing))}"));
        var console = Console(environment);
        console.Write(table);

        // The text shows the pools over all regions; the JSON output has the per-region pools too.
        var overall = pooled.Where(p => p.Region is null).ToArray();
        if (overall.Length > 0)
        {
            var rates = new Table().Title(words.PooledHeading).AddColumns(words.PooledColumns);
            foreach (var pool in overall)
            {
                rates.AddRow(
                    words.Rate(pool.Indicator, pool.Name),
                    Invariant($"{pool.Year.Year}"),
                    words.Level(pool.Level),
                    Invariant($"{pool.Rate.Numerator}"),
                    Invariant($"{pool.Rate.Denominator}"),
                    pool.Percent is { } percent ? Invariant($"{percent}%") : words.NotApplicable,
                    Invariant($"{pool.Units}"));
            }

            console.Write(rates);
        }
    }

    /// <summary>
    /// Formats blocks of checks on several threads and writes them in order, a window of blocks at a time, so no more
    /// than a window's text is held at once.
    /// </summary>
    private static void WriteInParallel(TextWriter output, IReadOnlyList<ReportCheck> checks, Words words, int parallelism)
    {
        const int Block = 256;
        var blocks = (checks.Count + Block - 1) / Block;
        var window = new string[parallelism * 4];
        for (var first = 0; first < blocks; first += window.Length)
        {
            var count = System.Math.Min(window.Length, blocks - first);
            System.Threading.Tasks.Parallel.For(0, count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = parallelism }, b =>
            {
                var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = output.NewLine };
                var end = System.Math.Min(checks.Count, (first + b + 1) * Block);
                for (var i = (first + b) * Block; i < end; i++)
                {
                    WriteCheck(text, checks[i], words);
                }

                window[b] = text.ToString();
            });

            for (var b = 0; b < count; b++)
            {
                output.Write(window[b]);
                window[b] = null!;
            }
        }
    }

    private static void WriteCheck(TextWriter output, ReportCheck check, Words words)
    {
        if (!check.IsChecked)
        {
            output.WriteLine(check.InputError is null ? words.Partial(check.WhyIn(words.Language)!) : words.Unreadable(check.WhyIn(words.Language)!));
            return;
        }

        // Each line is written piece by piece: a batch writes hundreds of thousands, and a composite format parsed per line showed.
        output.Write(check.Name);
        if (check.ReadAsIn(words.Language) is { } readAs)
        {
            output.Write(" (");
            output.Write(readAs);
            output.Write(')');
        }

        output.Write(": ");
        output.Write(check.Report?.Title ?? TextReport.OtherDocument(check, words));
        output.Write(" — ");
        output.WriteLine(words.Counts(check.Count(Severity.Error), check.Count(Severity.Warning)));
        // A record of a JSON Lines file places all its findings on its line: that place is formatted once.
        var everyPlace = check.EveryFindingsLocation is { } shared ? Words.Place(shared) : null;
        foreach (var issue in check.Findings.Issues)
        {
            output.Write("  ");
            WritePadded(output, words.Severity(issue.Severity), words);
            output.Write(' ');
            output.Write(issue.Code);
            output.Write(' ');
            output.Write(issue.Path);
            if ((everyPlace ?? (check.LocationOf(issue) is { } location ? Words.Place(location) : null)) is { } place)
            {
                output.Write(' ');
                output.Write(place);
            }

            output.Write(words.Colon);
            output.WriteLine(issue.GetMessage(words.Language));
        }

        foreach (var rate in check.Rates.Where(r => r.Verdict == RateVerdict.Inconsistent))
        {
            output.WriteLine(Invariant($"  {TextReport.Padded(words.RateWord, words)} {words.Rate(rate.Indicator, rate.Name)}{words.Colon}{words.Explain(rate)}"));
        }
    }

    // As TextReport.Padded, without a padded copy of the word per finding.
    private static void WritePadded(TextWriter output, string severity, Words words)
    {
        output.Write(severity);
        for (var width = severity.Length; words.Language != Domain.MessageLanguage.Chinese && width < TextReport.SeverityWidth; width++)
        {
            output.Write(' ');
        }
    }

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
