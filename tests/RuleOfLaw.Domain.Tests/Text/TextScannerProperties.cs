using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Generators of hostile and report-like text for the scanners.</summary>
public static class TextArbitraries
{
    private static readonly string[] Fragments =
    [
        "一、", "（一）", "(二)", "1.", "1．", "2、", "（1）", "(3)", "①", "⑳", "\n", "\r\n", "　　", " ", "。", "，", ",", "、", "：",
        "一", "两", "十", "百", "千", "万", "亿", "〇", "点", "百分之", "十八点二", "两千三百万", "二〇二〇年", "1,234.5", "１２", "0", "18.2", "2020",
        "年", "月", "日", "件", "宗", "个", "名", "元", "万元", "亿元", "%", "％", "个百分点", "余", "多", "约", "近", "超过", "以上", "不到", "不足",
        "第", "“", "”", "《", "》", "〔", "〕", "(", ")", "（", "）", "+", "纠正率", "出庭应诉率", "参考率、优秀率均为", "全市", "均已完成整改",
        "受理", "确认违法", "检察建议", "但", "需要进一步", "工作计划", "存在的不足", "第一责任人", "信息来源：", "发布时间：", "2021-01-05 14:11:08",
        " > ", "＞", "法治政府建设年度报告", "2021年1月5日", "二〇二一年一月五日", "人民政府", "\uD800", "\uDC00", "\u0000", "\u0007", "\u2028", "\uFEFF",
    ];

    /// <summary>Report-like text: fragments of markers, numerals, units and punctuation in random order, with broken surrogates and control characters.</summary>
    public static Arbitrary<string> ReportLikeText() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    /// <summary>Any string of UTF-16 code units, including unpaired surrogates and control characters.</summary>
    public static Arbitrary<string> AnyCodeUnits() =>
        Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(chars => new string(chars)).ToArbitrary();
}

public sealed class TextScannerProperties
{
    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 300)]
    public void AllScanners_ReportLikeText_NeverThrowAndSpansLieInsideText(string text)
    {
        AssertSpansInside(text, Spans(text));
    }

    [Property(MaxTest = 200)]
    public void AllScanners_ArbitraryString_NeverThrowAndSpansLieInsideText(string? text)
    {
        AssertSpansInside(text ?? string.Empty, Spans(text));
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 100)]
    public void AllScanners_SameText_SameResult(string text)
    {
        Assert.Equal(Describe(text), Describe(text));
        Assert.Equal(ReportTextReader.Read(text), ReportTextReader.Read(new string(text.ToCharArray())));
    }

    [Fact]
    public void AllScanners_AnyCodeUnits_NeverThrow()
    {
        var property = Prop.ForAll(TextArbitraries.AnyCodeUnits(), text => AssertSpansInside(text, Spans(text)));

        property.QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("一")]
    [InlineData("（")]
    [InlineData("①")]
    [InlineData("1")]
    [InlineData("率")]
    [InlineData("百")]
    [InlineData("\n")]
    [InlineData("。")]
    [InlineData("均")]
    [InlineData("一、")]
    [InlineData("（一）")]
    [InlineData("1.")]
    [InlineData("百分之")]
    [InlineData("5件，均")]
    [InlineData("纠正率18.2%（全市")]
    public void AllScanners_OneMegabyteOfRepeatedMarker_DoNotThrow(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length));

        var spans = Spans(text);

        AssertSpansInside(text, spans);
    }

    private static List<(string What, int Start, int Length, string? Printed)> Spans(string? text)
    {
        var spans = new List<(string, int, int, string?)>();
        var header = ReportHeaderScanner.Scan(text);
        foreach (var span in new[] { header.BreadcrumbSpan, header.TitleSpan, header.ReportYearSpan, header.InformationSourceSpan, header.PublishedAtSpan, header.IssuerSpan, header.SignedOnSpan })
        {
            if (span is { } s)
            {
                spans.Add(("header", s.Start, s.Length, null));
            }
        }

        if (header.TitleSpan is { } titleSpan)
        {
            // A title split over two lines is printed with a line break inside its span: compare without blanks.
            Assert.Equal(WithoutBlanks(header.Title!), WithoutBlanks(text!.Substring(titleSpan.Start, titleSpan.Length)));
        }

        if (header.DocumentDateSpan is { } documentDate)
        {
            spans.Add(("header", documentDate.Start, documentDate.Length, null));
        }

        var outline = OutlineScanner.Scan(text, header.ContentStart, header.ContentEnd);
        foreach (var entry in outline)
        {
            spans.Add(("marker", entry.MarkerSpan.Start, entry.MarkerSpan.Length, entry.Marker));
            spans.Add(("heading", entry.TitleSpan.Start, entry.TitleSpan.Length, entry.Title));
            spans.Add(("body", entry.BodySpan.Start, entry.BodySpan.Length, null));
            spans.Add(("content", entry.MarkerSpan.Start, entry.ContentEnd - entry.MarkerSpan.Start, null));
        }

        var scan = QuantityScanner.Default.ScanAll(text);
        spans.AddRange(scan.Quantities.Select(q => ("quantity", q.Start, q.Length, (string?)q.Text)));
        spans.AddRange(scan.Unclassified.Select(u => ("number", u.Start, u.Length, (string?)null)));
        spans.AddRange(RateMentionScanner.Default.Scan(text, scan.Quantities).Select(r => ("rate", r.Span.Start, r.Span.Length, (string?)null)));
        spans.AddRange(PartClassifier.Map(text, outline, header.ReportYear).Assignments.Select(a => ("part", a.Span.Start, a.Span.Length, (string?)null)));

        var result = ReportTextReader.Read(text);
        spans.AddRange(result.Spans.Select(s => (s.Path, s.Span.Start, s.Span.Length, (string?)null)));
        spans.AddRange(result.Diagnostics.Where(d => d.Span is not null).Select(d => ("diagnostic " + d.Code, d.Span!.Value.Start, d.Span.Value.Length, (string?)null)));
        var quantitySpans = result.Spans.Where(s => s.Path.StartsWith("Quantities[", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(result.Quantities.Length, quantitySpans.Count);
        for (var i = 0; i < quantitySpans.Count; i++)
        {
            Assert.Equal($"Quantities[{i}]", quantitySpans[i].Path);
            spans.Add(("reader quantity", quantitySpans[i].Span.Start, quantitySpans[i].Span.Length, result.Quantities[i].Printed));
        }

        return spans;
    }

    private static void AssertSpansInside(string text, List<(string What, int Start, int Length, string? Printed)> spans)
    {
        foreach (var (what, start, length, printed) in spans)
        {
            Assert.True(start >= 0 && length >= 0 && start + length <= text.Length, $"{what} span [{start}, {start + length}) outside text of length {text.Length}");
            if (printed is not null)
            {
                Assert.Equal(printed, text.Substring(start, length));
            }
        }
    }

    private static string WithoutBlanks(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c) && c is not ('\u3000' or '\uFEFF' or '\u200B')));

    private static string Describe(string text) =>
        string.Join("\n", Spans(text).Select(s => $"{s.What} {s.Start} {s.Length} {s.Printed}"));
}
