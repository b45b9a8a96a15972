using System.Collections.Generic;
using System.Globalization;
using System.IO;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Output;

/// <summary>
/// Writes checks in the MSBuild canonical message format that editors and CI parse:
/// <c>file(line,col): warning ROL0007: message</c>, one line per finding and reading note.
/// </summary>
/// <remarks>
/// The category is <c>error</c> or <c>warning</c> as the rule set says; findings of severity info and reading notes
/// are written with the category <c>info</c>, which tools that know only errors and warnings skip. A finding without a
/// place in the text (every finding of a JSON input) names the file alone: <c>file: error ROL0002: message</c>. An
/// input that could not be read is one <c>file: error rol: why</c> line.
/// </remarks>
internal static class MsBuildReport
{
    public static void Write(TextWriter output, IReadOnlyList<ReportCheck> checks, Words words)
    {
        foreach (var check in checks)
        {
            if (!check.IsChecked)
            {
                output.WriteLine(Line(check.File, check.Line is { } line ? new TextLocation(line, 1, line + 1, 1) : null, "error", "rol", check.ProblemIn(words.Language) ?? "cannot be read"));
                continue;
            }

            for (var i = 0; i < check.Findings.Issues.Length; i++)
            {
                var issue = check.Findings.Issues[i];
                var message = issue.Path.Length == 0 ? issue.GetMessage(words.Language) : issue.Path + ": " + issue.GetMessage(words.Language);
                output.WriteLine(Line(check.File, check.LocationOf(issue), Category(issue.Severity), issue.Code, message));
            }

            foreach (var note in check.ReadNotes)
            {
                // A reading note's category is its descriptor's severity; document notes (ROLDOC) are not in the catalogue and are info.
                var category = DiagnosticCatalogue.TryDescribe(note.Code, out var descriptor) ? Category(descriptor!.DefaultSeverity) : "info";
                output.WriteLine(Line(check.File, note.Location, category, note.Code, note.GetMessage(words.Language)));
            }
        }
    }

    private static string Category(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string Line(string file, TextLocation? location, string category, string code, string message)
    {
        var origin = location is null ? file : string.Create(CultureInfo.InvariantCulture, $"{file}({location.Line},{location.Column})");
        return origin + ": " + category + " " + code + ": " + message.ReplaceLineEndings(" ");
    }
}
