using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Cli.Output;
using RuleOfLaw.Cli.Output.Export;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Validation;
using Spectre.Console;

namespace RuleOfLaw.Cli;

/// <summary>The <c>rol</c> command tree: check, read, schema and rules. Runs in-process for tests.</summary>
internal static class RolApplication
{
    public static int Run(string[] args, ConsoleEnvironment environment)
    {
        var root = BuildCommands(environment);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine("rol: " + error.Message);
            }

            environment.Error.WriteLine("Run 'rol --help' for usage.");
            return ExitCodes.InputError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            environment.Error.WriteLine("rol: " + e.Message);
            return ExitCodes.InputError;
        }
    }

    private static RootCommand BuildCommands(ConsoleEnvironment environment)
    {
        var root = new RootCommand("rol: reads annual rule-of-law government reports (法治政府建设年度报告), validates them and checks their rates.");
        root.Options.Add(Language);
        root.Subcommands.Add(CheckCommand(environment));
        root.Subcommands.Add(ReadCommand(environment));
        root.Subcommands.Add(ExportCommand(environment));
        root.Subcommands.Add(SchemaCommand(environment));
        root.Subcommands.Add(RulesCommand(environment));
        root.SetAction(_ =>
        {
            // No command is a usage error, said in one line with the commands there are (not silence).
            environment.Error.WriteLine("rol: no command given; the commands are " + string.Join(", ", root.Subcommands.Select(c => c.Name)) + ". Run 'rol --help' for usage, or 'rol check' to check the built-in sample.");
            return ExitCodes.InputError;
        });
        return root;
    }

    /// <summary>
    /// The <c>--lang</c> option, on every command: the language of headings, names and messages (codes, paths, numbers and
    /// JSON stay as they are). Without it the environment decides (<see cref="Words.FromEnvironment"/>).
    /// </summary>
    private static readonly Option<string?> Language = LanguageOption();

    private static Option<string?> LanguageOption()
    {
        var option = new Option<string?>("--lang")
        {
            Description = "Language of the text output: zh (中文) or en; default: Chinese when LC_ALL, LC_MESSAGES or LANG names a zh locale, else English.",
            Recursive = true,
        };
        OneOf(option, "zh", "en");
        return option;
    }

    /// <summary>The words of the language <c>--lang</c> gives, else the environment's.</summary>
    private static Words WordsOf(System.CommandLine.ParseResult result, ConsoleEnvironment environment) =>
        Words.For(result.GetValue(Language) is { } lang ? Words.Parse(lang) : Words.FromEnvironment(environment.Variable));

    private static Command CheckCommand(ConsoleEnvironment environment)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Reports as text, web pages, Word or PDF, JSON documents (a report, case registers or an indicator framework), JSON Lines files (.jsonl, one report per line), folders of them, or - for standard input. None: the built-in sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(RefuseUnknownOptions);
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json, sarif (SARIF 2.1.0 for code-scanning tools) or msbuild (file(line,col): warning ROL0007: message).",
            DefaultValueFactory = _ => "text",
        };
        OneOf(format, "text", "json", "sarif", "msbuild");
        var rules = RulesOption("Rule set profile");
        var today = TodayOption();
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at least this severe: error or warning.", DefaultValueFactory = _ => "error" };
        OneOf(failOn, "error", "warning");

        var command = new Command("check", "Read, validate and check the rates of reports; exit 0 (clean), 1 (findings at the fail level, or a text too incomplete for a report) or 2 (usage error, or input that is not text).")
        {
            paths, format, rules, today, failOn,
        };
        var readFlags = new ReadFlags();
        readFlags.AddTo(command);
        var limitFlags = new LimitFlags();
        limitFlags.AddTo(command);
        command.SetAction(result =>
        {
            var clock = ClockOf(result.GetValue(today), environment);
            var options = new CheckOptions(
                result.GetValue(format) switch
                {
                    "json" => CheckFormat.Json,
                    "sarif" => CheckFormat.Sarif,
                    "msbuild" => CheckFormat.MsBuild,
                    _ => CheckFormat.Text,
                },
                new ReportValidator(Pipeline.ResolveRuleSet(result.GetValue(rules)!), clock),
                result.GetValue(failOn) == "warning" ? Severity.Warning : Severity.Error,
                readFlags.Options(result),
                limitFlags.Limits(result),
                WordsOf(result, environment));
            return Check(result.GetValue(paths) ?? Array.Empty<string>(), options, environment);
        });
        return command;
    }

    /// <summary>The <c>--rules</c> option: a built-in profile's name or a profile file, checked when parsed.</summary>
    private static Option<string> RulesOption(string what)
    {
        var rules = new Option<string>("--rules")
        {
            Description = what + ": " + Pipeline.ProfileNames + ", or a profile file (.json; see 'rol schema rule-set-profile').",
            DefaultValueFactory = _ => "national",
        };
        rules.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (RuleSetProfiles.Find(value) is null && !System.IO.File.Exists(value))
            {
                result.AddError($"--rules: '{value}' is neither a rule set profile ({Pipeline.ProfileNames}) nor a profile file");
            }
        });
        return rules;
    }

    /// <summary>The <c>--today</c> option: an ISO date, checked when parsed.</summary>
    private static Option<string?> TodayOption()
    {
        var today = new Option<string?>("--today") { Description = "The date deadline rules take as today (yyyy-MM-dd); default: the system clock in Beijing time." };
        today.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !LocalDatePattern.Iso.Parse(text).Success)
            {
                result.AddError($"--today: '{text}' is not a date in the form yyyy-MM-dd");
            }
        });
        return today;
    }

    /// <summary>The clock <c>--today</c> gives (stopped at the start of that day), else the environment's.</summary>
    private static IClock ClockOf(string? today, ConsoleEnvironment environment) =>
        today is not null ? new FixedClock(LocalDatePattern.Iso.Parse(today).Value, environment.Zone) : environment.Clock;

    private static Command ExportCommand(ConsoleEnvironment environment)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Reports as text, web pages, Word, PDF, JSON or JSON Lines (.jsonl, one report per line), folders of them, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(RefuseUnknownOptions);
        var format = new Option<string>("--format")
        {
            Description = "Table format: parquet (default) or csv.",
            DefaultValueFactory = _ => "parquet",
        };
        OneOf(format, "parquet", "csv");
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the tables into (created if missing; files of the same names are replaced).", Required = true };
        var rules = RulesOption("Rule set profile for the findings table");
        var today = TodayOption();

        var command = new Command("export", "Check reports and write flat tables for analysts (reports, sections, quantities, rates, findings, spans; docs/export.md), joined by report_id. Exit 0, or 2 when an input could not be read (its row says why).")
        {
            paths, format, output, rules, today,
        };
        var readFlags = new ReadFlags();
        readFlags.AddTo(command);
        var limitFlags = new LimitFlags();
        limitFlags.AddTo(command);
        command.SetAction(result =>
        {
            var clock = ClockOf(result.GetValue(today), environment);
            var options = new CheckOptions(CheckFormat.Json, new ReportValidator(Pipeline.ResolveRuleSet(result.GetValue(rules)!), clock), Severity.Error, readFlags.Options(result), limitFlags.Limits(result), Words.English);
            var expansion = InputLoader.Expand(result.GetValue(paths)!);
            foreach (var skipped in expansion.Skipped)
            {
                environment.Error.WriteLine("rol: " + skipped);
            }

            if (expansion.Files.Count == 0)
            {
                throw new InputException("no reports (" + string.Join(", ", InputLoader.ReportExtensions) + ") found in " + string.Join(", ", result.GetValue(paths)!));
            }

            var checks = Pipeline.CompareAcross(CheckMany(expansion.Files, options, environment), options.Validator);
            var tables = ExportTables.Build(checks);
            var folder = result.GetValue(output)!;
            IReadOnlyList<string> written;
            try
            {
                written = TableWriters.Write(tables, result.GetValue(format) == "csv" ? ExportFormat.Csv : ExportFormat.Parquet, folder);
            }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
            {
                throw new InputException($"--output: cannot write the tables into '{folder}': {e.Message.ReplaceLineEndings(" ")}", e);
            }

            foreach (var (table, file) in tables.Zip(written))
            {
                environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}\t{table.RowCount} rows"));
            }

            foreach (var failed in checks.Where(c => c.InputError is not null))
            {
                environment.Error.WriteLine("rol: " + failed.InputError);
            }

            return checks.Any(c => c.InputError is not null) ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }

    private static Command ReadCommand(ConsoleEnvironment environment)
    {
        var path = new Argument<string>("PATH") { Description = "A report as text (.txt, UTF-8 or GBK), a web page (.html, .htm), Word (.docx), PDF (.pdf) or JSON (.json), or - for standard input." };
        path.Validators.Add(RefuseUnknownOptions);
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when the read is incomplete (partial: no report could be built) or left any note (note); default: never.",
            DefaultValueFactory = _ => "never",
        };
        OneOf(failOn, "never", "partial", "note");
        var command = new Command("read", "Read a report and print it: a text as a read document (the report when one could be built, every fact found with its span, notes), a JSON report as it is. Exit 0, 1 with --fail-on, 2 for input that is not text.")
        {
            path, failOn,
        };
        var readFlags = new ReadFlags();
        readFlags.AddTo(command);
        var limitFlags = new LimitFlags();
        limitFlags.AddTo(command);
        command.SetAction(result =>
        {
            var options = readFlags.Options(result);
            var limits = limitFlags.Limits(result);
            var name = result.GetValue(path)!;
            var (input, report, read) = Deadline.Run(name, limits, _ =>
            {
                var loaded = InputLoader.Load(name, environment.OpenInput, limits);
                var outcome = Pipeline.Read(loaded, options);
                return (loaded, outcome.Report, outcome.Read);
            });
            if (input.Document is { } document)
            {
                environment.Error.WriteLine($"rol: {input.Name}: read as {document.Describe()}");
            }

            if (read is null)
            {
                environment.Out.WriteLine(RuleOfLawJson.Serialize(report!));
                return ExitCodes.Success;
            }

            environment.Out.WriteLine(RuleOfLawJson.Serialize(read));
            var fails = result.GetValue(failOn) switch
            {
                "partial" => read.Report is null,
                "note" => read.Report is null || !read.Diagnostics.IsEmpty,
                _ => false,
            };
            return fails ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static Command SchemaCommand(ConsoleEnvironment environment)
    {
        var document = new Argument<string>("DOCUMENT")
        {
            Description = "Which document: report (the default), framework, case-records, validation-result, read-document or rule-set-profile.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "report",
        };
        OneOf(document, "report", "framework", "case-records", "validation-result", "read-document", "rule-set-profile");
        var command = new Command("schema", "Print the JSON Schema of a document of the wire format.") { document };
        command.SetAction(result =>
        {
            environment.Out.WriteLine(result.GetValue(document) switch
            {
                "framework" => RuleOfLawJson.GetIndicatorFrameworkSchema(),
                "case-records" => RuleOfLawJson.GetCaseRecordsSchema(),
                "validation-result" => RuleOfLawJson.GetValidationResultSchema(),
                "read-document" => RuleOfLawJson.GetReadDocumentSchema(),
                "rule-set-profile" => RuleOfLawJson.GetRuleSetProfileSchema(),
                _ => RuleOfLawJson.GetAnnualReportSchema(),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RulesCommand(ConsoleEnvironment environment)
    {
        var command = new Command("rules", "List every code of the catalogue, validation findings (ROL) then reading notes (ROLT), with its default severity, scope, rule or reading step, title and source (docs/rules.md).");
        command.SetAction(result =>
        {
            var words = WordsOf(result, environment);
            foreach (var rule in DiagnosticCatalogue.All)
            {
                environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{rule.Code}  {TextReport.Padded(words.Severity(rule.DefaultSeverity), words)}  {rule.Scope,-8}  {rule.Rule,-7} {rule.GetTitle(words.Language)} — {rule.Source}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int Check(string[] paths, CheckOptions options, ConsoleEnvironment environment)
    {
        var expansion = paths.Length == 0 ? null : InputLoader.Expand(paths);
        foreach (var skipped in expansion?.Skipped ?? [])
        {
            environment.Error.WriteLine("rol: " + skipped);
        }

        var files = expansion?.Files;
        if (files is { Count: 0 })
        {
            throw new InputException("no reports (" + string.Join(", ", InputLoader.ReportExtensions) + ") found in " + string.Join(", ", paths));
        }

        var isBatch = files is not null && (files.Count > 1 || paths.Any(System.IO.Directory.Exists) || files.Any(JsonLinesFile.IsJsonLines));
        var checks = isBatch ? Pipeline.CompareAcross(CheckMany(files!, options, environment), options.Validator) : new[] { CheckOne(files?[0], options, environment) };
        var pooled = RateAnalysis.Pool(checks.Where(c => c.Report is not null).Select(c => c.Report!))
            .Select(p => (p.Indicator.Value, p.Pooled, p.Reports))
            .ToArray();

        if (options.Format == CheckFormat.Json)
        {
            JsonReport.Write(environment.Out, checks, pooled);
        }
        else if (options.Format == CheckFormat.Sarif)
        {
            SarifReport.Write(environment.Out, checks);
        }
        else if (options.Format == CheckFormat.MsBuild)
        {
            MsBuildReport.Write(environment.Out, checks, options.Words);
        }
        else if (isBatch)
        {
            BatchReport.Write(environment, checks, pooled, options.Words);
        }
        else
        {
            TextReport.Write(environment.Out, checks[0], options.Words);
        }

        if (options.Format == CheckFormat.Text)
        {
            foreach (var failed in checks.Where(c => !c.IsChecked))
            {
                environment.Error.WriteLine("rol: " + failed.WhyIn(options.Words.Language));
            }
        }

        if (checks.Any(c => c.InputError is not null))
        {
            return ExitCodes.InputError;
        }

        return checks.Any(c => c.IsPartial || c.Findings.Issues.Any(i => i.Severity >= options.FailOn)) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static ReportCheck CheckOne(string? path, CheckOptions options, ConsoleEnvironment environment)
    {
        try
        {
            return Deadline.Run(path ?? BuiltInSample.Name, options.Limits, cancellation =>
            {
                var input = path is null ? BuiltInSample.Load() : InputLoader.Load(path, environment.OpenInput, options.Limits);
                return Pipeline.Check(input, options.Validator, options.Read, cancellation);
            });
        }
        catch (InputException e)
        {
            return Pipeline.Failed(path ?? "-", e.Message, e.ChineseMessage);
        }
    }

    private static ReportCheck[] CheckMany(IReadOnlyList<string> files, CheckOptions options, ConsoleEnvironment environment)
    {
        var inputs = BatchInput.Of(files, environment.OpenInput, options.Limits).ToArray();
        var checks = new ReportCheck[inputs.Length];
        var done = 0;

        void CheckAt(int index, Action? advance)
        {
            var input = inputs[index];
            ReportCheck check;
            try
            {
                check = Deadline.Run(input.Name, options.Limits, cancellation =>
                    Pipeline.Check(input.Load(), options.Validator, options.Read, cancellation));
            }
            catch (InputException e)
            {
                check = Pipeline.Failed(input.Name, e.Message, e.ChineseMessage);
            }

            checks[index] = input.Line is null ? check : check with { File = input.File, Line = input.Line };
            advance?.Invoke();
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        if (!environment.IsOutputRedirected && options.Format == CheckFormat.Text)
        {
            var console = BatchReport.Console(environment);
            console.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("Checking reports", maxValue: inputs.Length);
                Parallel.For(0, inputs.Length, parallel, i => CheckAt(i, () => task.Increment(1)));
            });
        }
        else
        {
            var step = Math.Max(1, inputs.Length / 10);
            Parallel.For(0, inputs.Length, parallel, i => CheckAt(i, () =>
            {
                var count = Interlocked.Increment(ref done);
                if (count % step == 0 || count == inputs.Length)
                {
                    lock (environment.Error)
                    {
                        environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checked {count}/{inputs.Length}"));
                    }
                }
            }));
        }

        return checks;
    }

    private enum CheckFormat
    {
        Text,
        Json,
        Sarif,
        MsBuild,
    }

    private sealed record CheckOptions(CheckFormat Format, ReportValidator Validator, Severity FailOn, Domain.Text.ReadOptions Read, InputLimits Limits, Words Words);

    /// <summary>
    /// Accepts only the given values, and says so in one line that names the option and the values (the parser's own
    /// message spans lines and names neither); the values are also offered for completion.
    /// </summary>
    private static void OneOf<T>(T symbol, params string[] values)
        where T : Symbol
    {
        var list = string.Join(", ", values);
        void Check(System.CommandLine.Parsing.SymbolResult result, IReadOnlyList<System.CommandLine.Parsing.Token> tokens, string name)
        {
            foreach (var token in tokens)
            {
                if (Array.IndexOf(values, token.Value) < 0)
                {
                    result.AddError($"{name}: '{token.Value}' is not one of {list}");
                }
            }
        }

        switch (symbol)
        {
            case Option<string> option:
                option.Validators.Add(result => Check(result, result.Tokens, option.Name));
                option.CompletionSources.Add(values);
                break;
            case Argument<string> argument:
                argument.Validators.Add(result => Check(result, result.Tokens, argument.Name));
                argument.CompletionSources.Add(values);
                break;
            default:
                throw new ArgumentException("OneOf takes a string option or argument, not " + symbol.GetType().Name, nameof(symbol));
        }
    }

    /// <summary>
    /// A PATH that looks like an option (<c>--bogus</c>, <c>-x</c>) is an unknown option, a usage error: the parser would
    /// otherwise take it as a file name and say the file is missing. A file named so is given as <c>./--bogus</c>.
    /// </summary>
    private static void RefuseUnknownOptions(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"unknown option '{token.Value}' (a file whose name begins with '-' is given as ./{token.Value})");
            }
        }
    }

    /// <summary>A clock stopped at the start of a given day in a given zone, for <c>--today</c>.</summary>
    private sealed class FixedClock(LocalDate today, DateTimeZone zone) : IClock
    {
        private readonly Instant _now = today.AtStartOfDayInZone(zone).ToInstant();

        public Instant GetCurrentInstant() => _now;
    }
}
