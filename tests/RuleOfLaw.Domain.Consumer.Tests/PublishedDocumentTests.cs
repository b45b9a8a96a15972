using System;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using RuleOfLaw.Domain.Documents;
using RuleOfLaw.Domain.Documents.Tests;
using Xunit;

namespace RuleOfLaw.Domain.Consumer.Tests;

/// <summary>
/// What an integrator's import job tests before it feeds published pages, Word and PDF files to the reader: on .NET 8
/// as on .NET 10, GBK and GB18030 decode with the runtime's own code pages, and each container yields its text.
/// </summary>
public sealed class PublishedDocumentTests
{
    private const string Title = "某区2024年法治政府建设年度报告";

    private static readonly string[] Body = [Title, "一、2024年法治政府建设工作总结", "（一）全面依法履行政府职能", "全年受理行政复议案件12件，纠正2件。"];

    // The runtime's code-page provider, as an application on either target has it without registering anything.
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Fact]
    public void Load_GbkPageDeclaringItsCharset_DecodesByTheDeclaration()
    {
        var html = "<html><head><meta charset=\"gbk\"><title>" + Title + "</title></head><body>"
            + string.Concat(Body.Select(line => "<p>" + line + "</p>")) + "</body></html>";

        var document = ReportDocument.Load(Gb18030.GetBytes(html), "report.html");

        Assert.Equal(ContainerFormat.Html, document.Format);
        Assert.Equal(EncodingDetection.Declared, document.Encoding!.Detection);
        Assert.Equal("gbk", document.Encoding.Declared);
        Assert.Contains("全年受理行政复议案件12件", document.Text, StringComparison.Ordinal);
        Assert.Equal(Title, document.Title!.Value);
    }

    [Fact]
    public void Load_UndeclaredGb18030Text_FallsBackToGb18030AndSaysSo()
    {
        var document = ReportDocument.Load(Gb18030.GetBytes(string.Join("\n", Body)), "report.txt");

        Assert.Equal(ContainerFormat.PlainText, document.Format);
        Assert.Equal(new DocumentEncoding("GB18030", EncodingDetection.Gb18030Fallback, null), document.Encoding);
        Assert.Equal(string.Join("\n", Body), document.Text);
    }

    [Fact]
    public void Read_WordDocument_ReadsItsTextIntoAReport()
    {
        var bytes = TestDocx.Build(Body.Select(TestDocx.Plain).ToArray<OpenXmlElement>());

        var result = ReportDocument.Load(bytes, "report.docx").Read();

        Assert.Equal(ContainerFormat.Docx, result.Document.Format);
        Assert.Equal(Title, result.Read.Report!.Title);
        Assert.Equal(2024, result.Read.Report.Year.Year);
        Assert.Contains(result.Read.Quantities, q => q.Value == 12m && q.Unit == "件");
    }

    [Fact]
    public void Load_Pdf_ExtractsTheLinesOfItsPages()
    {
        var bytes = TestPdf.Build([[("Annual report 2024", 72, 760), ("12 cases received", 72, 740)]]);

        var document = ReportDocument.Load(bytes, "report.pdf");

        Assert.Equal(ContainerFormat.Pdf, document.Format);
        Assert.Contains("12 cases received", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedWordFile_IsOneClearLoadFailure()
    {
        var bytes = TestDocx.Build(Body.Select(TestDocx.Plain).ToArray<OpenXmlElement>());

        var error = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes.AsSpan(0, bytes.Length / 2).ToArray(), "report.docx"));

        Assert.DoesNotContain('\n', error.Message);
    }
}
