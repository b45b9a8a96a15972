using System.Linq;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class PartClassifierTests
{
    [Theory]
    [InlineData("2020年法治政府建设工作总结", ReportPart.MeasuresAndResults)]
    [InlineData("主要举措和成效", ReportPart.MeasuresAndResults)]
    [InlineData("存在的不足和原因", ReportPart.ShortcomingsAndCauses)]
    [InlineData("存在的问题", ReportPart.ShortcomingsAndCauses)]
    [InlineData("党政主要负责人履行推进法治建设第一责任人职责情况", ReportPart.FirstResponsiblePersonDuties)]
    [InlineData("2021年工作计划", ReportPart.NextYearArrangements)]
    [InlineData("下一步工作打算", ReportPart.NextYearArrangements)]
    [InlineData("下一年度主要安排", ReportPart.NextYearArrangements)]
    [InlineData("其他需要报告的情况", ReportPart.OtherMatters)]
    public void ClassifyHeading_NamedPart_ReturnsIt(string title, ReportPart part)
    {
        Assert.Equal(part, PartClassifier.ClassifyHeading(title));
    }

    [Theory]
    [InlineData("2021年", 2020, ReportPart.NextYearArrangements)]
    [InlineData("2020年", 2020, ReportPart.MeasuresAndResults)]
    public void ClassifyHeading_OnlyAYear_MapsByReportYear(string title, int year, ReportPart part)
    {
        Assert.Equal(part, PartClassifier.ClassifyHeading(title, year));
    }

    [Theory]
    [InlineData("2019年", 2020)]
    [InlineData("优化营商环境", null)]
    [InlineData("", null)]
    public void ClassifyHeading_NoPartNamed_ReturnsNull(string title, int? year)
    {
        Assert.Null(PartClassifier.ClassifyHeading(title, year));
    }

    [Fact]
    public void Map_ShortcomingsFoldedIntoPlan_ReportsMergedSentence()
    {
        const string text = "一、工作总结\n（一）第一责任人履职\n二、工作计划\n全年工作取得了一些成绩，但执法水平需要进一步提升。明年将继续推进。\n（一）加强领导";
        var outline = OutlineScanner.Scan(text);

        var map = PartClassifier.Map(text, outline);

        Assert.Empty(map.Missing);
        var merged = Assert.Single(map.Assignments, a => a.Part == ReportPart.ShortcomingsAndCauses);
        Assert.Equal(PartEvidence.MergedSentence, merged.Evidence);
        Assert.Equal("全年工作取得了一些成绩，但执法水平需要进一步提升。", text.Substring(merged.Span.Start, merged.Span.Length));
        Assert.Equal(PartEvidence.Nested, map.Assignments.Single(a => a.Part == ReportPart.FirstResponsiblePersonDuties).Evidence);
    }

    [Fact]
    public void Map_UnknownTopHeadingAndNoShortcomings_ReportsUnmappedAndMissing()
    {
        const string text = "一、工作总结\n正文。\n二、优化营商环境\n正文。";
        var outline = OutlineScanner.Scan(text);

        var map = PartClassifier.Map(text, outline);

        Assert.Equal([1], map.UnmappedSections);
        Assert.Equal([ReportPart.ShortcomingsAndCauses, ReportPart.FirstResponsiblePersonDuties, ReportPart.NextYearArrangements], map.Missing);
    }

    [Fact]
    public void Map_NoOutline_ReportsRequiredPartsMissing()
    {
        var map = PartClassifier.Map("正文。", []);

        Assert.Equal(4, map.Missing.Length);
        Assert.DoesNotContain(ReportPart.OtherMatters, map.Missing);
    }
}
