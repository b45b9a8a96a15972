using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Cli.Output;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>The tool speaks Chinese when the locale (or <c>--lang</c>) says so: names, messages and headings, with codes, paths and JSON unchanged.</summary>
public sealed class LanguageTests
{
    private static readonly Dictionary<string, string> ChineseLocale = new() { ["LANG"] = "zh_CN.UTF-8" };

    private static readonly Regex Placed = new(@"^  \S+ ROL\d{4} \S* ?(?<line>\d+):(?<column>\d+)：", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(null, null, "zh_CN.UTF-8", MessageLanguage.Chinese)]
    [InlineData(null, null, "zh_TW.UTF-8", MessageLanguage.Chinese)]
    [InlineData(null, null, "en_US.UTF-8", MessageLanguage.English)]
    [InlineData(null, null, null, MessageLanguage.English)]
    [InlineData("C", null, "zh_CN.UTF-8", MessageLanguage.English)]
    [InlineData("zh_CN.UTF-8", null, "en_US.UTF-8", MessageLanguage.Chinese)]
    [InlineData(null, "zh_CN.UTF-8", "en_US.UTF-8", MessageLanguage.Chinese)]
    [InlineData("", "", "zh_CN.GB18030", MessageLanguage.Chinese)]
    [InlineData("en_GB.UTF-8", "zh_CN.UTF-8", null, MessageLanguage.English)]
    public void Language_ComesFromTheLocaleVariablesInPosixOrder(string? all, string? messages, string? lang, MessageLanguage expected)
    {
        var variables = new Dictionary<string, string?> { ["LC_ALL"] = all, ["LC_MESSAGES"] = messages, ["LANG"] = lang };

        Assert.Equal(expected, Words.FromEnvironment(name => variables.GetValueOrDefault(name)));
    }

    [Fact]
    public void Check_UnderAChineseLocale_NamesPartsRatesAndHeadingsInChineseWithLineNumbers()
    {
        var result = CliRunner.RunWithVariables(ChineseLocale, "check");
        var lines = result.Output.Split('\n');

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("大纲", lines);
        Assert.Contains(lines, l => l.StartsWith("  五个部分: 1 主要举措和成效 ✓  2 存在的不足和原因 ✓", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  行政复议纠错率：计数 2/11，计算值 18.2%，公布值 18.2% → 一致：", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("审查结果：", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("阅读提示（", StringComparison.Ordinal));

        // Every finding is placed by line and column, and the line under it is the text's line there.
        var text = CheckCommandTests.SampleText().ReplaceLineEndings("\n").Split('\n');
        var findings = lines.SkipWhile(l => !l.StartsWith("审查结果：", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(findings);
        for (var i = 0; i < findings.Length; i += 2)
        {
            var match = Placed.Match(findings[i]);
            Assert.True(match.Success, "not placed by line:column: " + findings[i]);
            var line = text[int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
            var excerpt = findings[i + 1];
            Assert.True(CheckCommandTests.IsExcerpt(excerpt), "no excerpt under: " + findings[i]);
            Assert.Contains(excerpt.TrimStart()[2..].Trim('…'), line, StringComparison.Ordinal);
        }

        // No English heading, no enum member and no English verdict is left in the text output.
        Assert.DoesNotContain("Findings:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Outline", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("consistent", result.Output, StringComparison.Ordinal);
        foreach (var part in Enum.GetNames<ReportPart>())
        {
            Assert.DoesNotContain(part, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_LangOption_OverridesTheLocale()
    {
        var english = CliRunner.RunWithVariables(ChineseLocale, "check", "--lang", "en");
        var chinese = CliRunner.Run("check", "--lang", "zh");

        Assert.Contains("Findings:", english.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("审查结果", english.Output, StringComparison.Ordinal);
        Assert.Contains("审查结果：", chinese.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownLanguage_IsAUsageError()
    {
        var result = CliRunner.Run("check", "--lang", "fr");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("--lang", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Check_SaysTheSameFactsInBothLanguages_AndJsonDoesNotChange()
    {
        var english = CliRunner.Run("check", "--lang", "en").Output.Split('\n');
        var chinese = CliRunner.Run("check", "--lang", "zh").Output.Split('\n');

        // Same lines in the same order: only the words differ, never what is found or where.
        Assert.Equal(english.Length, chinese.Length);
        Assert.Equal(Codes(english), Codes(chinese));
        Assert.Equal(Places(english), Places(chinese));
        Assert.Equal(CliRunner.Run("check", "--format", "json").Output, CliRunner.RunWithVariables(ChineseLocale, "check", "--format", "json").Output);
    }

    [Fact]
    public void Rules_UnderAChineseLocale_GivesTheChineseTitleOfEveryCode()
    {
        var lines = CliRunner.RunWithVariables(ChineseLocale, "rules").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(DiagnosticCatalogue.All.Length, lines.Length);
        foreach (var (descriptor, line) in DiagnosticCatalogue.All.Zip(lines))
        {
            Assert.StartsWith(descriptor.Code + "  ", line, StringComparison.Ordinal);
            Assert.Contains(descriptor.GetTitle(MessageLanguage.Chinese), line, StringComparison.Ordinal);
            Assert.Contains(DisplayNames.Of(descriptor.DefaultSeverity, MessageLanguage.Chinese), line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NestedPartNote_NamesThePartInWordsNotByItsEnumMember()
    {
        var result = CliRunner.Run("check", "--lang", "en");

        var note = Assert.Single(result.Output.Split('\n'), l => l.Contains(" ROLT006 ", StringComparison.Ordinal));
        Assert.Contains("(first-responsible-person duties)", note, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ReportPart.FirstResponsiblePersonDuties), note, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Rol_InAProcessWithAChineseLang_SpeaksChinese()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "LANG is how a Unix shell names the locale.");

        // The real tool in a real process, so the path from the process's environment to the words is tested too.
        var start = new ProcessStartInfo(CliRunner.ToolPath, ["check"]);
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = "zh_CN.UTF-8";
        var result = await CliRunner.RunProcessAsync(start);

        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var text = result.Output;
        Assert.Contains("存在的不足和原因", text, StringComparison.Ordinal);
        Assert.Contains("行政复议纠错率：", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"ROL\d{4} \S* ?\d+:\d+：", RegexOptions.CultureInvariant), text);
    }

    [Fact]
    public void Excerpt_ShortLine_IsTheWholeLineWithoutItsBreak()
    {
        var map = new LineMap("第一行\r\n第二行很短\n");

        Assert.Equal("第二行很短", map.Excerpt(map.Locate(new SourceSpan(7, 2))));
        Assert.Equal("第一行", map.Excerpt(map.Locate(new SourceSpan(0, 1))));
    }

    [Fact]
    public void Excerpt_LongLine_IsCutAroundThePlaceWithEllipses()
    {
        var line = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + (i % 26))));
        var map = new LineMap("title\n" + line + "\nend");
        var place = map.Locate(new SourceSpan(6 + 150, 3));

        var excerpt = map.Excerpt(place, width: 40);

        Assert.StartsWith("…", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.Equal(42, excerpt.Length);
        Assert.Contains(line.Substring(150, 3), excerpt, StringComparison.Ordinal);
        Assert.Contains(excerpt.Trim('…'), line, StringComparison.Ordinal);
    }

    [Fact]
    public void Excerpt_NeverSplitsASurrogatePair()
    {
        var line = string.Concat(Enumerable.Repeat("𠀀", 100));
        var map = new LineMap(line);

        for (var column = 0; column < line.Length; column += 7)
        {
            var excerpt = map.Excerpt(map.Locate(new SourceSpan(column, 1)), width: 21);
            Assert.True(IsWellFormed(excerpt), "split pair at " + column + ": " + excerpt);
            Assert.Contains("𠀀", excerpt, StringComparison.Ordinal);
        }
    }

    /// <summary>Whether a string has no lone surrogate (enumerating runes turns each into U+FFFD).</summary>
    private static bool IsWellFormed(string text) => text.EnumerateRunes().All(r => r != System.Text.Rune.ReplacementChar);

    private static string[] Codes(IEnumerable<string> lines) =>
        lines.SelectMany(l => Regex.Matches(l, @"\bROLT?\d{3,4}\b").Select(m => m.Value)).ToArray();

    private static string[] Places(IEnumerable<string> lines) =>
        lines.SelectMany(l => Regex.Matches(l, @" (\d+:\d+)[:：]").Select(m => m.Groups[1].Value)).ToArray();
}
