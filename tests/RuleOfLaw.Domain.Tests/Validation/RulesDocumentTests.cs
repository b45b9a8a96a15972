using System;
using System.IO;
using System.Linq;
using System.Text;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

/// <summary>Keeps docs/rules.md equal to the catalogue (validation and reading codes): on failure the message holds the text to paste.</summary>
public sealed class RulesDocumentTests
{
    private static readonly string DocumentPath = Path.Combine(AppContext.BaseDirectory, "Samples", "rules.md");

    [Fact]
    public void RulesDocument_MatchesTheCatalogue()
    {
        var expected = Generate();
        if (RuleOfLaw.Domain.Tests.Json.Golden.Updating)
        {
            File.WriteAllText(Path.Combine(RuleOfLaw.Domain.Tests.Json.Golden.SchemaFolder, "..", "docs", "rules.md"), expected);
            return;
        }

        var actual = File.Exists(DocumentPath) ? File.ReadAllText(DocumentPath).ReplaceLineEndings("\n") : string.Empty;

        Assert.True(
            string.Equals(expected, actual, StringComparison.Ordinal),
            "docs/rules.md is out of date; replace it with:\n" + expected);
    }

    [Fact]
    public void Generate_ListsEveryCodeOfBothCategoriesExactlyOnceInItsTable()
    {
        var lines = Generate().Split('\n');

        Assert.Contains(DiagnosticCatalogue.All, d => d.Category == DiagnosticCategory.Reading);
        Assert.Contains(DiagnosticCatalogue.All, d => d.Category == DiagnosticCategory.Validation);
        Assert.All(DiagnosticCatalogue.All, d => Assert.Single(lines, line => line.StartsWith("| " + d.Code + " |", StringComparison.Ordinal)));
        Assert.All(DiagnosticCatalogue.All, d => Assert.Single(lines, line => line == "## " + d.Code + " " + d.Title));
    }

    [Fact]
    public void Generate_ListsTheRetiredCodesOnlyAsRetired()
    {
        var lines = Generate().Split('\n');

        Assert.All(DiagnosticCatalogue.RetiredCodes, code =>
        {
            Assert.Single(lines, line => line.StartsWith("| " + code + " | retired", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.StartsWith("## " + code, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Generate_EveryHelpLinkAnchorsAHeadingOfTheDocument()
    {
        var anchors = Generate().Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => GitHubAnchor(l[3..])).ToHashSet(StringComparer.Ordinal);

        Assert.All(DiagnosticCatalogue.All, d => Assert.Contains(d.HelpLink[(d.HelpLink.IndexOf('#', StringComparison.Ordinal) + 1)..], anchors));
    }

    internal static string Generate()
    {
        var text = new StringBuilder();
        text.Append("# Codes: validation findings and reading notes\n\n");
        text.Append("Every code the library can say, generated from `DiagnosticCatalogue.All` and checked by `RulesDocumentTests`\n");
        text.Append("(when it fails, it prints the new text; `rol rules` prints the same list). Validation findings (`ROL`) are facts\n");
        text.Append("about a report's content, checked against a rule; reading notes (`ROLT`) say how a text was read. Both share one\n");
        text.Append("descriptor type (`DiagnosticDescriptor`: code, category, title, severity, message template with named values,\n");
        text.Append("source, help link). Codes are stable: match on code and path, never on the message. A number is never reused.\n\n");
        text.Append("## Validation findings\n\n");
        text.Append("`report.Validate(…)` reports these. `RuleSet.National` switches on every national code; overlay codes are off\n");
        text.Append("until an overlay (`RuleSetOverlays`) or `RuleSet.Enable` switches them on. Every severity can be overridden.\n\n");
        text.Append("Documents that are not annual reports. The rules V1–V10 (parts, publication, submissions, dates after the\n");
        text.Append("report year, shortcomings' causes, title, sign-off) are those of the annual rule-of-law report. A report whose\n");
        text.Append("`DocumentKind` is another kind (statistics, an information-disclosure report, another document such as an\n");
        text.Append("enforcement report, an article, a plan or a policy interpretation) is not checked against them: the validator\n");
        text.Append("skips them and says so in one finding, ROL0032 (V16, Info), so such a text never gets a missing part or a late\n");
        text.Append("publication. V11 (a published rate against its counts) holds for any document and still runs. The reader decides\n");
        text.Append("the kind from the title, the opening and the structure and notes it (ROLT021); a caller who knows better builds the\n");
        text.Append("report with `WithDocumentKind`. The rules across reports (X1–X6) take the reports as they are given.\n\n");
        text.Append("| Code | Rule | Title | Default | Scope | Source |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var d in DiagnosticCatalogue.All.Where(d => d.Category == DiagnosticCategory.Validation))
        {
            text.Append("| ").Append(d.Code).Append(" | ").Append(d.Rule).Append(" | ").Append(d.Title).Append(" | ")
                .Append(d.DefaultSeverity).Append(" | ").Append(d.Scope).Append(" | ").Append(d.Source).Append(" |\n");
        }

        text.Append("\n## Reading notes\n\n");
        text.Append("`ReportTextReader.Read(…)` leaves these in `ReportReadResult.Diagnostics`. They are always on and keep their\n");
        text.Append("severity: rule sets do not switch them. Facts about the report's content (a missing or merged part, an\n");
        text.Append("inconsistent rate) are validation findings, never notes, so each fact is said once.\n\n");
        text.Append("| Code | Step | Title | Severity | Source |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var d in DiagnosticCatalogue.All.Where(d => d.Category == DiagnosticCategory.Reading))
        {
            text.Append("| ").Append(d.Code).Append(" | ").Append(d.Rule).Append(" | ").Append(d.Title).Append(" | ")
                .Append(d.DefaultSeverity).Append(" | ").Append(d.Source).Append(" |\n");
        }

        text.Append("\n## Retired codes\n\n");
        text.Append("Never said again; their numbers are not reused.\n\n");
        text.Append("| Code | Status |\n");
        text.Append("|---|---|\n");
        foreach (var code in DiagnosticCatalogue.RetiredCodes)
        {
            text.Append("| ").Append(code).Append(" | retired: ").Append(ReadDiagnosticCodes.Retirements[code]).Append(" |\n");
        }

        foreach (var d in DiagnosticCatalogue.All)
        {
            var reading = d.Category == DiagnosticCategory.Reading;
            text.Append('\n').Append("## ").Append(d.Code).Append(' ').Append(d.Title).Append("\n\n");
            text.Append(d.Summary).Append("\n\n");
            text.Append(reading
                ? "- Reading note; step: " + d.Rule + "; severity: " + d.DefaultSeverity + "\n"
                : "- Rule: " + d.Rule + "; default severity: " + d.DefaultSeverity + "; scope: " + d.Scope + "\n");
            text.Append("- Source: ").Append(d.Source).Append('\n');
            text.Append("- Message: `").Append(d.MessageTemplate).Append("`\n");
            text.Append("- Values: ").Append(string.Join(", ", d.ValueNames.Select(n => "`" + n + "`"))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The anchor GitHub gives a heading, computed independently of the library's.</summary>
    private static string GitHubAnchor(string heading) =>
        string.Concat(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ').Select(c => c == ' ' ? '-' : c));
}
