using System;
using System.Linq;
using System.Text;
using NodaTime;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Documents.Tests;

public sealed class ReportDocumentReadTests
{
    private static readonly string[] Body =
    [
        "一、2020年法治政府建设工作总结",
        "（一）全面依法履行政府职能",
        "全年受理复议案件11宗,其中,确认违法2宗,纠正率18.2%。",
        "二、2021年工作计划",
        "（一）强化规范和监督",
    ];

    private static byte[] Page(string title, string pubDate, string source, bool printedHeader) =>
        Encoding.UTF8.GetBytes(
            "<html><head><meta charset=\"utf-8\"><meta name=\"ArticleTitle\" content=\"" + title + "\"><meta name=\"PubDate\" content=\"" + pubDate + "\">"
            + "<meta name=\"ContentSource\" content=\"" + source + "\"></head><body>"
            + (printedHeader ? "<h1>某区2020年法治政府建设年度报告</h1><div class=\"info\"><span>信息来源:某区司法局</span> <span>发布时间:2021-03-01 10:00:00</span></div>" : string.Empty)
            + "<div id=\"zoom\">"
            + string.Concat(Body.Select(l => "<p>" + l + "</p>")) + "</div></body></html>");

    [Fact]
    public void ToReadOptions_GivesTheContainersFactsAsHintsWithTheirSources()
    {
        var document = ReportDocument.Load(Page("某区2020年法治政府建设年度报告", "2021-03-01 10:00:00", "某区司法局", printedHeader: false), "a.html");

        var options = document.ToReadOptions(new ReadOptions(year: ReportYear.Of(2020)));

        Assert.Equal(new ReadHint<string>("某区2020年法治政府建设年度报告", "<meta name=\"ArticleTitle\">"), options.TitleHint);
        Assert.Equal(new LocalDateTime(2021, 3, 1, 10, 0).WithOffset(Offset.FromHours(8)), options.PublishedAtHint!.Value);
        Assert.Equal("某区司法局", options.IssuerHint!.Value);
        Assert.Equal(2020, options.Year!.Value.Year);
    }

    [Fact]
    public void ToReadOptions_KeepsTheCallersOwnHints()
    {
        var document = ReportDocument.Load(Page("某区2020年法治政府建设年度报告", "2021-03-01 10:00:00", "某区司法局", printedHeader: false), "a.html");
        var mine = new ReadHint<string>("我的标题", "caller");

        Assert.Same(mine, document.ToReadOptions(new ReadOptions(titleHint: mine)).TitleHint);
    }

    [Fact]
    public void Read_DocxWithoutTitleLine_TakesTheTitleFromTheProperties()
    {
        var document = ReportDocument.Load(TestDocx.Build(Body.Select(TestDocx.Plain).ToArray<DocumentFormat.OpenXml.OpenXmlElement>(), title: "某区2020年法治政府建设年度报告"));

        var result = document.Read();

        Assert.Equal("某区2020年法治政府建设年度报告", result.Read.Report!.Title);
        Assert.Equal(2020, result.Read.Report.Year.Year);
        Assert.Contains(result.Read.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("docProps/core.xml dc:title", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Notes, n => n.Code == DocumentNoteCodes.ContainerDisagrees);
    }

    [Fact]
    public void Read_YearGuessedFromTheText_GivesWayToTheContainersTitle()
    {
        // The text has no title line and its first heading suggests 2020; the document properties say 2021.
        var document = ReportDocument.Load(TestDocx.Build(Body.Select(TestDocx.Plain).ToArray<DocumentFormat.OpenXml.OpenXmlElement>(), title: "某区2021年法治政府建设年度报告"));

        var result = document.Read();

        Assert.Equal(2021, result.Read.Report!.Year.Year);
        Assert.Equal(2021, result.Options.Year!.Value.Year);
        Assert.Contains(result.Notes, n => n.Code == DocumentNoteCodes.ContainerDisagrees && n.Message.Contains("instead of 2020", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ContainerDisagreesWithThePrintedHeader_KeepsTheTextAndSaysSo()
    {
        var document = ReportDocument.Load(Page("某区2020年法治政府建设年度报告", "2021-03-02 09:30:00", "某区人民政府办公室", printedHeader: true), "a.html");

        var result = document.Read();

        Assert.Equal(new LocalDateTime(2021, 3, 1, 10, 0), result.Read.Report!.Publication!.PublishedAt.LocalDateTime);
        Assert.Equal("某区司法局", result.Read.Report.Publication.InformationSource);
        var disagreements = result.Notes.Where(n => n.Code == DocumentNoteCodes.ContainerDisagrees).Select(n => n.Message).ToArray();
        Assert.Equal(2, disagreements.Length);
        Assert.Contains(disagreements, m => m.Contains("2021-03-02 09:30:00", StringComparison.Ordinal));
        Assert.Contains(disagreements, m => m.Contains("某区人民政府办公室", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ContainerAgreeingWithTheText_AddsNoNote()
    {
        var document = ReportDocument.Load(Page("某区2020年法治政府建设年度报告", "2021-03-01 10:00:00", "某区司法局", printedHeader: true), "a.html");

        var result = document.Read();

        Assert.NotNull(result.Read.Report);
        Assert.DoesNotContain(result.Notes, n => n.Code == DocumentNoteCodes.ContainerDisagrees);
    }
}
