using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Cli.Output;
using RuleOfLaw.Cli.Output.Export;
using RuleOfLaw.Domain;
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
        // The language is known before parsing, so the help, the parser's own errors and the tool's are in it.
        var words = Words.For(LanguageOf(args, environment));
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = ParserResources.CultureFor(words) ?? culture;
        try
        {
            return Run(args, environment, words);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static int Run(string[] args, ConsoleEnvironment environment, Words words)
    {
        var root = BuildCommands(environment, words);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                environment.Error.WriteLine(words.Tool + error.Message);
            }

            environment.Error.WriteLine(words.SeeHelp);
            return ExitCodes.InputError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            environment.Error.WriteLine(words.Tool + e.GetMessage(words.Language));
            return ExitCodes.InputError;
        }
    }

    /// <summary>
    /// Gets the language of the output: the last <c>--lang zh|en</c> (or <c>--lang=zh</c>) before a lone <c>--</c>, else
    /// the environment's (<see cref="Words.FromEnvironment"/>). Any other value is the parser's to refuse.
    /// </summary>
    internal static MessageLanguage LanguageOf(IReadOnlyList<string> args, ConsoleEnvironment environment)
    {
        string? value = null;
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            var arg = args[i];
            if (arg == "--lang" && i + 1 < args.Count)
            {
                value = args[++i];
            }
            else if (arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal))
            {
                value = arg["--lang=".Length..];
            }
        }

        return value is "zh" or "en" ? Words.Parse(value) : Words.FromEnvironment(environment.Variable);
    }

    private static RootCommand BuildCommands(ConsoleEnvironment environment, Words words)
    {
        var root = new RootCommand(words.RootDescription);
        root.Options.Add(LanguageOption(words));
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            // The parser's zh-Hans resources leave this one line in English.
            help.Description = words.HelpDescription;
        }

        root.Subcommands.Add(CheckCommand(environment, words));
        root.Subcommands.Add(ReadCommand(environment, words));
        root.Subcommands.Add(ExportCommand(environment, words));
        root.Subcommands.Add(SchemaCommand(environment, words));
        root.Subcommands.Add(RulesCommand(environment, words));
        root.SetAction(_ =>
        {
            // No command is a usage error, said in one line with the commands there are (not silence).
            environment.Error.WriteLine(words.Tool + words.NoCommand(root.Subcommands.Select(c => c.Name)));
            return ExitCodes.InputError;
        });
        return root;
    }

    /// <summary>
    /// The <c>--lang</c> option, on every command: the language of headings, names and messages (codes, paths, numbers and
    /// JSON stay as they are). Without it the environment decides (<see cref="Words.FromEnvironment"/>). It is read before
    /// parsing (<see cref="LanguageOf"/>); the option is here for the help and to refuse other values.
    /// </summary>
    private static Option<string?> LanguageOption(Words words)
    {
        var option = new Option<string?>("--lang")
        {
            Description = words.LanguageDescription,
            Recursive = true,
        };
        OneOf(option, words, "zh", "en");
        return option;
    }

    private static Command CheckCommand(ConsoleEnvironment environment, Words words)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = words.CheckPathDescription,
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result => RefuseUnknownOptions(result, words));
        var format = new Option<string>("--format")
        {
            Description = words.CheckFormatDescription,
            DefaultValueFactory = _ => "text",
        };
        OneOf(format, words, "text", "json", "sarif", "msbuild");
        var rules = RulesOption(words.RulesDescription(Pipeline.ProfileNames), words);
        var today = TodayOption(words);
        var failOn = new Option<string>("--fail-on") { Description = words.FailOnDescription, DefaultValueFactory = _ => "error" };
        OneOf(failOn, words, "error", "warning");
        var fullReports = new Option<bool>("--full-reports") { Description = words.FullReportsDescription };

        var command = new Command("check", words.CheckDescription)
        {
            paths, format, rules, today, failOn, fullReports,
        };
        var readFlags = new ReadFlags(words);
        readFlags.AddTo(command);
        var limitFlags = new LimitFlags(words);
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
                words)
            {
                FullReports = result.GetValue(fullReports),
            };
            return Check(result.GetValue(paths) ?? Array.Empty<string>(), options, environment);
        });
        return command;
    }

    /// <summary>The <c>--rules</c> option: a built-in profile's name or a profile file, checked when parsed.</summary>
    private static Option<string> RulesOption(string description, Words words)
    {
        var rules = new Option<string>("--rules")
        {
            Description = description,
            DefaultValueFactory = _ => "national",
        };
        rules.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (RuleSetProfiles.Find(value) is null && !System.IO.File.Exists(value))
            {
                result.AddError(words.IsChinese ? Pipeline.NotAProfileInChinese(value) : Pipeline.NotAProfile(value));
            }
        });
        return rules;
    }

    /// <summary>The <c>--today</c> option: an ISO date, checked when parsed.</summary>
    private static Option<string?> TodayOption(Words words)
    {
        var today = new Option<string?>("--today") { Description = words.TodayDescription };
        today.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !LocalDatePattern.Iso.Parse(text).Success)
            {
                result.AddError(words.NotADate(text));
            }
        });
        return today;
    }

    /// <summary>The clock <c>--today</c> gives (stopped at the start of that day), else the environment's.</summary>
    private static IClock ClockOf(string? today, ConsoleEnvironment environment) =>
        today is not null ? new FixedClock(LocalDatePattern.Iso.Parse(today).Value, environment.Zone) : environment.Clock;

    private static Command ExportCommand(ConsoleEnvironment environment, Words words)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = words.ExportPathDescription,
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result => RefuseUnknownOptions(result, words));
        var format = new Option<string>("--format")
        {
            Description = words.ExportFormatDescription,
            DefaultValueFactory = _ => "parquet",
        };
        OneOf(format, words, "parquet", "csv");
        var output = new Option<string>("--output", "-o") { Description = words.OutputDescription, Required = true };
        var rules = RulesOption(words.ExportRulesDescription(Pipeline.ProfileNames), words);
        var today = TodayOption(words);

        var command = new Command("export", words.ExportDescription)
        {
            paths, format, output, rules, today,
        };
        var readFlags = new ReadFlags(words);
        readFlags.AddTo(command);
        var limitFlags = new LimitFlags(words);
        limitFlags.AddTo(command);
        command.SetAction(result =>
        {
            var clock = ClockOf(result.GetValue(today), environment);
            var options = new CheckOptions(CheckFormat.Json, new ReportValidator(Pipeline.ResolveRuleSet(result.GetValue(rules)!), clock), Severity.Error, readFlags.Options(result), limitFlags.Limits(result), Words.English);
            var expansion = InputLoader.Expand(result.GetValue(paths)!);
            foreach (var skipped in expansion.Skipped)
            {
                environment.Error.WriteLine(words.Tool + skipped.In(words.Language));
            }

            if (expansion.Files.Count == 0)
            {
                throw new InputException(Words.English.NoReports(InputLoader.ReportExtensions, result.GetValue(paths)!), Words.Chinese.NoReports(InputLoader.ReportExtensions, result.GetValue(paths)!));
            }

            var (checks, _) = Pipeline.CompareAcross(CheckMany(expansion.Files, options, environment, keep: c => c), options.Validator, Environment.ProcessorCount);
            var tables = ExportTables.Build(checks);
            var folder = result.GetValue(output)!;
            IReadOnlyList<string> written;
            try
            {
                written = TableWriters.Write(tables, result.GetValue(format) == "csv" ? ExportFormat.Csv : ExportFormat.Parquet, folder);
            }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
            {
                var why = e.Message.ReplaceLineEndings(" ");
                throw new InputException(Words.English.CannotWriteTables(folder, why), Words.Chinese.CannotWriteTables(folder, why), e);
            }

            foreach (var (table, file) in tables.Zip(written))
            {
                environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}\t{table.RowCount} rows"));
            }

            foreach (var failed in checks.Where(c => c.InputError is not null))
            {
                environment.Error.WriteLine(words.Tool + failed.WhyIn(words.Language));
            }

            return checks.Any(c => c.InputError is not null) ? ExitCodes.InputError : ExitCodes.Success;
        });
        return command;
    }

    private static Command ReadCommand(ConsoleEnvironment environment, Words words)
    {
        var path = new Argument<string>("PATH") { Description = words.ReadPathDescription };
        path.Validators.Add(result => RefuseUnknownOptions(result, words));
        var failOn = new Option<string>("--fail-on")
        {
            Description = words.ReadFailOnDescription,
            DefaultValueFactory = _ => "never",
        };
        OneOf(failOn, words, "never", "partial", "note");
        var command = new Command("read", words.ReadDescription)
        {
            path, failOn,
        };
        var readFlags = new ReadFlags(words);
        readFlags.AddTo(command);
        var limitFlags = new LimitFlags(words);
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
                environment.Error.WriteLine(words.IsChinese
                    ? $"{words.Tool}{input.Name}：读取方式：{document.Describe(MessageLanguage.Chinese)}"
                    : $"{words.Tool}{input.Name}: read as {document.Describe()}");
            }

            if (read is null)
            {
                environment.Out.WriteLine(RuleOfLawJson.Report.Serialize(report!));
                return ExitCodes.Success;
            }

            environment.Out.WriteLine(RuleOfLawJson.ReadDocument.Serialize(read));
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

    private static Command SchemaCommand(ConsoleEnvironment environment, Words words)
    {
        var document = new Argument<string>("DOCUMENT")
        {
            Description = words.SchemaDocumentDescription,
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "report",
        };
        OneOf(document, words, "report", "framework", "case-records", "validation-result", "read-document", "rule-set-profile");
        var command = new Command("schema", words.SchemaDescription) { document };
        command.SetAction(result =>
        {
            environment.Out.WriteLine(result.GetValue(document) switch
            {
                "framework" => RuleOfLawJson.Framework.GetSchema(),
                "case-records" => RuleOfLawJson.CaseRecords.GetSchema(),
                "validation-result" => RuleOfLawJson.ValidationResult.GetSchema(),
                "read-document" => RuleOfLawJson.ReadDocument.GetSchema(),
                "rule-set-profile" => RuleOfLawJson.GetRuleSetProfileSchema(),
                _ => RuleOfLawJson.Report.GetSchema(),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RulesCommand(ConsoleEnvironment environment, Words words)
    {
        var command = new Command("rules", words.RulesCommandDescription);
        command.SetAction(result =>
        {
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
            environment.Error.WriteLine(options.Words.Tool + skipped.In(options.Words.Language));
        }

        var files = expansion?.Files;
        if (files is { Count: 0 })
        {
            throw new InputException(Words.English.NoReports(InputLoader.ReportExtensions, paths), Words.Chinese.NoReports(InputLoader.ReportExtensions, paths));
        }

        var isBatch = files is not null && (files.Count > 1 || paths.Any(System.IO.Directory.Exists) || files.Any(JsonLinesFile.IsJsonLines));
        // A batch keeps of each check only what its output and the rules across reports need, unless asked for every report in full.
        Func<ReportCheck, ReportCheck> keep = options.Format == CheckFormat.Json && options.FullReports ? c => c : CompactCheck.Of;
        var (checks, pooled) = Pipeline.CompareAcross(isBatch ? CheckMany(files!, options, environment, keep) : [CheckOne(files?[0], options, environment)], options.Validator, Environment.ProcessorCount);

        if (options.Format == CheckFormat.Json)
        {
            JsonReport.Write(environment.Out, checks, pooled, full: !isBatch || options.FullReports);
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
            BatchReport.Write(environment, checks, pooled, options.Words, Environment.ProcessorCount);
        }
        else
        {
            TextReport.Write(environment.Out, checks[0], options.Words);
        }

        if (options.Format == CheckFormat.Text)
        {
            foreach (var failed in checks.Where(c => !c.IsChecked))
            {
                environment.Error.WriteLine(options.Words.Tool + failed.WhyIn(options.Words.Language));
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

    /// <summary>
    /// Checks the inputs of a batch streaming on every core (<see cref="BatchCheck"/>), keeping of each check what
    /// <paramref name="keep"/> keeps, and shows progress: a bar on a terminal, else a <c>checked N/M</c> line on standard
    /// error at each tenth (a JSON Lines file's records are counted as they are read: <c>checked N</c> each 10,000).
    /// </summary>
    private static ReportCheck[] CheckMany(IReadOnlyList<string> files, CheckOptions options, ConsoleEnvironment environment, Func<ReportCheck, ReportCheck> keep)
    {
        var inputs = BatchInput.Of(files, environment.OpenInput, options.Limits);
        int? total = files.Any(JsonLinesFile.IsJsonLines) ? null : files.Count;
        ReportCheck[] Run(Action<int> advance) =>
            BatchCheck.Run(inputs, options.Validator, options.Read, options.Limits, keep, Environment.ProcessorCount, advance);

        if (!environment.IsOutputRedirected && options.Format == CheckFormat.Text)
        {
            var checks = Array.Empty<ReportCheck>();
            BatchReport.Console(environment).Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask(options.Words.CheckingReports, maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                checks = Run(_ => task.Increment(1));
            });
            return checks;
        }

        var step = total is { } count ? Math.Max(1, count / 10) : 10_000;
        var result = Run(done =>
        {
            if (done % step == 0 || done == total)
            {
                lock (environment.Error)
                {
                    environment.Error.WriteLine(options.Words.Checked(done, total));
                }
            }
        });
        if (total is null)
        {
            environment.Error.WriteLine(options.Words.Checked(result.Length, result.Length));
        }

        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private enum CheckFormat
    {
        Text,
        Json,
        Sarif,
        MsBuild,
    }

    private sealed record CheckOptions(CheckFormat Format, ReportValidator Validator, Severity FailOn, Domain.Text.ReadOptions Read, InputLimits Limits, Words Words)
    {
        /// <summary>Gets whether <c>--format json</c> on a batch writes every report in full (<c>--full-reports</c>).</summary>
        public bool FullReports { get; init; }
    }

    /// <summary>
    /// Accepts only the given values, and says so in one line that names the option and the values (the parser's own
    /// message spans lines and names neither); the values are also offered for completion.
    /// </summary>
    private static void OneOf<T>(T symbol, Words words, params string[] values)
        where T : Symbol
    {
        var list = string.Join(", ", values);
        void Check(System.CommandLine.Parsing.SymbolResult result, IReadOnlyList<System.CommandLine.Parsing.Token> tokens, string name)
        {
            foreach (var token in tokens)
            {
                if (Array.IndexOf(values, token.Value) < 0)
                {
                    result.AddError(words.NotOneOf(name, token.Value, list));
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
    private static void RefuseUnknownOptions(System.CommandLine.Parsing.ArgumentResult result, Words words)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError(words.UnknownOption(token.Value));
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
