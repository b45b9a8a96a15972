using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Checking;

/// <summary>read → validate → rates, for one input; the only place the CLI calls into the library's readers.</summary>
internal static class Pipeline
{
    private static readonly ValidationResult NoFindings = new(Array.Empty<ValidationIssue>());

    /// <summary>Names the rule sets <c>--rules</c> accepts: <c>national</c> and the national set with each overlay.</summary>
    public static IReadOnlyDictionary<string, RuleSet> RuleSets { get; } = BuildRuleSets();

    /// <summary>Reads an input into a report; throws <see cref="InputException"/> when it cannot.</summary>
    public static (AnnualReport Report, ImmutableArray<ReadNote> Notes) Read(ReportInput input)
    {
        if (input.Format == InputFormat.Json)
        {
            try
            {
                return (RuleOfLawJson.DeserializeAnnualReport(input.Content), ImmutableArray<ReadNote>.Empty);
            }
            catch (JsonException e)
            {
                throw new InputException($"{input.Name}: {OneLine(e.Message)}", e);
            }
        }

        var result = ReportTextReader.Read(input.Content);
        var notes = result.Diagnostics
            .Select(d => new ReadNote(d.Code, d.Message, d.Span?.Start ?? -1, d.Span?.Length ?? 0))
            .ToImmutableArray();
        if (result.Report is null)
        {
            var why = notes.IsEmpty ? "no report title and year found" : notes[0].Message;
            throw new InputException($"{input.Name}: not a readable report: {OneLine(why)}");
        }

        return (result.Report, notes);
    }

    /// <summary>Runs the whole check on one input; input problems become <see cref="ReportCheck.InputError"/>.</summary>
    public static ReportCheck Check(ReportInput input, ReportValidator validator)
    {
        try
        {
            var (report, notes) = Read(input);
            return new ReportCheck(input.Name, report, notes, RateAnalysis.Analyse(report, validator.RuleSet.AcceptedRounding), validator.Validate(report), null);
        }
        catch (InputException e)
        {
            return Failed(input.Name, e.Message);
        }
    }

    /// <summary>A check of an input that could not be read.</summary>
    public static ReportCheck Failed(string name, string message) =>
        new(name, null, ImmutableArray<ReadNote>.Empty, ImmutableArray<RateLine>.Empty, NoFindings, OneLine(message));

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static Dictionary<string, RuleSet> BuildRuleSets()
    {
        var sets = new Dictionary<string, RuleSet>(StringComparer.OrdinalIgnoreCase) { ["national"] = RuleSet.National };
        foreach (var overlay in new[]
        {
            RuleSetOverlays.ProvincialGuideline,
            RuleSetOverlays.DepartmentSubmissionDeadline,
            RuleSetOverlays.DemonstrationAreaReporting,
            RuleSetOverlays.PrincipalLeaderSignOff,
        })
        {
            sets[Kebab(overlay.Name)] = RuleSet.National.With(overlay);
        }

        return sets;
    }

    private static string Kebab(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        foreach (var c in name.Trim())
        {
            if (char.IsUpper(c) && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return builder.ToString().Replace("--", "-", StringComparison.Ordinal);
    }
}
