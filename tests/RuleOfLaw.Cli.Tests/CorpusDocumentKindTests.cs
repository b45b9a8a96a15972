using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>
/// The corpus texts that are not annual reports (by their gold's <c>document_kind</c>, mapped in
/// <see cref="CorpusScorer.GoldDocumentKind"/>): <c>rol check</c> reports none of the findings of the rules of annual
/// reports (V1–V10: missing parts, late publication, submissions …) for any of them, whether or not a report was built.
/// </summary>
public sealed class CorpusDocumentKindTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static readonly HashSet<string> AnnualReportCodes = ValidationCodes.All
        .Where(d => d.Rule is "V1" or "V2" or "V3" or "V4" or "V5" or "V6" or "V7" or "V8" or "V9" or "V10")
        .Select(d => d.Code)
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> NotAnnualReports()
    {
        var files = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(path));
            if (CorpusScorer.GoldDocumentKind(gold.RootElement.GetProperty("document_kind").GetString()) != "annualReport")
            {
                files.Add(Path.GetFileName(Path.ChangeExtension(path, ".txt")));
            }
        }

        return files;
    }

    [Fact]
    public void NotAnnualReports_AreTheElevenTextsOfTheCorpusReadme()
    {
        Assert.Equal(11, NotAnnualReports().Count);
    }

    [Theory]
    [MemberData(nameof(NotAnnualReports))]
    public void Check_TextThatIsNotAnAnnualReport_ReportsNoFindingOfTheAnnualReportRules(string file)
    {
        var result = CliRunner.Run("check", "--format", "json", Path.Combine(Folder, file));

        Assert.True(result.ExitCode is 0 or 1, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        // A text from which no report could be built (no title, year or subject) has no findings at all.
        var checkedReport = document.RootElement.GetProperty("reports")[0];
        var codes = checkedReport.TryGetProperty("findings", out var findings) ? findings.EnumerateArray().Select(f => f.GetProperty("code").GetString()!).ToArray() : [];
        Assert.DoesNotContain(codes, AnnualReportCodes.Contains);
    }

    [Theory]
    [MemberData(nameof(NotAnnualReports))]
    public void Check_TextThatIsNotAnAnnualReport_PrintsItsKindAndNoPartsLine(string file)
    {
        var result = CliRunner.Run("check", Path.Combine(Folder, file));

        Assert.Contains("(not an annual rule-of-law report: the rules of annual reports do not apply)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("  parts: ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(AnnualReportCodes, code => result.Output.Contains(code, StringComparison.Ordinal));
    }
}
