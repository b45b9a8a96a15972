using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Documents.Tests;

public sealed class ReportDocumentTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "seed.txt"));

    // GBK has no no-break space: the page carries ordinary spaces where the plain text has U+00A0.
    private static readonly string PageSeed = Seed.Replace('\u00A0', ' ');

    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    /// <summary>The seed laid out as a government CMS article page: meta tags, navigation, breadcrumb, heading, info line, #zoom body, footer.</summary>
    private static byte[] SeedAsGbkPage()
    {
        var lines = PageSeed.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">");
        page.Append("<meta name=\"ArticleTitle\" content=\"").Append(WebUtility.HtmlEncode(lines[1])).Append("\">");
        page.Append("<meta name=\"PubDate\" content=\"2021-01-05 14:11:08\"><meta name=\"ContentSource\" content=\"坪山区人民政府办公室\">");
        page.Append("<title>").Append(WebUtility.HtmlEncode(lines[1])).Append("</title><script>var x = '<div>';</script></head><body>");
        page.Append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li></ul></div>");
        page.Append("<div class=\"position\">").Append(string.Join(" &gt; ", lines[0].Split(" > ").Select(s => "<a href=\"#\">" + s + "</a>"))).Append("</div>");
        page.Append("<div class=\"article\"><h1>").Append(lines[1]).Append("</h1>");
        page.Append("<div class=\"info\"><span>信息来源:坪山区人民政府办公室</span>&nbsp;<span>发布时间:2021-01-05 14:11:08</span></div>");
        page.Append("<div class=\"share\">分享到：微信 微博</div><div id=\"zoom\">");
        foreach (var line in lines.Skip(3))
        {
            page.Append("<p>&nbsp;&nbsp;\u3000").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        }

        page.Append("</div></div><div class=\"footer\">主办：某某网站 版权所有 ICP备案</div></body></html>");
        return Gbk.GetBytes(page.ToString());
    }

    [Fact]
    public void Load_GbkCmsPage_ReadsLikeThePlainText()
    {
        var document = ReportDocument.Load(SeedAsGbkPage(), "report.html");

        Assert.Equal(ContainerFormat.Html, document.Format);
        Assert.Equal(new DocumentEncoding("GB18030", EncodingDetection.Declared, "gbk"), document.Encoding);
        Assert.Equal("<meta name=\"ArticleTitle\">", document.Title!.Source);
        Assert.Equal(new NodaTime.LocalDateTime(2021, 1, 5, 14, 11, 8), document.PublishedAt!.Value);
        Assert.Equal("坪山区人民政府办公室", document.Source!.Value);
        Assert.DoesNotContain("分享到", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", document.Text, StringComparison.Ordinal);

        var expected = ReportTextReader.Read(PageSeed);
        var actual = ReportTextReader.Read(document.Text);
        Assert.NotNull(actual.Report);
        Assert.Equal(expected.Report!.Title, actual.Report!.Title);
        Assert.Equal(expected.Report.Year, actual.Report.Year);
        Assert.Equal(expected.Report.Publication, actual.Report.Publication);
        Assert.Equal(expected.Breadcrumb, actual.Breadcrumb);
        Assert.Equal(expected.Report.Sections.Select(s => s.Heading), actual.Report.Sections.Select(s => s.Heading));
        Assert.Equal(expected.Quantities, actual.Quantities);
    }

    [Fact]
    public void Load_PageWithoutCmsContainer_TakesTheDensestBlockAndSaysSo()
    {
        var html = "<html><body><div class=\"menu\"><a>首页</a><a>新闻</a></div><div class=\"main\"><p>第一段正文内容，足够长的文字在这里。</p><p>第二段正文内容，也有足够长的文字。</p></div><div><a>链接一</a></div></body></html>";
        var document = ReportDocument.Load(Encoding.UTF8.GetBytes(html), "page.htm");

        Assert.Equal("第一段正文内容，足够长的文字在这里。\n\n第二段正文内容，也有足够长的文字。", document.Text);
        Assert.Contains(document.Notes, n => n.Code == DocumentNoteCodes.BodyGuessed);
        Assert.Equal(EncodingDetection.ValidUtf8, document.Encoding!.Detection);
    }

    [Fact]
    public void Load_Table_GivesOneLinePerRowWithSeparators()
    {
        var html = "<html><body><div id=\"zoom\"><p>全年办理复议案件情况如下表。</p><table><tr><td>省份</td><td>数量</td></tr><tr><td>广东</td><td><p>31392</p></td></tr></table></div></body></html>";
        var document = ReportDocument.Load(Encoding.UTF8.GetBytes(html), "t.html");

        Assert.Equal("全年办理复议案件情况如下表。\n\n省份 | 数量 |\n\n广东 | 31392 |", document.Text);
    }

    [Fact]
    public void Load_GbkText_IsDecodedAsGb18030()
    {
        var bytes = Gbk.GetBytes(Seed);
        var document = ReportDocument.Load(bytes, "seed.txt");

        Assert.Equal(ContainerFormat.PlainText, document.Format);
        Assert.Equal(EncodingDetection.Gb18030Fallback, document.Encoding!.Detection);
        Assert.Equal(Gbk.GetString(bytes), document.Text);
        Assert.Empty(document.Notes);
    }

    [Fact]
    public void Load_Utf8TextWithBom_SaysByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("报告")).ToArray();
        var document = ReportDocument.Load(bytes);

        Assert.Equal("报告", document.Text);
        Assert.Equal(EncodingDetection.ByteOrderMark, document.Encoding!.Detection);
    }

    [Fact]
    public void Load_InvalidBytes_AreReportedWithTheirOffset()
    {
        // 0xFF is never valid in UTF-8 nor GB18030.
        var bytes = Gbk.GetBytes("法治报告").Concat(new byte[] { 0xFF }).Concat(Gbk.GetBytes("政府")).ToArray();
        var document = ReportDocument.Load(bytes, "x.txt");

        var note = Assert.Single(document.Notes);
        Assert.Equal(DocumentNoteCodes.InvalidBytes, note.Code);
        Assert.Equal(8, note.ByteOffset);
        Assert.Equal("法治报告\uFFFD政府", document.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "a.doc", "OLE compound document")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "a.wps", "(.wps)")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "scan.png", "PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, null, "JPEG image")]
    public void Load_UnreadableFormat_IsRefusedInOneLine(byte[] bytes, string? name, string says)
    {
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes, name));

        Assert.Equal(DocumentLoadFailure.UnsupportedFormat, e.Failure);
        Assert.Contains(says, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Load_HtmlNested100000Deep_IsRefusedQuickly()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "正文</body></html>";
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(Encoding.UTF8.GetBytes(html), "deep.html"));

        Assert.Equal(DocumentLoadFailure.TooComplex, e.Failure);
    }

    [Fact]
    public void Load_HtmlNestedWithinTheLimit_IsRead()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 900)) + "这是一段足够长的正文内容，用于测试深层嵌套的页面。" + string.Concat(Enumerable.Repeat("</div>", 900)) + "</body></html>";
        var document = ReportDocument.Load(Encoding.UTF8.GetBytes(html), "deep.html");

        Assert.Equal("这是一段足够长的正文内容，用于测试深层嵌套的页面。", document.Text);
    }

    [Fact]
    public void Load_PageWithNoBodyText_IsRefused()
    {
        var html = "<html><head><title>报告</title></head><body><div class=\"nav\"><a>首页</a></div></body></html>";
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(Encoding.UTF8.GetBytes(html), "empty.html"));

        Assert.Equal(DocumentLoadFailure.NoText, e.Failure);
    }

    [Fact]
    public void Load_StreamOverTheLimit_IsRefusedWithoutReadingIt()
    {
        using var stream = new MemoryStream(new byte[2048]);
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(stream, "big.pdf", new DocumentLoadOptions { MaxInputBytes = 1024 }));

        Assert.Equal(DocumentLoadFailure.TooLarge, e.Failure);
    }
}
