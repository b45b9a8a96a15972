using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace RuleOfLaw.Domain.Documents.Tests;

/// <summary>Every refusal and every note the loader makes reads in Chinese too, with no English left in it.</summary>
public sealed partial class ChineseWordingTests
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    // Names and tokens a Chinese line keeps as they are: formats, programs, the file's own parts.
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "charset", "docx", "soffice", "headless", "convert", "Word", "word", "document", "Excel", "xlsx", "PowerPoint", "pptx",
        "Office", "HTML", "body", "JPEG", "TIFF", "WebP", "FFFD", "MiB", "xml",
    };

    public static TheoryData<string, Func<byte[]>, string?, DocumentLoadOptions?> Refusals => new()
    {
        { "empty file", () => [], null, null },
        { "PNG image", () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "scan.png", null },
        { "RTF", () => Encoding.ASCII.GetBytes(@"{\rtf1\ansi 报告}"), "a.rtf", null },
        { "NUL in text", () => [0x41, 0x00, 0x42], "a.txt", null },
        { "old .doc", () => OleWith("WordDocument"), "a.doc", null },
        { ".wps", () => OleWith("WordDocument"), "a.wps", null },
        { "encrypted Office", () => OleWith("EncryptedPackage"), "a.docx", null },
        { "old .xls", () => OleWith("Workbook"), "a.xls", null },
        { "ZIP not Word", () => Zip("notes.txt"), "a.zip", null },
        { "Excel", () => Zip("xl/workbook.xml"), "a.xlsx", null },
        { "truncated docx", () => Docx()[..(Docx().Length / 2)], "cut.docx", null },
        { "docx without text", () => TestDocx.Build([new Paragraph()]), "empty.docx", null },
        { "docx too many entries", Docx, "a.docx", new DocumentLoadOptions { MaxZipEntries = 1 } },
        { "docx expands too far", Docx, "a.docx", new DocumentLoadOptions { MaxExpandedBytes = 10 } },
        { "truncated PDF", () => Pdf()[..(Pdf().Length / 2)], "cut.pdf", null },
        { "encrypted PDF", TestPdf.Encrypted, "secret.pdf", null },
        { "PDF without text", TestPdf.WithoutText, "scan.pdf", null },
        { "PDF with too many pages", () => TestPdf.Build([[("Page one", 72, 760)], [("Page two", 72, 760)]]), "a.pdf", new DocumentLoadOptions { MaxPages = 1 } },
        { "HTML nested too deep", () => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 3000)) + "正文</body></html>"), "deep.html", null },
        { "HTML without body text", () => Encoding.UTF8.GetBytes("<html><head><title>报告</title></head><body><div class=\"nav\"><a>首页</a></div></body></html>"), "empty.html", null },
        { "file too large", () => new byte[2048], "big.txt", new DocumentLoadOptions { MaxInputBytes = 1024 } },
        { "text too long", () => Encoding.UTF8.GetBytes(new string('字', 200)), "long.txt", new DocumentLoadOptions { MaxTextLength = 100 } },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refusal_ReadsInChinese(string what, Func<byte[]> bytes, string? name, DocumentLoadOptions? options)
    {
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes(), name, options));

        AssertChinese(what, e.Message, e.ChineseMessage);
        Assert.Equal(e.ChineseMessage, e.GetMessage(MessageLanguage.Chinese));
        Assert.Equal(e.Message, e.GetMessage(MessageLanguage.English));
    }

    public static TheoryData<string, Func<ReportDocument>, string> Notes => new()
    {
        { "invalid bytes", () => ReportDocument.Load([.. Gbk.GetBytes("法治报告"), 0xFF, .. Gbk.GetBytes("政府")], "x.txt"), DocumentNoteCodes.InvalidBytes },
        { "unknown charset", () => ReportDocument.Load(Gbk.GetBytes(Page("<meta charset=\"x-unknown\">", "<div id=\"zoom\">" + Body + "</div>")), "a.html"), DocumentNoteCodes.DeclaredCharsetNotUsed },
        { "charset contradicted by UTF-8", () => ReportDocument.Load(Encoding.UTF8.GetBytes(Page("<meta charset=\"gbk\">", "<div id=\"zoom\">" + Body + "</div>")), "a.html"), DocumentNoteCodes.DeclaredCharsetNotUsed },
        { "body guessed", () => ReportDocument.Load(Encoding.UTF8.GetBytes(Page(string.Empty, "<div class=\"main\">" + Body + "</div>")), "a.html"), DocumentNoteCodes.BodyGuessed },
        { "body container", () => ReportDocument.Load(Encoding.UTF8.GetBytes(Page(string.Empty, "<div id=\"zoom\">" + Body + "</div>")), "a.html"), DocumentNoteCodes.BodyContainer },
        { "heading and title differ", () => ReportDocument.Load(Encoding.UTF8.GetBytes(Page("<title>某区2020年法治政府建设年度报告</title>", "<h1>某区2021年法治政府建设年度报告</h1><div id=\"zoom\">" + Body + "</div>")), "a.html"), DocumentNoteCodes.MetadataDisagrees },
        { "unreadable date", () => ReportDocument.Load(Encoding.UTF8.GetBytes(Page("<meta name=\"PubDate\" content=\"明天\">", "<div id=\"zoom\">" + Body + "</div>")), "a.html"), DocumentNoteCodes.MetadataUnreadable },
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void Note_ReadsInChinese(string what, Func<ReportDocument> load, string code)
    {
        var notes = load().Notes.Where(n => n.Code == code).ToArray();

        Assert.NotEmpty(notes);
        foreach (var note in notes)
        {
            AssertChinese(what, note.Message, note.ChineseMessage);
            Assert.Equal(note.ChineseMessage, note.GetMessage(MessageLanguage.Chinese));
            Assert.Equal(note.Message, note.GetMessage(MessageLanguage.English));
        }
    }

    [Fact]
    public void ContainerDisagreement_ReadsInChinese()
    {
        var html = "<html><head><meta charset=\"utf-8\"><meta name=\"ArticleTitle\" content=\"某区2020年法治政府建设年度报告\"><meta name=\"ContentSource\" content=\"某区政府办\"></head><body>"
            + "<h1>某区2020年法治政府工作报告</h1><div class=\"info\"><span>信息来源:某区司法局</span></div><div id=\"zoom\"><p>一、2020年法治政府建设工作总结</p><p>全年受理复议案件11宗，纠正2宗，依法化解了一批行政争议，推进了行政执法规范化。</p></div></body></html>";

        var notes = ReportDocument.Load(Encoding.UTF8.GetBytes(html), "a.html").Read().Notes.Where(n => n.Code == DocumentNoteCodes.ContainerDisagrees).ToArray();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => AssertChinese("container disagrees", n.Message, n.ChineseMessage));
    }

    [Fact]
    public void NoteMadeOutsideThePackage_FallsBackToItsMessage()
    {
        var note = new DocumentNote(DocumentNoteCodes.BodyGuessed, "mine");

        Assert.Equal("mine", note.GetMessage(MessageLanguage.Chinese));
        Assert.Throws<ArgumentOutOfRangeException>(() => note.GetMessage((MessageLanguage)99));
    }

    [Fact]
    public void ExceptionMadeOutsideThePackage_NamesTheFailureInChineseBeforeItsMessage()
    {
        var e = new DocumentLoadException(DocumentLoadFailure.Encrypted, "locked");

        Assert.Equal("文件已加密或设有密码：locked", e.GetMessage(MessageLanguage.Chinese));
        Assert.Equal("locked", e.GetMessage(MessageLanguage.English));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("gbk page")]
    public void Describe_InChinese_NamesTheFormatAndHowTheEncodingWasChosen(string which)
    {
        var document = which == "text"
            ? ReportDocument.Load(Gbk.GetBytes("法治政府建设年度报告"), "a.txt")
            : ReportDocument.Load(Gbk.GetBytes(Page("<meta charset=\"gbk\">", "<div id=\"zoom\">" + Body + "</div>")), "a.html");

        var described = document.Describe(MessageLanguage.Chinese);

        Assert.Equal(which == "text" ? "纯文本，GB18030（不是UTF-8，未声明编码）" : "网页（HTML），GB18030（声明charset=gbk）", described);
        Assert.Equal(document.Describe(), document.Describe(MessageLanguage.English));
    }

    private const string Body = "<p>第一段正文内容，足够长的文字在这里，说明法治政府建设的情况。</p><p>第二段正文内容，也有足够长的文字。</p>";

    private static string Page(string head, string body) => "<html><head>" + head + "</head><body>" + body + "</body></html>";

    private static void AssertChinese(string what, string english, string? chinese)
    {
        Assert.True(chinese is not null, $"{what}: no Chinese wording for “{english}”");
        Assert.NotEqual(english, chinese);
        Assert.True(CjkPattern().IsMatch(chinese), $"{what}: “{chinese}” has no Chinese");
        // What the file itself says (quoted, an element, a command, a part name) stays as it is.
        var own = QuotedPattern().Replace(chinese, string.Empty);
        var english4 = WordPattern().Matches(own).Select(m => m.Value).Where(w => !Kept.Contains(w)).ToArray();
        Assert.True(english4.Length == 0, $"{what}: English left in “{chinese}”: {string.Join(", ", english4)}");
        Assert.DoesNotContain('\n', chinese);
    }

    private static byte[] OleWith(string streamName) =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, .. new byte[64], .. Encoding.Unicode.GetBytes(streamName)];

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write("x");
        }

        return stream.ToArray();
    }

    private static byte[] Docx() => TestDocx.Build([TestDocx.Plain("某区2020年法治政府建设年度报告"), TestDocx.Plain("全年受理复议案件11宗。")]);

    private static byte[] Pdf() => TestPdf.Build([[("Annual report 2020", 72, 760)]]);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CjkPattern();

    [GeneratedRegex(@"“[^”]*”|<[^>]*>|`[^`]*`|""[^""]*""|[\w\[\]./-]+\.(?:xml|rels)\b|charset=[\w-]+")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"[A-Za-z]{4,}")]
    private static partial Regex WordPattern();
}
