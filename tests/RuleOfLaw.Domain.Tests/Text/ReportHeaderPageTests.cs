using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Header reading on pages as government sites print them: chrome, metadata blocks, split titles, cover letters.</summary>
public sealed class ReportHeaderPageTests
{
    private static readonly Offset Beijing = Offset.FromHours(8);

    [Fact]
    public void Scan_TitleAfterChromeAndBreadcrumb_ReadsTitleSourceAndUpdateTime()
    {
        const string text = "手机版\n\n年度报告\n您现在的位置 : 首页 > 部门 > 年度报告\n\n某区某局2022年法治政府建设年度报告\n\n"
            + "文章来源:某区某局  更新时间:2022-12-31 09:20    浏览数:-\n\n字体大小:\n\n【打印本页】\n\n分享到:\n\n　　2022年,我局坚持依法行政。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal("某区某局2022年法治政府建设年度报告", header.Title);
        Assert.Equal(2022, header.ReportYear);
        Assert.Equal(["首页", "部门", "年度报告"], header.Breadcrumb);
        Assert.Equal("某区某局", header.InformationSource);
        Assert.Equal(new LocalDateTime(2022, 12, 31, 9, 20).WithOffset(Beijing), header.PublishedAt);
        Assert.StartsWith("2022年,我局", text[header.ContentStart..].TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("某市某局关于2023年法治政府\n建设工作情况的报告\n正文。", "某市某局关于2023年法治政府建设工作情况的报告")]
    [InlineData("某区司法局\n关于2020年度法治政府建设情况的报告\n正文。", "某区司法局关于2020年度法治政府建设情况的报告")]
    [InlineData("某区人民政府某办公室\n政府信息公开工作2022年度报告\n正文。", "某区人民政府某办公室政府信息公开工作2022年度报告")]
    public void Scan_TitleSplitOverTwoLines_JoinsThem(string text, string title)
    {
        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal(title, header.Title);
        Assert.Equal(text.IndexOf("正文", StringComparison.Ordinal), header.ContentStart);
    }

    [Fact]
    public void Scan_SiteColumnAboveTitle_IsNotJoinedToIt()
    {
        const string text = "某某部\n政府信息公开\n2019年全国某类案件统计数据\n来源:某部官网 发布时间:2020-09-29 16:03\n表1:各地受理案件情况\n省份 | 数量 |";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal("2019年全国某类案件统计数据", header.Title);
        Assert.Equal("某部官网", header.InformationSource);
        Assert.Equal(text.IndexOf("表1", StringComparison.Ordinal), header.ContentStart);
    }

    [Fact]
    public void Scan_TitleRepeatedSplitBelowItself_ContentStartsAfterTheRepeat()
    {
        const string text = "某区司法局关于2020年度法治政府建设情况的报告\n某区司法局\n关于2020年度法治政府建设情况的报告\n2020年是不平凡的一年。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal("某区司法局关于2020年度法治政府建设情况的报告", header.Title);
        Assert.Equal(0, header.TitleSpan!.Value.Start);
        Assert.Equal(text.IndexOf("2020年是", StringComparison.Ordinal), header.ContentStart);
    }

    [Theory]
    [InlineData("【2022年】某局2022年度法治政府建设报告", "某局2022年度法治政府建设报告", 2022)]
    [InlineData("【政策解读】关于《某县2023年度法治政府建设工作总结的报告》的政策解读", "关于《某县2023年度法治政府建设工作总结的报告》的政策解读", 2023)]
    [InlineData("【2021年】某局法治政府建设工作报告", "某局法治政府建设工作报告", 2021)]
    [InlineData("某局关于2023年法治政府建设工作情况的报告-某某网", "某局关于2023年法治政府建设工作情况的报告", 2023)]
    [InlineData("某县2022年法治政府建设年度报告_某县人民政府门户网站", "某县2022年法治政府建设年度报告", 2022)]
    [InlineData("某县2022年法治政府建设年度报告-12篇(第3/9页)", "某县2022年法治政府建设年度报告", 2022)]
    [InlineData("某县法治政府建设年度报告(2022年)", "某县法治政府建设年度报告(2022年)", 2022)]
    [InlineData("关于二〇二四年法治政府建设情况的报告", "关于二〇二四年法治政府建设情况的报告", 2024)]
    public void Scan_DecoratedTitle_KeepsTheTitleAndItsYear(string line, string title, int year)
    {
        var header = ReportHeaderScanner.Scan(line + "\n正文。");

        Assert.Equal(title, header.Title);
        Assert.Equal(year, header.ReportYear);
    }

    [Theory]
    [InlineData("某县2021-2022年法治建设-工作报告")]
    [InlineData("关于《实施纲要(2021-2025年)》落实情况的报告")]
    public void Scan_TitleWithAYearRange_NamesNoYear(string line)
    {
        var header = ReportHeaderScanner.Scan(line + "\n正文。");

        Assert.Equal(line, header.Title);
        Assert.Null(header.ReportYear);
    }

    [Theory]
    [InlineData("某县法治政府建设年度报告-关于进一步做好今后一个时期各项工作的说明与若干补充意见")]
    [InlineData("某县法治-政府建设年度报告")]
    public void Scan_DashNotAfterATitleWordOrLongSuffix_IsKept(string line)
    {
        var header = ReportHeaderScanner.Scan(line + "\n正文。");

        Assert.Equal(line, header.Title);
    }

    [Theory]
    [InlineData("发布时间:2022-03-15")]
    [InlineData("发布时间 : 2022-03-15")]
    [InlineData("发布日期：2022/03/15")]
    [InlineData("发布日期 ： 2022.03.15")]
    [InlineData("更新时间:2022-03-15 10:20")]
    [InlineData("日期:2022年3月15日")]
    [InlineData("时间: 2022-03-15")]
    [InlineData("[ 发布日期 ] 2022-03-15")]
    [InlineData("发布日期 | 2022-03-15 |")]
    [InlineData("来源:某县司法局 发布时间:2022-03-15 浏览次数:12")]
    [InlineData("某县人民政府办公室 2022-03-15")]
    [InlineData("某县人民政府 2022年03月15日")]
    [InlineData("2022-03-15")]
    public void Scan_DateLine_ReadsThePublicationDate(string line)
    {
        var text = "某县2021年法治政府建设年度报告\n" + line + "\n\n　　正文。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal(new LocalDate(2022, 3, 15), header.PublishedAt?.Date);
        Assert.Equal(Beijing, header.PublishedAt?.Offset);
        Assert.Equal("正文。", text[header.ContentStart..].Trim());
    }

    [Fact]
    public void Scan_UnlabelledDateBeforeLabelledFields_IsThePublicationDate()
    {
        var header = ReportHeaderScanner.Scan("某县2021年法治政府建设年度报告\n2022-03-15 10:20 来源:某县司法局\n正文。");

        Assert.Equal(new LocalDateTime(2022, 3, 15, 10, 20).WithOffset(Beijing), header.PublishedAt);
        Assert.Equal("某县司法局", header.InformationSource);
    }

    [Fact]
    public void Scan_ColumnNameAboveAFullTitle_TakesTheFullTitle()
    {
        const string text = "法治政府建设年度报告\n首页 > 政务公开 > 法治政府建设年度报告\n某县司法局法治政府建设年度报告\n正文。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal("某县司法局法治政府建设年度报告", header.Title);
    }

    [Theory]
    [InlineData("日程安排:2022-03-15")]
    [InlineData("会议于2022-03-15召开")]
    [InlineData("时间紧、任务重")]
    public void Scan_LineThatIsNoDateField_ReadsNoPublicationDate(string line)
    {
        var header = ReportHeaderScanner.Scan("某县2021年法治政府建设年度报告\n" + line + "\n\n　　正文。");

        Assert.Null(header.PublishedAt);
    }

    [Theory]
    [InlineData("信息来源:某县司法局")]
    [InlineData("来源：某县司法局")]
    [InlineData("文章来源 : 某县司法局")]
    [InlineData("发布机构 | 某县司法局 |")]
    [InlineData("某县司法局 2022-03-15")]
    public void Scan_SourceLine_ReadsTheInformationSource(string line)
    {
        var header = ReportHeaderScanner.Scan("某县2021年法治政府建设年度报告\n" + line + "\n正文。");

        Assert.Equal("某县司法局", header.InformationSource);
    }

    [Fact]
    public void Scan_PublicationAndDocumentDates_KeepsBoth()
    {
        const string text = "您当前所在位置:首页>政务公开>报告\n\n[ 索引号 ] 0001/2026-00004 [ 发文字号 ]\n[ 发布机构 ] 某乡人民政府 [ 有效性 ]\n"
            + "[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10\n\n某乡人民政府2025年法治政府建设情况报告\n\n2025年,我乡依法行政。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal(["首页", "政务公开", "报告"], header.Breadcrumb);
        Assert.Equal("某乡人民政府2025年法治政府建设情况报告", header.Title);
        Assert.Equal(new LocalDate(2026, 2, 10), header.PublishedAt?.Date);
        Assert.Equal(new LocalDate(2026, 1, 22), header.DocumentDate);
        Assert.Equal("2026-01-22", text.Substring(header.DocumentDateSpan!.Value.Start, header.DocumentDateSpan.Value.Length));
        Assert.Equal("某乡人民政府", header.InformationSource);
    }

    [Fact]
    public void Scan_MetadataTableWithATitleField_TakesTheTitleField()
    {
        const string text = "索 引 号 | 0001/2025-48086 | 主题分类 | 某某 |\n成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |\n"
            + "标 题 | 某市人民政府关于印发《某市某某实施方案》的通知 |\n各县人民政府:\n《某市某某实施方案》已经同意,现印发给你们。\n某市人民政府\n2025年6月13日\n(此件公开发布)\n某市某某实施方案\n为加快推进法治建设。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal("某市人民政府关于印发《某市某某实施方案》的通知", header.Title);
        Assert.Equal(new LocalDate(2025, 6, 30), header.PublishedAt?.Date);
        Assert.Equal(new LocalDate(2025, 6, 13), header.DocumentDate);
        Assert.Equal("某市人民政府", header.Issuer);
    }

    [Fact]
    public void Scan_CoverLetterBeforeTheReport_SkipsItAndKeepsItsSignature()
    {
        const string text = "信息公开 | 规划计划 |\n某区委、某区人民政府:\n现将《某区某局2023年度法治政府建设工作报告》予以呈报,请审阅。\n某区某局\n2024年1月29日\n"
            + "某区某局2023年度法治政府建设工作报告\n2023年,我局依法行政。\n一、主要举措\n";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal("某区某局2023年度法治政府建设工作报告", header.Title);
        Assert.Equal(2023, header.ReportYear);
        Assert.Equal("某区某局", header.Issuer);
        Assert.Equal(new LocalDate(2024, 1, 29), header.DocumentDate);
        Assert.Null(header.PublishedAt);
        Assert.Equal(text.IndexOf("2023年,我局", StringComparison.Ordinal), header.ContentStart);
    }

    [Fact]
    public void Scan_AddresseeWithoutASignature_IsTheReportsOwnOpening()
    {
        const string text = "某区委:\n现将我区2022年法治政府建设情况报告如下。\n一、主要工作\n";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Null(header.Title);
        Assert.Null(header.Issuer);
        Assert.Null(header.DocumentDate);
        Assert.Equal(0, header.ContentStart);
    }

    [Fact]
    public void Scan_ParagraphFirst_HasNoHeader()
    {
        const string text = "2022年,某部坚持依法行政,各项工作取得进展。法治政府建设报告\n一、主要工作\n";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Null(header.Title);
        Assert.Equal(0, header.ContentStart);
    }

    [Fact]
    public void Scan_MetadataLinesAboveTitle_AreNotTheTitle()
    {
        const string text = "索引号: 0001/2024-141301 成文日期: 2024-01-26\n公开方式: 主动公开 组配分类: 行政执法工作年度报告\n发布机构: 市某局\n\n"
            + "某市某局2023年度行政执法工作年报\n\n发布日期:2024-01-29 16:45 浏览次数: 信息来源:市某局 字体:[ ]\n分享:\n\n2023年,我局依法行政。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal("某市某局2023年度行政执法工作年报", header.Title);
        Assert.Equal(new LocalDateTime(2024, 1, 29, 16, 45).WithOffset(Beijing), header.PublishedAt);
        Assert.True(header.PublishedAtHasTime);
        Assert.Equal(new LocalDate(2024, 1, 26), header.DocumentDate);
        Assert.Equal("市某局", header.InformationSource);
        Assert.Equal(text.IndexOf("2023年,我局", StringComparison.Ordinal), header.ContentStart);
    }

    [Theory]
    [InlineData("全面推进依法行政")]
    [InlineData("政府信息公开")]
    [InlineData("某某部")]
    public void Scan_ShortLineWithNoDocumentWord_IsNoTitle(string line)
    {
        var header = ReportHeaderScanner.Scan(line + "\n正文。");

        Assert.Null(header.Title);
    }

    [Theory]
    [InlineData("某区司法局关于2020年度法治政府建设情况的报告", "某区司法局")]
    [InlineData("某区人民政府某办公室政府信息公开工作2022年度报告", "某区人民政府某办公室")]
    [InlineData("关于《某县人民政府关于某县2023年度法治政府建设工作总结的报告》的政策解读", "某县人民政府")]
    [InlineData("2022年某市政府信息公开工作年度报告", "某市")]
    [InlineData("某乡人民政府2025年法治政府建设情况报告", "某乡人民政府")]
    [InlineData("关于2022年法治政府建设情况的报告", null)]
    [InlineData("2022年度法治政府建设工作报告", null)]
    [InlineData("深入推进依法行政2022年度工作报告", null)]
    public void Scan_TitleNamingItsAuthor_ReadsTheName(string title, string? issuer)
    {
        var text = title + "\n正文。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal(issuer, header.TitleIssuerSpan is { } span ? text.Substring(span.Start, span.Length) : null);
    }

    [Property(Arbitrary = [typeof(HeaderArbitraries)], MaxTest = 300)]
    public void Scan_HeaderLikeText_NeverThrowsAndEverySpanLiesInTheText(string text)
    {
        var header = ReportHeaderScanner.Scan(text);

        foreach (var span in new[] { header.BreadcrumbSpan, header.TitleSpan, header.ReportYearSpan, header.InformationSourceSpan, header.PublishedAtSpan, header.IssuerSpan, header.SignedOnSpan, header.DocumentDateSpan, header.TitleIssuerSpan })
        {
            if (span is { } s)
            {
                Assert.True(s.Start >= 0 && s.End <= text.Length, $"span [{s.Start}, {s.End}) outside text of length {text.Length}");
            }
        }

        Assert.InRange(header.ContentStart, 0, text.Length);
        Assert.InRange(header.ContentEnd, header.ContentStart, text.Length);
        if (header.Title is { } title)
        {
            Assert.NotEmpty(title.Trim());
            Assert.Equal(WithoutBlanks(title), WithoutBlanks(text.Substring(header.TitleSpan!.Value.Start, header.TitleSpan.Value.Length)));
        }

        if (header.ReportYearSpan is { } year)
        {
            Assert.Contains(header.ReportYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)[2..], ToArabic(text.Substring(year.Start, year.Length)), StringComparison.Ordinal);
        }
    }

    private static string WithoutBlanks(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c) && c != '\u3000' && c != '\uFEFF' && c != '\u200B'));

    private static string ToArabic(string value) => string.Concat(value.Select(c => "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) is var d and >= 0 ? (char)('0' + d) : c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c));
}

/// <summary>Generators of page-header-like text: labels, separators, dates, brackets, chrome and line breaks in random order.</summary>
public static class HeaderArbitraries
{
    private static readonly string[] Fragments =
    [
        "\n", "\r\n", " ", "　", ":", "：", "|", "[", "]", "【", "】", "(", ")", "-", "_", ">", "＞", "。", ",", "、",
        "发布时间", "发布日期", "更新时间", "日期", "时间", "成文日期", "信息来源", "来源", "文章来源", "发布机构", "标 题", "索引号", "浏览量",
        "分享到:", "字体", "手机版", "首页", "您当前所在位置", "第3/9页", "12篇", "2022-03-15", "2022/3/15", "2022年3月15日", "二〇二二年三月十五日",
        "14:11", "2021-2025年", "2020年", "2020", "某区司法局", "关于", "法治政府建设", "年度报告", "工作报告", "的报告", "政策解读", "通知",
        "某区委、某区人民政府:", "请审阅。", "一、", "（一）", "正文", "\uD800", "\u0000",
    ];

    /// <summary>Header-like text.</summary>
    public static Arbitrary<string> HeaderLikeText() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();
}
