using System;
using System.IO;
using System.Linq;
using System.Text;
using RuleOfLaw.Domain.Documents.Tests;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary><c>rol check</c> and <c>rol read</c> on the formats the Documents package reads, and on bad files of those formats.</summary>
public sealed class DocumentInputTests : IDisposable
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    private readonly string _folder = Directory.CreateTempSubdirectory("rol-documents-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("pingshan-2020.docx", "read as    Word .docx")]
    [InlineData("pingshan-2020.pdf", "read as    PDF")]
    public void Check_WordAndPdfSeed_ReadLikeTheText(string sample, string readAs)
    {
        var path = Copy(sample);

        var result = CliRunner.Run("check", path);
        var text = CliRunner.Run("check", Write("seed.txt", Encoding.UTF8.GetBytes(SeedText())));

        Assert.Equal(text.ExitCode, result.ExitCode);
        Assert.Contains(readAs, result.Output, StringComparison.Ordinal);
        Assert.Equal(Section(text.Output, "Outline"), Section(result.Output, "Outline"));
        Assert.Equal(Section(text.Output, "Rates"), Section(result.Output, "Rates"));
    }

    [Fact]
    public void Check_GbkText_IsReadAndSaysTheEncoding()
    {
        var path = Write("gbk.txt", Gbk.GetBytes(SeedText().Replace('\u00A0', ' ')));

        var result = CliRunner.Run("check", path);

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
        Assert.Contains("read as    text, GB18030 (not UTF-8, nothing declared)", result.Output, StringComparison.Ordinal);
        Assert.Contains("published  2021-01-05T14:11:08+08:00", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Folder_ReadsEveryFormatAndNamesEach()
    {
        Copy("pingshan-2020.docx");
        Copy("pingshan-2020.pdf");
        Write("seed.txt", Gbk.GetBytes(SeedText().Replace('\u00A0', ' ')));
        Write("page.htm", Encoding.UTF8.GetBytes("<html><head><title>某区2020年法治政府建设年度报告</title></head><body><div id=\"zoom\">" + string.Concat(SeedText().Split('\n').Skip(1).Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>")) + "</div></body></html>"));
        Write("notes.md", Encoding.UTF8.GetBytes("# not a report"));

        var result = CliRunner.Run("check", "--format", "json", _folder);

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var readAs = json.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("readAs").GetString()).ToArray();
        Assert.Equal(["HTML, UTF-8 (valid UTF-8)", "Word .docx", "PDF", "text, GB18030 (not UTF-8, nothing declared)"], readAs);
    }

    [Fact]
    public void Read_Docx_PrintsTheReadDocumentAndSaysWhatItRead()
    {
        var result = CliRunner.Run("read", Copy("pingshan-2020.docx"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("坪山区2020年法治政府建设年度报告", result.Output, StringComparison.Ordinal);
        Assert.Contains("read as Word .docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TruncatedDocx_ExitsTwoWithOneLine() =>
        AssertRefused("cut.docx", File.ReadAllBytes(Sample("pingshan-2020.docx"))[..4000], "truncated or damaged");

    [Fact]
    public void Check_TruncatedPdf_ExitsTwoWithOneLine() =>
        AssertRefused("cut.pdf", File.ReadAllBytes(Sample("pingshan-2020.pdf"))[..50_000], "truncated");

    [Fact]
    public void Check_ZipBomb_ExitsTwoWithOneLine() =>
        AssertRefused("bomb.docx", TestDocx.ZipBomb(100L * 1024 * 1024), "ZIP bomb");

    [Fact]
    public void Check_EncryptedPdf_ExitsTwoWithOneLine() =>
        AssertRefused("secret.pdf", TestPdf.Encrypted(), "password-protected PDF");

    [Fact]
    public void Check_PdfBomb_ExitsTwoWithOneLine() =>
        AssertRefused("bomb.pdf", TestPdf.FlateBomb("Bomb text", 200 * 1024 * 1024), "PDF bomb");

    [Fact]
    public void Check_PdfWithoutText_ExitsTwoWithOneLine() =>
        AssertRefused("scan.pdf", TestPdf.WithoutText(), "without a text layer");

    [Fact]
    public void Check_HtmlNested100000Deep_ExitsTwoWithOneLine() =>
        AssertRefused("deep.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "正文</body></html>"), "nesting elements over 1000 deep");

    [Fact]
    public void Check_PageWithNoBodyText_ExitsTwoWithOneLine() =>
        AssertRefused("empty.html", Encoding.UTF8.GetBytes("<html><head><title>报告</title></head><body><div class=\"nav\"><a>首页</a></div></body></html>"), "no body text");

    [Fact]
    public void Check_50MegabytePdf_ExitsTwoWithOneLine()
    {
        var path = TestPdf.WriteLarge(50L * 1024 * 1024);
        try
        {
            var result = CliRunner.Run("check", path);

            Assert.Equal(ExitCodes.InputError, result.ExitCode);
            var line = Assert.Single(result.Error.Trim().Split('\n'));
            Assert.Contains("the size limit is 33554432 bytes (32 MiB); give --size-limit MIB", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_GbkPageInChinese_SaysWhatItWasReadAsAndTheDocumentNotesInChinese()
    {
        var body = string.Concat(SeedText().Split('\n').Skip(1).Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l.Replace('\u00A0', ' ')) + "</p>"));
        var path = Write("page.html", Gbk.GetBytes("<html><head><meta charset=\"gbk\"><title>某区2020年法治政府建设年度报告</title></head><body><div class=\"main\">" + body + "</div></body></html>"));

        var result = CliRunner.Run("check", "--lang", "zh", path);

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
        Assert.Contains("读取方式", result.Output, StringComparison.Ordinal);
        Assert.Contains("网页（HTML），GB18030（声明charset=gbk）", result.Output, StringComparison.Ordinal);
        Assert.Contains("ROLDOC003：没有已知的文章容器；取文字最密集的块<div class=\"main\">作为正文", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("no known article container", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "a PDF file without a text layer")]
    [InlineData("zh", "PDF文件没有文字层（可能是扫描件）")]
    public void Check_RefusedFile_IsOneLineInTheLanguageAsked(string language, string says)
    {
        var path = Write("scan.pdf", TestPdf.WithoutText());

        var result = CliRunner.Run("check", "--lang", language, path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith(language == "zh" ? $"rol：{path}：{says}" : $"rol: {path}: {says}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThinTextInChinese_SaysInChineseWhatIsMissingAndWhichFlagGivesIt()
    {
        var path = Write("thin.txt", Encoding.UTF8.GetBytes("全年受理行政复议案件12件。"));

        var result = CliRunner.Run("check", "--lang", "zh", path);

        Assert.Contains($"{path}：未能生成报告：正文中没有标题行（可用 --title 给出），没有报告年度（可用 --year 给出）", result.Output, StringComparison.Ordinal);
        Assert.Contains($"rol：{path}：未能生成报告", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no report could be built", result.Output + result.Error, StringComparison.Ordinal);
    }

    private void AssertRefused(string name, byte[] bytes, string says)
    {
        var path = Write(name, bytes);

        var result = CliRunner.Run("check", path);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.StartsWith($"rol: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static string SeedText() => File.ReadAllText(Sample("pingshan-2020.txt"));

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    /// <summary>The lines of a text report from a heading line up to the next empty line.</summary>
    private static string[] Section(string output, string heading) =>
        output.Split('\n').SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal)).TakeWhile(l => l.Trim().Length > 0).ToArray();

    private string Copy(string sample)
    {
        var path = Path.Combine(_folder, sample);
        File.Copy(Sample(sample), path);
        return path;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
