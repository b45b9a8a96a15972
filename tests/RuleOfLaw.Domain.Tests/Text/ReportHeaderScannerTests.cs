using NodaTime;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class ReportHeaderScannerTests
{
    [Fact]
    public void Scan_FullWidthHeader_ReadsBreadcrumbTitleYearSourceAndTime()
    {
        const string text = "首页＞政务公开＞报告\n\n某县2023年度法治政府建设情况报告\n\n信息来源：某县司法局　发布时间：2024-03-18 09:30\n\n　　正文。";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal(["首页", "政务公开", "报告"], header.Breadcrumb);
        Assert.Equal("某县2023年度法治政府建设情况报告", header.Title);
        Assert.Equal(2023, header.ReportYear);
        Assert.Equal("2023年", text.Substring(header.ReportYearSpan!.Value.Start, header.ReportYearSpan.Value.Length));
        Assert.Equal("某县司法局", header.InformationSource);
        Assert.Equal(new LocalDateTime(2024, 3, 18, 9, 30).WithOffset(Offset.FromHours(8)), header.PublishedAt);
        Assert.True(header.PublishedAtHasTime);
        Assert.Equal("正文。", text[header.ContentStart..].Trim());
    }

    [Fact]
    public void Scan_ChineseYearInTitle_ReadsYear()
    {
        var header = ReportHeaderScanner.Scan("关于二〇二四年法治政府建设情况的报告\n正文。");

        Assert.Equal(2024, header.ReportYear);
    }

    [Fact]
    public void Scan_SignatureWithChineseDate_ReadsIssuerAndDate()
    {
        const string text = "某区2020年法治政府建设年度报告\n正文。\n\n　　　　某区人民政府\n　　　　二〇二一年一月五日\n";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Equal("某区人民政府", header.Issuer);
        Assert.Equal(new LocalDate(2021, 1, 5), header.SignedOn);
        Assert.Equal(text.IndexOf("　　　　某区", System.StringComparison.Ordinal), header.ContentEnd);
    }

    [Fact]
    public void Scan_LastLineNotADate_HasNoSignature()
    {
        const string text = "某区2020年法治政府建设年度报告\n正文。\n某区人民政府";

        var header = ReportHeaderScanner.Scan(text);

        Assert.Null(header.SignedOn);
        Assert.Null(header.Issuer);
        Assert.Equal(text.Length, header.ContentEnd);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\n\n\n")]
    public void Scan_NoText_FindsNothing(string? text)
    {
        var header = ReportHeaderScanner.Scan(text);

        Assert.Null(header.Title);
        Assert.Null(header.ReportYear);
        Assert.Null(header.PublishedAt);
    }
}
