using System.Linq;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>The document kind the reader decides (ReportReadResult.DocumentKind) and the note that says how sure and why.</summary>
public sealed class DocumentKindReadingTests
{
    private const string Body = "\n一、主要工作\n全年办理案件12件。\n";

    private static ReadDiagnostic? KindNote(ReportReadResult result) =>
        result.Diagnostics.SingleOrDefault(d => d.Code == ReadDiagnosticCodes.DocumentKindRead);

    private static string? Value(ReadDiagnostic note, string name) => note.Values.SingleOrDefault(v => v.Name == name)?.Value;

    [Theory]
    [InlineData("某市2023年法治政府建设年度报告", DocumentKind.AnnualReport)]
    [InlineData("某区司法局关于2023年度法治政府建设情况的报告", DocumentKind.AnnualReport)]
    [InlineData("某镇2023年法治建设工作总结", DocumentKind.AnnualReport)]
    [InlineData("某县2023年依法行政工作报告", DocumentKind.AnnualReport)]
    [InlineData("某市2023年政府信息公开工作年度报告", DocumentKind.InformationDisclosureReport)]
    [InlineData("2023年全省行政复议、行政应诉案件统计数据", DocumentKind.Statistics)]
    [InlineData("某区综合行政执法局2023年度行政执法工作年报", DocumentKind.Other)]
    [InlineData("某区综合行政执法局2023年度法治政府建设工作报告", DocumentKind.AnnualReport)]
    [InlineData("某区行政复议局2023年度工作报告", null)]
    [InlineData("某县依法治县办2023年度工作报告", DocumentKind.AnnualReport)]
    [InlineData("某市2024年法治政府建设工作要点", DocumentKind.Other)]
    [InlineData("关于《某县2023年度法治政府建设工作报告》的政策解读", DocumentKind.Other)]
    [InlineData("某市人民政府关于印发《某市创建法治政府建设示范市实施方案》的通知", DocumentKind.Other)]
    [InlineData("某市人民政府关于公布《某市2023年度法治政府建设情况报告》的公告", DocumentKind.AnnualReport)]
    [InlineData("某局2023年法治政府建设和政务公开工作报告", DocumentKind.AnnualReport)]
    [InlineData("某局2023年政务公开和法治政府建设工作报告", DocumentKind.InformationDisclosureReport)]
    [InlineData("关于加快推进法治政府建设的实施意见", DocumentKind.Other)]
    [InlineData("某市人民政府常务会议工作规则", DocumentKind.Other)]
    [InlineData("某区行政执法公示工作指引", DocumentKind.Other)]
    [InlineData("某市2016—2020年法治政府建设情况报告", DocumentKind.Other)] // a review of five years is no annual report
    [InlineData("某市2016-2020年法治政府建设工作总结", DocumentKind.Other)]
    [InlineData("某市关于《法治政府建设实施纲要（2021—2025年）》落实情况的2023年度报告", DocumentKind.AnnualReport)] // the range is another document's
    public void Read_TitleNamingItsGenreAndTopic_IsThatKind(string title, DocumentKind? expected)
    {
        // A title that names no kind (null) leaves the kind to the rest of the text, here an annual report by default.
        var kind = expected ?? DocumentKind.AnnualReport;
        var result = ReportTextReader.Read(title + Body, new ReadOptions(ReportYear.Of(2023), ReportTextReader.SubjectNamed("某市人民政府")));

        Assert.Equal(kind, result.DocumentKind);
        Assert.Equal(kind, Assert.IsType<AnnualReport>(result.Report).DocumentKind);
    }

    [Fact]
    public void Read_AnnualReportByItsTitle_LeavesNoKindNote()
    {
        var result = ReportTextReader.Read("某市2023年法治政府建设年度报告" + Body);

        Assert.Equal(DocumentKind.AnnualReport, result.DocumentKind);
        Assert.Null(KindNote(result));
    }

    [Fact]
    public void Read_StatisticsTitle_NotesTheTitleAsStatedEvidenceAtTheTitle()
    {
        const string Title = "2023年全省行政复议案件统计数据";

        var result = ReportTextReader.Read(Title + Body);

        var note = Assert.IsType<ReadDiagnostic>(KindNote(result));
        Assert.Equal("statistics", Value(note, "kind"));
        Assert.Equal("as the text states", Value(note, "certainty"));
        Assert.Equal("the title names \"统计\"", Value(note, "evidence"));
        Assert.Equal(new SourceSpan(0, Title.Length), note.Span);
        Assert.Equal("the document is read as statistics, as the text states: the title names \"统计\"", note.Message);
        Assert.Equal("该文件判定为统计数据（文本自述）：标题写明“统计”", note.GetMessage(MessageLanguage.Chinese));
    }

    [Fact]
    public void Read_StatisticsWithAllItsParts_StillBuildsTheReportOfThatKind()
    {
        var text = "某市2023年法治政府建设情况统计表\n一、主要举措和成效\n办理案件12件。\n二、存在的不足和原因\n人员不足。\n三、下一年度工作安排\n继续推进。\n";

        var result = ReportTextReader.Read(text, new ReadOptions(subject: ReportTextReader.SubjectNamed("某市人民政府")));

        Assert.Equal(DocumentKind.Statistics, Assert.IsType<AnnualReport>(result.Report).DocumentKind);
    }

    [Theory]
    [InlineData("2023年，我区扎实推进各项工作。现将全区2023年行政执法工作情况报告如下：", DocumentKind.Other, "行政执法")]
    [InlineData("根据《法治政府建设与责任落实督察工作规定》，现将有关情况报告如下：", DocumentKind.AnnualReport, null)]
    [InlineData("依据《中华人民共和国政府信息公开条例》要求，编制本报告。", DocumentKind.InformationDisclosureReport, "政府信息公开")]
    [InlineData("特向社会公布某市公安局2023年政府信息公开年度工作报告。", DocumentKind.InformationDisclosureReport, "政府信息公开")]
    [InlineData("为深入推进依法行政，结合本市实际，制定本方案。", DocumentKind.Other, "制定本方案")]
    [InlineData("为规范行政执法行为，特制定本实施意见。", DocumentKind.Other, "特制定本实施意见")]
    [InlineData("为推进法治政府建设，依据《某某规则》制定本工作规则。", DocumentKind.Other, "制定本工作规则")]
    [InlineData("依据《某某工作方案》的要求，现将2023年法治政府建设情况报告如下：", DocumentKind.AnnualReport, null)] // a plan it cites, not one it makes
    public void Read_OpeningThatDescribesTheDocument_IsThatKind(string opening, DocumentKind kind, string? quoted)
    {
        var result = ReportTextReader.Read(opening + Body);

        Assert.Equal(kind, result.DocumentKind);
        if (quoted is not null)
        {
            var note = Assert.IsType<ReadDiagnostic>(KindNote(result));
            Assert.Equal("the opening names \"" + quoted + "\"", Value(note, "evidence"));
            Assert.Equal(quoted, (opening + Body).Substring(note.Span!.Value.Start, note.Span.Value.Length));
        }
    }

    [Fact]
    public void Read_OpeningWithoutTopic_LeavesTheKindToTheStructure()
    {
        var text = "全年工作有序推进。现将有关工作报告如下。\n一、主要工作\n行政复议工作。行政复议案件办理。行政复议规范化。行政复议宣传。\n";

        var result = ReportTextReader.Read(text);

        Assert.Equal(DocumentKind.Other, result.DocumentKind);
        Assert.Equal("as its content suggests", Value(KindNote(result)!, "certainty"));
    }

    [Fact]
    public void Read_DisclosureTemplateHeading_IsAnInformationDisclosureReport()
    {
        var text = "一、总体情况\n全年主动公开信息120条。\n二、主动公开政府信息情况\n详见下表。\n";

        var result = ReportTextReader.Read(text);

        Assert.Equal(DocumentKind.InformationDisclosureReport, result.DocumentKind);
        Assert.Equal("a heading names \"主动公开政府信息\"", Value(KindNote(result)!, "evidence"));
    }

    [Fact]
    public void Read_DisclosureWordsInASubheading_DoNotDecide()
    {
        var text = "一、主要工作\n(一)主动公开政府信息情况\n全年公开信息120条。\n";

        Assert.Equal(DocumentKind.AnnualReport, ReportTextReader.Read(text).DocumentKind);
    }

    [Theory]
    [InlineData(3, 6, DocumentKind.Statistics)] // a third of the lines exactly
    [InlineData(3, 7, DocumentKind.AnnualReport)] // less than a third
    [InlineData(2, 0, DocumentKind.AnnualReport)] // two rows are no table
    public void Read_RowsOfFigures_AreStatisticsFromAThirdOfTheLines(int rows, int proseLines, DocumentKind kind)
    {
        var text = string.Concat(Enumerable.Range(0, proseLines).Select(i => "说明文字第" + i + "行。\n"))
            + string.Concat(Enumerable.Range(0, rows).Select(i => "甲地  | " + (100 + i) + "  | 乙地  | " + (50 + i) + "  | \n"));

        var result = ReportTextReader.Read(text);

        Assert.Equal(kind, result.DocumentKind);
        if (kind == DocumentKind.Statistics)
        {
            Assert.Equal(rows + " of " + (rows + proseLines) + " lines are rows of figures", Value(KindNote(result)!, "evidence"));
            Assert.EndsWith($"：{rows + proseLines}行中有{rows}行为数字表格行", KindNote(result)!.GetMessage(MessageLanguage.Chinese), System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_CellsThatAreNotNumbers_AreNoRowsOfFigures()
    {
        var text = "索引号 | 0026/2024-3417 | 公开方式 | 主动公开 |\n发布机构 | 区司法局 | 成文日期 | 2024-01-19 |\n编号 | 2024-1 | 日期 | 2024-01-20 |\n";

        Assert.Equal(DocumentKind.AnnualReport, ReportTextReader.Read(text).DocumentKind);
    }

    [Fact]
    public void Read_FirstResponsiblePersonPart_IsAnAnnualReportWithoutANote()
    {
        var text = "一、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人专题研究。\n";

        var result = ReportTextReader.Read(text);

        Assert.Equal(DocumentKind.AnnualReport, result.DocumentKind);
        Assert.Null(KindNote(result));
    }

    [Theory]
    [InlineData(5, 2, DocumentKind.Other)] // 5 > 2 × 2
    [InlineData(4, 1, DocumentKind.Other)] // the least that decides
    [InlineData(4, 2, DocumentKind.AnnualReport)] // not more than twice
    [InlineData(3, 0, DocumentKind.AnnualReport)] // too few mentions
    public void Read_TextMostlyAboutAnotherTopic_IsAnotherDocument(int reconsideration, int ruleOfLaw, DocumentKind kind)
    {
        var text = string.Concat(Enumerable.Repeat("加强行政复议工作。", reconsideration)) + string.Concat(Enumerable.Repeat("推进法治政府建设。", ruleOfLaw));

        var result = ReportTextReader.Read(text);

        Assert.Equal(kind, result.DocumentKind);
        if (kind == DocumentKind.Other)
        {
            Assert.Equal($"the text names \"行政复议\" {reconsideration} times and the rule-of-law topic {ruleOfLaw} times", Value(KindNote(result)!, "evidence"));
        }
    }

    [Fact]
    public void Read_TopicInsideBookTitles_IsNotCounted()
    {
        var text = string.Concat(Enumerable.Repeat("落实《行政复议法》。", 6));

        var result = ReportTextReader.Read(text);

        Assert.Equal(DocumentKind.AnnualReport, result.DocumentKind);
        Assert.Equal("by default", Value(KindNote(result)!, "certainty"));
    }

    [Fact]
    public void Read_EmptyText_IsAnAnnualReportByDefaultAndSaysSo()
    {
        var result = ReportTextReader.Read(string.Empty);

        var note = Assert.IsType<ReadDiagnostic>(KindNote(result));
        Assert.Equal(DocumentKind.AnnualReport, result.DocumentKind);
        Assert.Equal("the document is read as annual rule-of-law report, by default: neither the title, the opening nor the structure names a kind", note.Message);
        Assert.Equal("该文件判定为法治政府建设年度报告（默认）：标题、开头和结构均未表明文件类型", note.GetMessage(MessageLanguage.Chinese));
        Assert.Null(note.Span);
    }

    [Fact]
    public void Read_TitleGivenInTheOptions_DecidesTheKind()
    {
        var result = ReportTextReader.Read("现将有关情况报告如下。" + Body, new ReadOptions(title: "某市2023年政府信息公开工作年度报告"));

        Assert.Equal(DocumentKind.InformationDisclosureReport, result.DocumentKind);
        Assert.Null(KindNote(result)!.Span);
    }

    [Fact]
    public void Validate_ReadStatistics_ReportsNoMissingPartAndNoLatePublication()
    {
        var text = "2023年全省行政复议案件统计数据\n发布时间:2024-09-29 16:03\n表1:受理案件情况\n甲地 | 120 | 乙地 | 80 |\n";
        var read = ReportTextReader.Read(text, new ReadOptions(subject: ReportTextReader.SubjectNamed("某省司法厅")));

        var result = Validation.Rules.Validators.Later().Validate(Assert.IsType<AnnualReport>(read.Report));

        Assert.Equal([ValidationCodes.NotAnAnnualReport], result.Issues.Select(i => i.Code));
    }
}
