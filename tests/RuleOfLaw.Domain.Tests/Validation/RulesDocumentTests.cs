using System;
using System.IO;
using System.Linq;
using System.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

/// <summary>Keeps docs/rules.md equal to the catalogue: on failure the message holds the text to paste.</summary>
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
    public void Generate_ListsEveryCodeExactlyOnce()
    {
        var document = Generate();

        Assert.All(ValidationCodes.All, d => Assert.Single(document.Split('\n'), line => line.StartsWith("| " + d.Code + " |", StringComparison.Ordinal)));
    }

    internal static string Generate()
    {
        var text = new StringBuilder();
        text.Append("# Validation rules\n\n");
        text.Append("Every code `report.Validate(…)` can report, generated from `ValidationCodes.All` and checked by\n");
        text.Append("`RulesDocumentTests` (when it fails, it prints the new text). Codes are stable: match on code and path, never on\n");
        text.Append("the message. `RuleSet.National` switches on every national code; overlay codes are off until an overlay\n");
        text.Append("(`RuleSetOverlays`) or `RuleSet.Enable` switches them on. Every severity can be overridden.\n\n");
        text.Append("| Code | Rule | Title | Default | Scope | Source |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var d in ValidationCodes.All)
        {
            text.Append("| ").Append(d.Code).Append(" | ").Append(d.Rule).Append(" | ").Append(d.Title).Append(" | ")
                .Append(d.DefaultSeverity).Append(" | ").Append(d.Scope).Append(" | ").Append(d.Source).Append(" |\n");
        }

        foreach (var d in ValidationCodes.All)
        {
            text.Append('\n').Append("## ").Append(d.Code).Append(' ').Append(d.Title).Append("\n\n");
            text.Append(d.Summary).Append("\n\n");
            text.Append("- Rule: ").Append(d.Rule).Append("; default severity: ").Append(d.DefaultSeverity).Append("; scope: ").Append(d.Scope).Append('\n');
            text.Append("- Source: ").Append(d.Source).Append('\n');
            text.Append("- Message: `").Append(d.MessageTemplate).Append("`\n");
            text.Append("- Values: ").Append(string.Join(", ", d.ValueNames.Select(n => "`" + n + "`"))).Append('\n');
        }

        return text.ToString();
    }
}
