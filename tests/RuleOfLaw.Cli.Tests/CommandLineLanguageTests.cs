using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using RuleOfLaw.Cli.Output;
using RuleOfLaw.Domain;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>
/// The command line itself speaks the reviewer's language: the help, usage errors (the tool's and the parser's own) and
/// every line about an input that cannot be used; option names, values, paths and the JSON reader's own rule stay as they are.
/// </summary>
public sealed class CommandLineLanguageTests : IDisposable
{
    private static readonly Dictionary<string, string> ChineseLocale = new() { ["LANG"] = "zh_CN.UTF-8" };

    /// <summary>Words that would show an English sentence left in a Chinese line.</summary>
    private static readonly Regex EnglishWords = new(@"\b(is|not|no|the|cannot|file|folder|found|given|unknown|must|given|Run|usage)\b", RegexOptions.CultureInvariant);

    private readonly string _folder = Directory.CreateTempSubdirectory("rol-language-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("read", "--help")]
    [InlineData("export", "--help")]
    [InlineData("schema", "--help")]
    [InlineData("rules", "--help")]
    public void Help_UnderAChineseLocale_DescribesEveryCommandAndOptionInChinese(params string[] args)
    {
        var chinese = CliRunner.RunWithVariables(ChineseLocale, args);
        var english = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Success, chinese.ExitCode);
        Assert.Contains("用法", chinese.Output, StringComparison.Ordinal);
        // Each described line (two spaces, a name, two spaces or more, a description) has Chinese in its description.
        var described = DescribedLines(chinese.Output);
        Assert.NotEmpty(described);
        Assert.All(described, d => Assert.True(HasChinese(d.Description), $"English left in the help: {d.Line}"));
        // The same options and commands in both languages: only the words differ.
        Assert.Equal(DescribedLines(english.Output).Select(d => d.Name), described.Select(d => d.Name));
        Assert.All(DescribedLines(english.Output), d => Assert.DoesNotMatch("[\u4e00-\u9fff]{4}", d.Description.Replace("法治政府建设年度报告", string.Empty, StringComparison.Ordinal).Replace("某区人民政府", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Help_LangOptionAfterTheCommand_StillDecidesTheLanguage()
    {
        var result = CliRunner.Run("check", "--help", "--lang=zh");

        Assert.Contains("读取、审查报告并核对比率", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Read, validate", result.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> UsageErrors() => new(
        ["chek"],
        ["check", "--format", "xml"],
        ["check", "--today", "2020-13-01"],
        ["check", "--rules", "no-such-profile"],
        ["check", "--size-limit", "0"],
        ["check", "--time-limit", "-1"],
        ["check", "--bogus"],
        ["read"],
        ["check", "--year", "1700"],
        ["check", "--subject", " "],
        []);

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void UsageError_InChinese_IsSaidInChineseAndPointsToTheHelpInChinese(string[] args)
    {
        var chinese = CliRunner.Run([.. args, "--lang", "zh"]);
        var english = CliRunner.Run([.. args, "--lang", "en"]);

        Assert.Equal(ExitCodes.InputError, chinese.ExitCode);
        Assert.Equal(english.ExitCode, chinese.ExitCode);
        var lines = Lines(chinese.Error);
        Assert.Equal(Lines(english.Error).Length, lines.Length);
        Assert.All(lines, line => AssertChinese(line));
        Assert.StartsWith("rol: ", Lines(english.Error)[0], StringComparison.Ordinal);
        Assert.StartsWith("rol：", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void InputErrors_InChinese_NameTheInputAndSayWhatIsWrongInChinese()
    {
        var missing = Path.Join(_folder, "missing.txt");
        var binary = Write("binary.txt", [0x41, 0x00, 0x42]);
        var emptyFolder = Directory.CreateDirectory(Path.Join(_folder, "empty")).FullName;
        var large = Write("large.txt", new byte[(1024 * 1024) + 1]);

        foreach (var args in new[] { new[] { "check", missing }, ["check", binary], ["check", emptyFolder], ["check", "--size-limit", "1", large], ["read", missing] })
        {
            var result = CliRunner.Run([.. args, "--lang", "zh"]);

            Assert.Equal(ExitCodes.InputError, result.ExitCode);
            var line = Assert.Single(Lines(result.Error));
            AssertChinese(line);
        }
    }

    [Fact]
    public void JsonRefused_InChinese_SaysSoInChineseAndKeepsTheReadersPathAndRule()
    {
        var path = Write("bad.json", Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"subject\":3}"));

        var chinese = CliRunner.Run("check", "--lang", "zh", path);
        var english = CliRunner.Run("check", "--lang", "en", path);

        Assert.Equal(ExitCodes.InputError, chinese.ExitCode);
        var rule = Assert.Single(Lines(english.Error))[$"rol: {path}: ".Length..];
        Assert.StartsWith("$.", rule, StringComparison.Ordinal);
        Assert.Equal($"rol：{path}：JSON 文档不符合格式（{rule}）", Assert.Single(Lines(chinese.Error)));
    }

    [Fact]
    public void LanguageOf_TakesTheLastLangBeforeALoneDoubleDash_ElseTheEnvironment()
    {
        var chineseEnvironment = new ConsoleEnvironment(TextWriter.Null, TextWriter.Null, () => Stream.Null, true) { Variable = name => name == "LANG" ? "zh_CN.UTF-8" : null };
        var plainEnvironment = chineseEnvironment with { Variable = _ => null };

        Assert.Equal(MessageLanguage.Chinese, RolApplication.LanguageOf(["check", "--lang", "zh"], plainEnvironment));
        Assert.Equal(MessageLanguage.Chinese, RolApplication.LanguageOf(["check", "--lang:zh"], plainEnvironment));
        Assert.Equal(MessageLanguage.English, RolApplication.LanguageOf(["--lang", "zh", "check", "--lang=en"], chineseEnvironment));
        Assert.Equal(MessageLanguage.English, RolApplication.LanguageOf(["check", "--", "--lang", "zh"], plainEnvironment));
        Assert.Equal(MessageLanguage.Chinese, RolApplication.LanguageOf(["check", "--lang", "fr"], chineseEnvironment));
        Assert.Equal(MessageLanguage.English, RolApplication.LanguageOf(["check", "--lang"], plainEnvironment));
    }

    [Fact]
    public async System.Threading.Tasks.Task Rol_InAProcessWithInvariantGlobalization_GivesTheParsersOwnLinesInChinese()
    {
        // The published tool runs with invariant globalization, where a culture made by name is upper case (zh-HANS):
        // its satellite resources must still be found (in-process tests run in the test host, which is not invariant).
        var result = await CliRunner.RunProcessAsync(new ProcessStartInfo(CliRunner.ToolPath, ["chek", "--lang", "zh"]));

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var lines = Lines(result.Error);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("rol：", lines[0], StringComparison.Ordinal);
        Assert.Contains("chek", lines[0], StringComparison.Ordinal);
        Assert.All(lines, line => AssertChinese(line));
    }

    [Fact]
    public void Words_EveryCommandLineText_ExistsInBothLanguagesAndDiffers()
    {
        // Each text the help or a usage error takes, asked of both word sets: none is left blank or the same in both.
        var texts = typeof(Words).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name.EndsWith("Description", StringComparison.Ordinal)).ToArray();
        Assert.True(texts.Length >= 20, $"only {texts.Length} descriptions found");
        foreach (var property in texts)
        {
            var english = (string)property.GetValue(Words.English)!;
            var chinese = (string)property.GetValue(Words.Chinese)!;
            Assert.False(string.IsNullOrWhiteSpace(chinese), property.Name);
            Assert.NotEqual(english, chinese);
            Assert.True(HasChinese(chinese), property.Name);
        }
    }

    private static void AssertChinese(string line)
    {
        Assert.True(HasChinese(line), $"no Chinese in: {line}");
        // Paths, quoted values, option names and the parser's quoted token are not words of a sentence.
        var words = Regex.Replace(line, @"(/[^\s：（）]*|'[^']*'|“[^”]*”|--[a-z-]+|\([^)]*\)|[A-Za-z]:\\\S*)", string.Empty, RegexOptions.CultureInvariant);
        Assert.DoesNotMatch(EnglishWords, words);
    }

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (string Name, string Description, string Line)[] DescribedLines(string help) =>
        [.. help.ReplaceLineEndings("\n").Split('\n')
            .Select(line => (Line: line, Match: Regex.Match(line, @"^  (?<name>\S.*?)\s{2,}(?<description>\S.*)$", RegexOptions.CultureInvariant)))
            .Where(l => l.Match.Success && !l.Match.Groups["name"].Value.StartsWith("rol ", StringComparison.Ordinal))
            .Select(l => (l.Match.Groups["name"].Value, l.Match.Groups["description"].Value, l.Line))];

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Join(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
