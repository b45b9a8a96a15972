using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>
/// What the reader infers of a text's year and author when the text has no title line, and that a partial read keeps
/// it: each rule on both sides of its boundary, with the note that names where the field came from.
/// </summary>
public sealed class HeaderInferenceTests
{
    private const string Body = "\n一、主要举措\n办理35件。";

    private static ValidationResult Validate(AnnualReport report) =>
        new ReportValidator(RuleSet.National, new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0))).Validate(report);

    [Fact]
    public void Read_NoTitle_PartialKeepsTheInferredYearAndSubject()
    {
        var result = ReportTextReader.Read("2020年，某市某区司法局坚持依法行政。" + Body);

        Assert.Null(result.Report);
        var partial = result.Partial!;
        Assert.Equal((null, (ReportYear?)ReportYear.Of(2020), "某市某区司法局"), (partial.Title, partial.Year, partial.Subject?.FullName));
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("2020", StringComparison.Ordinal));
        Assert.Equal(["title"], result.Missing);
    }

    [Fact]
    public void Read_NothingInferable_PartialSaysSoWithNulls()
    {
        var partial = ReportTextReader.Read("工作开展情况如下。" + Body).Partial!;

        Assert.Equal((null, (ReportYear?)null, (ReportingSubject?)null), (partial.Title, partial.Year, partial.Subject));
    }

    [Theory]
    [InlineData("2021年，某某街道以学习为核心，推进工作。", "某某街道")]
    [InlineData("某某市以改革为契机，加大建设力度。", "某某市")]
    [InlineData("2022年，某某部坚持依法行政。", "某某部")]
    [InlineData("2023年，某城区坚持依法行政。", "某城区")] // a place whose name ends in 城区 is still a place
    [InlineData("根据条例要求，特向社会公布某某市公安局2023年工作报告。", "某某市公安局")]
    [InlineData("如需咨询，请与某某市人民政府办公室联系。", "某某市人民政府")]
    public void Read_NameAtTheHeadOfAClause_IsTheSubject(string opening, string expected)
    {
        var result = ReportTextReader.Read(opening + Body);

        Assert.Equal((expected, false), (result.Partial!.Subject?.FullName, result.Partial.Subject?.IsDesignation));
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("opening sentence", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2021年，某某街道的工作取得成效。")] // a place, but not the clause's subject: no predicate follows
    [InlineData("2021年，依法治区以学习为核心。")] // ends in 区 but names no place
    [InlineData("2021年，示范区以创建为抓手。")]
    [InlineData("2022年，领导干部坚持学法。")] // ends in 部 but names no ministry
    [InlineData("2022年，全区坚持依法行政。")] // 全区 names no particular office
    [InlineData("中共某某县委员会、某某县人民政府：\n2024年，全乡法治政府建设工作稳步推进。")] // the addressees of a report sent up are not its author
    public void Read_NoNameAtTheHeadOfAClause_LeavesTheSubjectMissing(string opening)
    {
        var result = ReportTextReader.Read(opening + Body);

        Assert.Null(result.Partial!.Subject);
        Assert.Contains("subject", result.Missing);
    }

    [Fact]
    public void Read_SelfDesignation_TakesTheFullNameFromTheTextsOwnDocumentTitle()
    {
        var result = ReportTextReader.Read("2023年以来，在区委区政府的领导下，我局坚持依法行政。" + Body + "\n印发《2023年某市某区人力资源和社会保障局工作要点》。");

        Assert.Equal(("某市某区人力资源和社会保障局", false), (result.Partial!.Subject?.FullName, result.Partial.Subject?.IsDesignation));
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("我局", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("现将省政府2021年度法治政府建设情况报告如下。", "\n修订《某某省人民政府工作规则》。", "某某省人民政府")]
    [InlineData("现将县人民政府2022年法治政府建设工作情况报告如下。", "\n制定了《某某县人民政府常务会会前学法制度》。", "某某县人民政府")]
    public void Read_GovernmentSelfDesignation_TakesTheFullNameWithItsLevel(string opening, string tail, string expected)
    {
        var result = ReportTextReader.Read(opening + Body + tail);

        Assert.Equal(expected, result.Partial!.Subject?.FullName);
    }

    [Theory]
    [InlineData("2022年，区政府坚持依法行政。", "区政府", AdministrativeLevel.County, SubjectKind.Government)]
    [InlineData("2024年，在市委的领导下，市政府坚持依法行政。", "市政府", AdministrativeLevel.City, SubjectKind.Government)]
    [InlineData("2024年，省教育厅坚持以法治思想为指引。", "省教育厅", AdministrativeLevel.Province, SubjectKind.GovernmentDepartment)]
    [InlineData("2021年，区司法局在区委、区政府的领导下，扎实推进工作。", "区司法局", AdministrativeLevel.County, SubjectKind.GovernmentDepartment)]
    [InlineData("2021年，镇政府以改革为抓手。", "镇政府", AdministrativeLevel.Township, SubjectKind.Government)]
    [InlineData("2022年，我镇坚持依法行政。", "我镇", AdministrativeLevel.Township, SubjectKind.Government)]
    [InlineData("2021年,我镇在某区委、区政府的领导下推进工作。", "我镇", AdministrativeLevel.Township, SubjectKind.Government)] // a town under a district is still a town
    [InlineData("2022年，我市执法工作紧紧围绕中心推进。", "我市", AdministrativeLevel.City, SubjectKind.Government)] // a place's own name needs no predicate
    [InlineData("2023年，本街道坚持依法行政。", "本街道", AdministrativeLevel.Township, SubjectKind.SubDistrictOffice)]
    [InlineData("2021年，在区委、区政府的坚强领导下，我局切实加强领导。", "我局", AdministrativeLevel.County, SubjectKind.GovernmentDepartment)]
    [InlineData("2022年，在市委市政府的正确领导下，我单位扎实推进工作。", "我单位", AdministrativeLevel.City, SubjectKind.GovernmentDepartment)]
    [InlineData("中共某某县委员会、某某县人民政府：\n2024年，我乡法治政府建设工作稳步推进。", "我乡", AdministrativeLevel.Township, SubjectKind.Government)] // not the county it is sent up to
    [InlineData("2023年，本厅坚持依法行政。", "本厅", AdministrativeLevel.Province, SubjectKind.GovernmentDepartment)] // a 厅 is a province's
    [InlineData("2023年，在自治区党委的领导下，我区坚持依法行政。", "我区", AdministrativeLevel.Province, SubjectKind.Government)] // an autonomous region's 我区
    public void Read_DesignationThatNamesNoPlace_IsTheSubjectAsPrintedWithTheLevelItGives(string opening, string name, AdministrativeLevel level, SubjectKind kind)
    {
        var result = ReportTextReader.Read(opening + Body);

        var subject = result.Partial!.Subject!;
        Assert.Equal((name, (AdministrativeLevel?)level, kind, true), (subject.FullName, subject.Level, subject.Kind, subject.IsDesignation));
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("designation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022年，区委坚持依法行政。")] // 区委 is the Party's committee
    [InlineData("在区委、区政府的领导下，工作取得成效。")] // 区政府 is not the clause's subject: no predicate follows
    [InlineData("2022年，全区政府系统坚持依法行政。")] // 全区 names no office
    public void Read_NoDesignationAtTheHeadOfAClause_LeavesTheSubjectMissing(string opening)
    {
        var result = ReportTextReader.Read(opening + Body);

        Assert.Null(result.Partial!.Subject);
    }

    [Theory]
    [InlineData("2023年，在上级党委、政府的领导下，我局坚持依法行政。")] // the government it works under names no level
    [InlineData("2023年，我局党组研究部署工作。")] // 我局 is not the clause's subject
    [InlineData("2023年，本市场主体数量稳步增长。")] // 市场 is no place
    [InlineData("本办法自发布之日起施行。")] // 本 before a word that names no place or office
    [InlineData("2023年，某某单位在《我局工作要点》指导下推进工作。")] // inside 《》 it names another document
    public void Read_SelfDesignationWithoutALevel_LeavesTheSubjectMissing(string opening)
    {
        var result = ReportTextReader.Read(opening + Body);

        Assert.Null(result.Partial!.Subject);
    }

    [Theory]
    [InlineData("文章来源: 发布时间:2019年3月5日 字号:【小】", "2019-03-05", null)] // an empty source is not the next label's text
    [InlineData("文章来源:某某区司法局 发布时间:2019年3月5日", "2019-03-05", "某某区司法局")]
    public void Read_MetadataLineWithAnEmptyLabel_KeepsTheNextLabelsValue(string line, string published, string? source)
    {
        var result = ReportTextReader.Read("2018年某某区法治政府建设情况报告\n" + line + "\n2018年，某某区坚持依法行政。" + Body);

        Assert.Equal((published, source), (result.Syntax.PublishedAt?.Value.Date.ToString("yyyy-MM-dd", null), result.Syntax.InformationSource?.Value));
    }

    [Theory]
    [InlineData("发布时间：\n2024-03-20 10:00\n更新时间：2024-03-25", "2024-03-20", null)] // the label's value is on the next line
    [InlineData("成文日期：\n2024-03-18", null, "2024-03-18")] // a document date so printed is no publication date
    [InlineData("发布时间：\n\n2024-03-20\n更新时间：2024-03-25", "2024-03-25", null)] // a blank line between: not the label's value
    [InlineData("更新于 2024-03-20", "2024-03-20", null)]
    [InlineData("发布于2024年3月20日", "2024-03-20", null)]
    [InlineData("内容更新于每季度末", null, null)] // 更新于 before no date is no label
    public void Read_DateLabelWithItsValueApart_TakesTheDateForThatLabel(string lines, string? published, string? written)
    {
        var result = ReportTextReader.Read("2023年某某县法治政府建设情况报告\n" + lines + "\n2023年，某某县坚持依法行政。" + Body);

        Assert.Equal((published, written), (result.Syntax.PublishedAt?.Value.Date.ToString("yyyy-MM-dd", null), result.Syntax.DocumentDate?.Value.ToString("yyyy-MM-dd", null)));
    }

    [Theory]
    [InlineData("发布日期 2024-03-28", "2024-03-28", null, null)] // the label, not a name before a date, and no source
    [InlineData("时间  2024年3月28日", "2024-03-28", null, null)]
    [InlineData("成文日期 2024-03-18", null, "2024-03-18", null)]
    [InlineData("发布日期 2024-03-28 来源：某某县司法局", "2024-03-28", null, "某某县司法局")] // another label after the date
    [InlineData("来源：某某县司法局 发布时间 2024-03-28 10:20", "2024-03-28", null, "某某县司法局")]
    [InlineData("时间 2024年3月28日，某某县召开依法行政工作会议。", null, null, null)] // a sentence runs on from the date
    [InlineData("时间 2024年3月28日召开会议", null, null, null)]
    [InlineData("发布日期 待定", null, null, null)] // no date after the label
    public void Read_DateLabelWithoutAColon_TakesTheDateForThatLabel(string line, string? published, string? written, string? source)
    {
        var result = ReportTextReader.Read("2023年某某县法治政府建设情况报告\n" + line + "\n2023年，某某县坚持依法行政。" + Body);

        Assert.Equal(
            (published, written, source),
            (result.Syntax.PublishedAt?.Value.Date.ToString("yyyy-MM-dd", null), result.Syntax.DocumentDate?.Value.ToString("yyyy-MM-dd", null), result.Syntax.InformationSource?.Value));
    }

    [Theory]
    [InlineData("2023年某某县法治政府建设情况报告 (2024-03-20)", "2023年某某县法治政府建设情况报告", "2024-03-20")]
    [InlineData("2023年某某县法治政府建设情况报告（2024年3月20日）", "2023年某某县法治政府建设情况报告", "2024-03-20")]
    [InlineData("2023年某某县法治政府建设情况报告\n(2024-03-20)", "2023年某某县法治政府建设情况报告", "2024-03-20")]
    [InlineData("某某县法治政府建设情况报告（2023年）", "某某县法治政府建设情况报告（2023年）", null)] // a year in brackets is the title's
    [InlineData("2023年某某县法治政府建设情况报告（全文）", "2023年某某县法治政府建设情况报告（全文）", null)]
    public void Read_DateInBracketsAfterTheTitle_IsThePublicationDateNotTheTitle(string head, string title, string? published)
    {
        var result = ReportTextReader.Read(head + "\n2023年，某某县坚持依法行政。" + Body);

        Assert.Equal((title, published), (result.Syntax.Title?.Value, result.Syntax.PublishedAt?.Value.Date.ToString("yyyy-MM-dd", null)));
    }

    [Theory]
    [InlineData("某某县2023年法治政府建设情况报告 2023年，某某县坚持依法行政。", "某某县2023年法治政府建设情况报告", "2023年，某某县")]
    [InlineData("某某县2023年法治政府建设情况报告2023年，某某县坚持依法行政。", "某某县2023年法治政府建设情况报告", "2023年，某某县")]
    [InlineData("某某县2023年依法行政工作总结一、主要举措 某某县坚持依法行政。", "某某县2023年依法行政工作总结", "一、主要举措")]
    public void Read_TitleRunIntoTheBodyOnItsLine_IsTheTitleAndTheBodyStartsAfterIt(string line, string title, string bodyStart)
    {
        var text = line + Body;
        var result = ReportTextReader.Read(text);

        Assert.Equal((title, 2023), (result.Syntax.Title?.Value, result.Report!.Year.Year));
        Assert.StartsWith(bodyStart, text[(result.Syntax.Preamble?.Start ?? result.Syntax.Outline[0].MarkerSpan.Start)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("现将某某县2023年法治政府建设情况报告如下。")] // 报告 is the verb's object: 如下 follows
    [InlineData("根据要求，某某县2023年法治政府建设情况报告 如下。")] // a comma before: a sentence, not a title
    [InlineData("某某县2023年法治政府建设情况报告的起草说明 见附件。")] // the title does not end at 报告
    [InlineData("某某县法治政府建设情况报告 2023年，某某县坚持依法行政。")] // no year before 报告
    public void Read_SentenceThatNamesAReport_IsNoTitle(string line)
    {
        var result = ReportTextReader.Read(line + Body);

        Assert.Null(result.Syntax.Title);
    }

    [Theory]
    [InlineData("工作取得成效，全市争议化解有力。\n一、主要举措\n2023年全市行政执法案件纠错率较2022年下降5个百分点。", 2023)] // this year against last
    [InlineData("工作取得成效，全市争议化解有力。\n一、主要举措\n2023年全市受理案件比2022年增加12件。", 2023)]
    [InlineData("工作取得成效，全市争议化解有力。\n一、主要举措\n2023年受理案件较2021年增加12件。", null)] // not the year before: no comparison of this year with last
    [InlineData("工作取得成效，全市争议化解有力。\n一、主要举措\n受理案件较2022年增加。2023年启动新机制。", null)] // not in one sentence
    public void Read_YearComparedWithTheYearBefore_IsTheReportYear(string text, int? year)
    {
        // Past the opening, where no year is printed, so the comparison is what is left to read.
        var result = ReportTextReader.Read(string.Concat(System.Linq.Enumerable.Repeat("工作取得成效，全市争议化解有力。", 15)) + text);

        Assert.Equal(year is { } y ? ReportYear.Of(y) : null, result.Partial?.Year ?? result.Report?.Year);
    }

    [Theory]
    [InlineData("各县区人民政府：\n为推进工作，现印发给你们，请认真贯彻落实。\n某某市人民政府\n2025年6月13日", null)] // a cover letter's date is no report year
    [InlineData("较2022年，2023年全市办理案件增加。", 2023)] // the base of a comparison is not the year
    [InlineData("2023年，全市办理案件增加。", 2023)]
    public void Read_YearInTheOpeningThatIsADateOrABase_IsNotTheReportYear(string opening, int? year)
    {
        var result = ReportTextReader.Read(opening + "\n一、主要举措\n办理35件。");

        Assert.Equal(year is { } y ? ReportYear.Of(y) : null, result.Partial?.Year ?? result.Report?.Year);
    }

    [Fact]
    public void Read_TitleOnFiveYears_InfersNoOneYear()
    {
        var result = ReportTextReader.Read("某某市2016—2020年法治政府建设情况报告\n2020年，某某市坚持依法行政。" + Body);

        Assert.Null(result.Partial!.Year);
        Assert.Equal(DocumentKind.Other, result.DocumentKind);
    }

    [Fact]
    public void Read_TodaysDateWidgetAboveTheTitle_IsNotTheTitle()
    {
        var result = ReportTextReader.Read("今天是:2019年10月31日 星期三\n2020年某某区法治政府建设情况报告\n2020年，某某区坚持依法行政。" + Body);

        Assert.Equal(("2020年某某区法治政府建设情况报告", 2020), (result.Syntax.Title?.Value, result.Report!.Year.Year));
    }

    [Theory]
    [InlineData("2023年以来，我局坚持依法行政。", "\n转发《某市司法局关于开展检查的通知》。")] // a document sent down by another office
    [InlineData("2023年以来，我局坚持依法行政。", "\n印发《工作要点》。")] // a document that names no office
    [InlineData("在区委、区政府的领导下，工作取得成效。", "\n修订《某某区人民政府工作规则》。")] // 区政府 is not the clause's subject
    public void Read_SelfDesignationWithoutItsOwnDocument_LeavesTheSubjectMissing(string opening, string tail)
    {
        var result = ReportTextReader.Read(opening + Body + tail);

        Assert.Null(result.Partial!.Subject);
    }

    [Theory]
    [InlineData("2023年，某某市坚持依法行政。", "", AdministrativeLevel.City)] // a city's name alone: a prefecture-level city's
    [InlineData("2023年，某某市坚持依法行政。", "\n推行《某某州某某市行政执法工作规则》。", AdministrativeLevel.County)] // named with its prefecture
    [InlineData("2023年，某某市坚持依法行政。", "\n某某地区某某市共办理案件12件。", AdministrativeLevel.County)]
    [InlineData("2023年，某某市坚持依法行政。", "\n附：某某市（县级）行政复议案件统计。", AdministrativeLevel.County)] // marked county-level
    [InlineData("2023年，某某市坚持依法行政。", "\n县级市某某市共有乡镇12个。", AdministrativeLevel.County)]
    [InlineData("2023年，某某市司法局坚持依法行政。", "\n某某州某某市司法局获评先进。", AdministrativeLevel.County)] // a department has its city's level
    [InlineData("2023年，某某市坚持依法行政。", "\n某某省某某市获评先进。", AdministrativeLevel.City)] // a province before it is no prefecture
    [InlineData("2023年，某某市坚持依法行政。", "\n在全市某某市民服务中心开展检查。", AdministrativeLevel.City)] // 全市 is the whole city, no prefecture
    [InlineData("2023年，某某市坚持依法行政。", "\n推进智慧城市某某市建设。", AdministrativeLevel.City)] // 城市 is no place's name
    [InlineData("2023年，某某市坚持依法行政。", "\n县级市的行政复议工作各有特点。", AdministrativeLevel.City)] // 县级市 not before the city's name
    public void Read_CityThatTheTextMarksAsCountyLevel_IsACounty(string opening, string tail, AdministrativeLevel level)
    {
        var result = ReportTextReader.Read(opening + Body + tail);

        Assert.Equal(level, result.Partial!.Subject!.Level);
    }

    [Theory]
    [InlineData("信息来源：某某部官网", "某某部")]
    [InlineData("信息来源：某某市司法局网站", "某某市司法局")]
    [InlineData("信息来源：某某县人民政府网", "某某县人民政府")]
    public void Read_InformationSourceThatNamesAWebsite_GivesTheOfficeBehindIt(string sourceLine, string expected)
    {
        var result = ReportTextReader.Read("2019年全国统计数据\n" + sourceLine + Body);

        Assert.Equal(expected, result.Report!.Subject.FullName);
    }

    [Theory]
    [InlineData("来源：网友投稿", "某某县司法局")] // a contributor is no body
    [InlineData("来源：本站", "某某县司法局")] // nor is the site itself
    [InlineData("信息来源：转载自某某新闻网", "某某县司法局")]
    [InlineData("来源：综合", "某某县司法局")]
    [InlineData("来源：某某县综合行政执法局", "某某县综合行政执法局")] // 综合 inside an office's name
    [InlineData("来源：某某县人民政府网站", "某某县人民政府")]
    [InlineData("来源：某某日报", "某某县司法局")] // a media outlet carries another's text
    [InlineData("信息来源：某某晚报", "某某县司法局")]
    [InlineData("信息来源：某某日报网站", "某某县司法局")] // no office is left once the suffix goes
    [InlineData("来源：某某新闻网", "某某县司法局")]
    [InlineData("来源：某某县融媒体中心", "某某县司法局")]
    [InlineData("来源：某某市广播电视台", "某某县司法局")]
    [InlineData("来源：新华社", "某某县司法局")]
    [InlineData("来源：某某县人民政府网", "某某县人民政府")] // a government's own site names the government
    [InlineData("来源：某某县大数据中心", "某某县大数据中心")] // a centre that is an organ, not a media centre
    [InlineData("来源：某某县司法局", "某某县司法局")]
    public void Read_InformationSourceThatNamesNoBody_IsNotTheSubject(string sourceLine, string expected)
    {
        var result = ReportTextReader.Read("2023年法治政府建设情况报告\n" + sourceLine + "\n2023年，某某县司法局坚持依法行政。" + Body);

        Assert.Equal(expected, result.Report!.Subject.FullName);
        Assert.Equal(sourceLine[(sourceLine.IndexOf('：') + 1)..], result.Syntax.InformationSource?.Value); // still the page's 来源
    }

    [Theory]
    [InlineData("一图读懂2023年法治政府建设年度报告", "某某县司法局")] // a column's words before the year name no body
    [InlineData("最新发布！2023年法治政府建设年度报告", "某某县司法局")]
    [InlineData("某某县2023年法治政府建设年度报告", "某某县")]
    [InlineData("某某县司法局2023年法治政府建设年度报告", "某某县司法局")]
    public void Read_TitlePrefixThatNamesNoBody_IsNotTheSubject(string title, string expected)
    {
        var result = ReportTextReader.Read(title + "\n2023年，某某县司法局坚持依法行政。" + Body);

        Assert.Equal(expected, result.Report!.Subject.FullName);
    }

    [Theory]
    [InlineData("\n本报告电子版可从某某市人民政府网站下载。", "某某市人民政府")]
    [InlineData("\n本报告电子版可从网站下载。", "某某市")]
    public void Read_TitleThatNamesAPlace_GivesItsGovernmentOnlyWhenTheTextPrintsIt(string tail, string expected)
    {
        var result = ReportTextReader.Read("2022年某某市政府信息公开工作年度报告" + Body + tail);

        Assert.Equal(expected, result.Report!.Subject.FullName);
    }

    [Theory]
    [InlineData("一、2020年法治政府建设工作总结\n办理35件。", 2020, "from the first heading", "2020")]
    [InlineData("2023年以来，某某街道坚持依法行政。\n一、主要举措\n办理35件。", 2023, "from the opening sentence", "2023")]
    [InlineData("发布时间：2021-03-15\n工作开展情况如下。\n一、主要举措\n办理35件。", 2020, "as the year before publication", "2021-03-15")]
    public void Read_NoYearInATitle_InfersItFromItsSourceWithANoteOnThatSpan(string text, int year, string source, string spanStartsWith)
    {
        var result = ReportTextReader.Read(text);

        Assert.Equal(ReportYear.Of(year), result.Partial!.Year);
        var note = Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("report year", StringComparison.Ordinal));
        Assert.Contains(source, note.Message, StringComparison.Ordinal);
        Assert.StartsWith(spanStartsWith, text.Substring(note.Span!.Value.Start, note.Span.Value.Length), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("发布日期：2024-07-02\n某某县创建法治政府建设示范县实施方案\n为推进依法行政，制定本方案。\n一、总体要求\n完成12项任务。", null)] // a plan covers no year its publication gives
    [InlineData("发布日期：2024-07-02\n某某县关于加强行政执法监督的意见\n为规范执法，提出如下意见。\n一、主要任务\n开展培训3次。", null)] // nor does an opinion
    [InlineData("发布日期：2024-07-02\n某某县创建法治政府建设示范县实施方案\n2023年，某某县坚持依法行政，制定本方案。\n一、总体要求\n完成12项任务。", 2023)] // the year it states is kept
    [InlineData("发布日期：2024-03-02\n某某县法治政府建设情况报告\n工作开展情况如下。\n一、主要举措\n办理35件。", 2023)] // a report is the year before its publication
    public void Read_TextThatIsNoReport_GetsNoYearFromItsPublicationDate(string text, int? year)
    {
        var result = ReportTextReader.Read(text);

        Assert.Equal(year is { } y ? ReportYear.Of(y) : null, result.Partial?.Year ?? result.Report?.Year);
        Assert.Equal(text.Contains("报告", StringComparison.Ordinal) ? DocumentKind.AnnualReport : DocumentKind.Other, result.DocumentKind);
        Assert.Equal(year is not null && text.Contains("报告", StringComparison.Ordinal), result.Diagnostics.Any(d => d.Message.Contains("year before publication", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("根据《纲要（2023—2027年）》，2023年，某某街道以学习为核心。", 2023)] // a document's period is not the report's year
    [InlineData("依据《关于编制2022年度工作报告的通知》要求，编制本报告。", 2022)] // inside brackets only a year of 年度 counts
    public void Read_YearOfTheOpening_SkipsDocumentPeriods(string opening, int expected)
    {
        var result = ReportTextReader.Read(opening + Body);

        Assert.Equal(ReportYear.Of(expected), result.Partial!.Year);
    }

    [Fact]
    public void Read_PageWithTwoDates_KeepsBothAndSaysTheDeadlineRulesUseThePublicationTime()
    {
        var result = ReportTextReader.Read("[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10\n\n某乡人民政府2025年法治政府建设情况报告\n\n2025年，我乡依法行政。" + Body);

        Assert.Equal((new LocalDate(2026, 1, 22), new LocalDate(2026, 2, 10)), (result.Syntax.DocumentDate?.Value, result.Report!.Publication!.PublishedAt.Date));
        var note = Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.TwoPageDates);
        Assert.Contains("2026-01-22", note.Message, StringComparison.Ordinal);
        Assert.Contains("the deadline rules use the publication time", note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[ 发布日期 ] 2026-02-10\n\n")] // one date
    [InlineData("[ 成文日期 ] 2026-02-10 [ 发布日期 ] 2026-02-10 09:30\n\n")] // two labels, the same day
    public void Read_PageWithOneDate_SaysNothingOfTwo(string header)
    {
        var result = ReportTextReader.Read(header + "某乡人民政府2025年法治政府建设情况报告\n\n2025年，我乡依法行政。" + Body);

        Assert.NotNull(result.Report!.Publication);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.TwoPageDates);
    }

    [Fact]
    public void Read_PageWithPublicationAndLaterUpdateTimes_KeepsBothAndTheDeadlineRulesUseThePublicationTime()
    {
        const string text = "文章来源:某乡人民政府  发布时间:2026-03-20 09:00  更新时间:2026-04-20 10:30\n\n某乡人民政府2025年法治政府建设情况报告\n\n2025年，我乡依法行政。" + Body;

        var result = ReportTextReader.Read(text);

        Assert.Equal(new LocalDateTime(2026, 3, 20, 9, 0), result.Syntax.PublishedAt!.Value.LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 4, 20, 10, 30), result.Syntax.UpdatedAt!.Value.LocalDateTime);
        Assert.Equal("2026-04-20 10:30", result.Syntax.UpdatedAt.Span.Slice(text));
        Assert.Equal(new LocalDate(2026, 3, 20), result.Report!.Publication!.BeijingDate);
        var note = Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.UpdateTimeBesidePublication);
        Assert.Contains("2026-04-20", note.Message, StringComparison.Ordinal);
        Assert.Equal(result.Syntax.UpdatedAt.Span, note.Span);
        Assert.DoesNotContain(Validate(result.Report).Issues, i => i.Code == ValidationCodes.PublishedLate);
    }

    [Fact]
    public void Read_PageWithOnlyAnUpdateTime_TakesItAsThePublicationTimeWithANote()
    {
        const string text = "文章来源:某乡人民政府  更新时间:2026-04-20 10:30\n\n某乡人民政府2025年法治政府建设情况报告\n\n2025年，我乡依法行政。" + Body;

        var result = ReportTextReader.Read(text);

        Assert.Equal(result.Syntax.UpdatedAt, result.Syntax.PublishedAt);
        Assert.Equal(new LocalDate(2026, 4, 20), result.Report!.Publication!.BeijingDate);
        var note = Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("publication time", StringComparison.Ordinal));
        Assert.Contains("update time", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.UpdateTimeBesidePublication);
        Assert.Contains(Validate(result.Report).Issues, i => i.Code == ValidationCodes.PublishedLate);
    }

    [Theory]
    [InlineData("发布时间:2026-03-20 09:00  更新时间:2026-03-20 09:00")] // the same time twice
    [InlineData("发布时间:2026-03-20 09:00")] // no update time
    public void Read_PageWithoutADifferentUpdateTime_SaysNothingOfIt(string dates)
    {
        var result = ReportTextReader.Read("文章来源:某乡人民政府  " + dates + "\n\n某乡人民政府2025年法治政府建设情况报告\n\n2025年，我乡依法行政。" + Body);

        Assert.Equal(new LocalDate(2026, 3, 20), result.Report!.Publication!.BeijingDate);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.UpdateTimeBesidePublication);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("publication time", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OnlyADocumentPeriod_GivesNoYear()
    {
        var result = ReportTextReader.Read("贯彻《纲要（2021—2025年）》，推进工作。\n一、主要举措\n办理35件。");

        Assert.Null(result.Partial!.Year);
        Assert.Contains("year", result.Missing);
    }

    [Property(Arbitrary = [typeof(HeaderVocabulary)], MaxTest = 2000)]
    public void Read_AnyMixOfHeaderWords_NeverThrowsAndEveryInferredNameIsInTheText(string text)
    {
        var result = ReportTextReader.Read(text);
        var subject = result.Report?.Subject ?? result.Partial?.Subject;
        if (subject is not null)
        {
            // 某省人民政府 may stand for a title's bare place and the government the text prints; both are in the text.
            Assert.Contains(subject.FullName, text, StringComparison.Ordinal);
        }

        Assert.NotNull(RuleOfLawJson.ReadDocument.Serialize(result));
    }
}

/// <summary>Texts made of the words the header inference looks for, in random order: brackets, self-designations, predicates, verbs, years.</summary>
public static class HeaderVocabulary
{
    private static readonly string[] Words =
    [
        "《", "》", "（", "）", "我局", "本厅", "省政府", "区政府", "年度", "2021", "2023—2027年", "年", "，", "、", "。", "\n", "某某", "市", "区", "街道",
        "人民政府", "局", "部", "干部", "以", "坚持", "的", "公布", "请与", "现将", "关于", "官网", "网站", "信息来源：", "一、", "（一）", "治区", "全区", "办理3件",
    ];

    public static Arbitrary<string> Text() =>
        Gen.Elements(Words).ListOf().Select(words => string.Concat(words)).ToArbitrary();
}
