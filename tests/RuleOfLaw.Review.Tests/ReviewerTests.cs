using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using RuleOfLaw.Review.Model;
using Xunit;

namespace RuleOfLaw.Review.Tests;

public sealed class ReviewerTests
{
    private static readonly ReviewOptions Options = new(RuleSetChoice.National, new LocalDate(2021, 3, 1));

    private static byte[] Sample()
    {
        using var stream = typeof(ReviewerTests).Assembly.GetManifestResourceStream("Sample.txt")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void Review_Sample_ShowsWhatTheLibraryFound()
    {
        var review = Reviewer.Review(new ReviewInput("sample.txt", Sample()), Options);

        Assert.Null(review.Error);
        Assert.Contains(review.Findings, f => f.Issue.Code == ValidationCodes.ShortcomingWithoutCause && f.Span is not null && f.MarkId is not null);
        var correction = Assert.Single(review.Rates, r => r.Printed == "18.2%");
        Assert.Equal((2L, 11L), (correction.Numerator!.Value, correction.Denominator!.Value));
        Assert.Equal("一致", correction.Verdict);
        Assert.False(correction.IsInconsistent);
        Assert.Equal(PartStatus.Merged, review.Parts.Single(p => p.Part == ReportPart.ShortcomingsAndCauses).Status);
        Assert.Contains(review.Header, h => h.Label == "标题" && !h.Inferred && h.Span is not null);
        Assert.Contains(review.Header, h => h.Label == "报告主体" && h.Inferred);
        Assert.Equal(review.Text!.Length, review.Segments.Sum(s => s.Length));
    }

    [Fact]
    public void Review_Sample_SpeaksChinese_KeepingOnlyCodes()
    {
        var review = Reviewer.Review(new ReviewInput("sample.txt", Sample()), Options);

        // Every word the page writes about the sample: findings, notes, rates, header, parts. Codes (ROL0008, ROLT002) stay.
        string[] shown =
        [
            .. review.Findings.SelectMany(f => new[] { Texts.Of(f.Issue.Severity), f.Title, f.Message, f.Source, f.Where ?? string.Empty }),
            .. review.Notes.SelectMany(n => new[] { n.Title, n.Message, n.Where ?? string.Empty }),
            .. review.Rates.SelectMany(r => new[] { r.Name, r.Scope, r.Printed ?? string.Empty, r.Verdict, r.Agreeing, r.Explanation }),
            .. review.Header.SelectMany(h => new[] { h.Label, h.Value }),
            .. review.Parts.SelectMany(p => p.Sections.Prepend(p.Label)),
            .. review.Marks.Select(m => m.Title),
        ];

        Assert.NotEmpty(review.Findings);
        Assert.NotEmpty(review.Notes);
        Assert.Contains(review.Rates, r => r.Explanation.Length > 0);
        Assert.Empty(shown.SelectMany(EnglishWords).Distinct());
    }

    [Fact]
    public void Review_MissingParts_CarryTheFindingThatReportsThem()
    {
        var text = "2020年度某区法治政府建设情况报告\n一、主要举措和成效\n办理复议案件11宗。\n";

        var review = Reviewer.Review(new ReviewInput("short.txt", Encoding.UTF8.GetBytes(text)), Options);

        var reported = review.Result.Issues.Where(i => i.Code == ValidationCodes.RequiredPartMissing).Select(i => i.ValueOf("part")![0] - '0').ToHashSet();
        Assert.NotEmpty(reported);
        Assert.All(review.Parts.Where(p => p.Status == PartStatus.Missing), p =>
            Assert.Equal(reported.Contains((int)p.Part) ? ValidationCodes.RequiredPartMissing : null, p.Finding));
        Assert.Equal(PartStatus.Present, review.Parts.Single(p => p.Part == ReportPart.MeasuresAndResults).Status);
    }

    [Fact]
    public void Review_UnlistedRate_IsNamedAsPrintedInTheTableTheMarksAndTheFindings()
    {
        var text = "某区2023年法治政府建设年度报告\n一、主要举措和成效\n全区执法协同响应率为42.9%。\n二、存在的不足和原因\n执法协同响应率为43.1%，仍需提高。\n";

        var review = Reviewer.Review(new ReviewInput("unlisted.txt", Encoding.UTF8.GetBytes(text)), Options);

        Assert.Equal(2, review.Rates.Length);
        Assert.All(review.Rates, r =>
        {
            Assert.Equal("执法协同响应率（非全国指标）", r.Name);
            Assert.StartsWith(Domain.Indicators.IndicatorCode.UnlistedPrefix, r.Indicator, System.StringComparison.Ordinal);
            Assert.Null(Texts.CodeTitle(r.Indicator));
        });
        Assert.Contains(review.Findings, f => f.Issue.Code == ValidationCodes.PublishedFigureConflict && f.Message.StartsWith("执法协同响应率（非全国指标）", System.StringComparison.Ordinal));
        string[] shown = [.. review.Findings.Select(f => f.Message), .. review.Marks.Select(m => m.Title), .. review.Rates.Select(r => r.Name)];
        Assert.DoesNotContain(shown, s => s.Contains(Domain.Indicators.IndicatorCode.UnlistedPrefix, System.StringComparison.Ordinal));
    }

    [Fact]
    public void EnglishWords_FindsWordsButNotCodes() =>
        Assert.Equal(["Published", "late"], EnglishWords("ROL0002 ROLT019 Published late 2020 GB/T"));

    /// <summary>Words of four or more Latin letters, once the catalogue's codes are taken out.</summary>
    internal static IEnumerable<string> EnglishWords(string text) =>
        Regex.Matches(Regex.Replace(text, @"\bROLT?\d{3,4}\b", " "), "[A-Za-z]{4,}").Select(m => m.Value);

    [Fact]
    public void Review_GbkText_IsDecodedByTheDocumentsPackage()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes(Encoding.UTF8.GetString(Sample()));

        var review = Reviewer.Review(new ReviewInput("gbk.txt", bytes), Options);

        Assert.Null(review.Error);
        Assert.StartsWith("纯文本，GB18030", review.ReadAs, System.StringComparison.Ordinal);
        Assert.Equal(Reviewer.Review(new ReviewInput("sample.txt", Sample()), Options).Findings.Select(f => f.Message), review.Findings.Select(f => f.Message));
    }

    [Fact]
    public void Review_BinaryFile_IsOneChineseLineWithTheLoadersDetail()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

        var review = Reviewer.Review(new ReviewInput("scan.png", png), Options);

        Assert.NotNull(review.Error);
        Assert.DoesNotMatch("[A-Za-z]{4,}", review.Error);
        Assert.False(string.IsNullOrWhiteSpace(review.ErrorDetail));
        Assert.Null(review.Report);
    }

    [Fact]
    public void Review_BrokenJson_IsAnErrorNotACrash()
    {
        var review = Reviewer.Review(new ReviewInput("r.json", Encoding.UTF8.GetBytes("{\"title\": 3")), Options);

        Assert.StartsWith("不是有效的报告 JSON", review.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Pool_TwoCopiesOfOneReport_PoolsItOnce()
    {
        var review = Reviewer.Review(new ReviewInput("a.txt", Sample()), Options);

        var pooled = Reviewer.Pool([review, review]);

        // The same subject and year twice is a duplicate, which the library's pools leave out: one answer, not twice the counts.
        var correction = Assert.Single(pooled, p => p.Numerator == 2 && p.Denominator == 11);
        Assert.Equal(1, correction.Reports);
        Assert.Equal(2020, correction.Year);
        Assert.DoesNotContain(pooled, p => p.Numerator == 4 && p.Denominator == 22);
    }

    [Fact]
    public void Pool_AgreesWithTheLibrary_RowForRow()
    {
        var review = Reviewer.Review(new ReviewInput("a.txt", Sample()), Options);
        var report = Assert.IsType<Domain.Reports.AnnualReport>(review.Report);

        var pooled = Reviewer.Pool([review]);
        var library = Domain.Comparison.PooledRate.Pool(Domain.Comparison.ReportSet.Of([report])).Where(p => p.Region is null).ToArray();

        Assert.NotEmpty(library);
        Assert.Equal(library.Select(p => (p.Indicator.Value, p.Year.Year, p.Rate.Numerator, p.Rate.Denominator, p.Percent, p.Units)),
            pooled.Select(p => (p.Indicator, p.Year, p.Numerator, p.Denominator, p.Percent, p.Reports)));
    }
}

public sealed class TextSegmentTests
{
    [Fact]
    public void Cut_NestedMarks_CoverTheTextOnceWithTheStrongestFirst()
    {
        var quantity = new TextMark(0, MarkKind.Quantity, new SourceSpan(2, 3), "q");
        var finding = new TextMark(1, MarkKind.Finding, new SourceSpan(0, 8), "f", Severity.Warning);

        var segments = TextSegment.Cut(10, [quantity, finding]);

        Assert.Equal([0, 2, 5, 8], segments.Select(s => s.Start));
        Assert.Equal(10, segments.Sum(s => s.Length));
        Assert.Equal([finding, quantity], segments[1].Marks);
        Assert.Equal([finding], segments[0].Opens);
        Assert.Empty(segments[3].Marks);
    }

    [Fact]
    public void Cut_SpanPastTheEndOrEmpty_IsClippedOrWidened()
    {
        var past = new TextMark(0, MarkKind.Note, new SourceSpan(8, 10), "past");
        var empty = new TextMark(1, MarkKind.Note, new SourceSpan(3, 0), "empty");

        var segments = TextSegment.Cut(10, [past, empty]);

        Assert.Equal(10, segments.Sum(s => s.Length));
        Assert.Equal(1, segments.Single(s => s.Opens.Contains(empty)).Length);
        Assert.Equal(2, segments.Single(s => s.Opens.Contains(past)).Length);
    }
}

public sealed class ExportAndSummaryTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"x\"", "\"say \"\"x\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    public void Field_QuotesAndDefusesFormulas(string value, string expected) => Assert.Equal(expected, FindingsExport.Field(value));

    [Fact]
    public void ToJsonAndToCsv_CarryEveryFinding()
    {
        var review = Reviewer.Review(new ReviewInput("a.txt", Encoding.UTF8.GetBytes(SampleText())), new ReviewOptions(RuleSetChoice.National, new LocalDate(2021, 3, 1)));
        var failed = Reviewer.Review(new ReviewInput("b.txt", [0]), new ReviewOptions(RuleSetChoice.National, new LocalDate(2021, 3, 1)));
        var thin = Reviewer.Review(new ReviewInput("c.txt", Encoding.UTF8.GetBytes("一、主要举措和成效\n办结案件3件。\n")), new ReviewOptions(RuleSetChoice.National, new LocalDate(2021, 3, 1)));

        using var json = JsonDocument.Parse(FindingsExport.ToJson([review, failed, thin]));
        var files = json.RootElement.GetProperty("files");
        Assert.Equal(review.Findings.Length, files[0].GetProperty("places").GetArrayLength());
        Assert.True(files[1].TryGetProperty("error", out _));
        Assert.StartsWith("无法构建报告", files[2].GetProperty("unbuilt").GetString(), System.StringComparison.Ordinal);

        var lines = FindingsExport.ToCsv([review, failed, thin]).TrimStart('\uFEFF').Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(FindingsExport.CsvHeader, lines[0]);
        Assert.Equal(1 + review.Findings.Length + 2, lines.Length);
        Assert.StartsWith("c.txt,unbuilt,,,", lines[^1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sort_ByErrorsDescending_KeepsFileOrderForTies()
    {
        ImmutableArray<SummaryRow> rows =
        [
            new(0, "a", "A", 2020, 1, 0, false, 0, false),
            new(1, "b", "B", 2020, 3, 0, true, 0, false),
            new(2, "c", "C", 2020, 1, 0, false, 0, false),
        ];

        Assert.Equal([1, 0, 2], SummaryRow.Sort(rows, SummaryColumn.Errors, descending: true).Select(r => r.Index));
        Assert.Equal([0, 2, 1], SummaryRow.Sort(rows, SummaryColumn.Errors, descending: false).Select(r => r.Index));
    }

    private static string SampleText()
    {
        using var stream = typeof(ExportAndSummaryTests).Assembly.GetManifestResourceStream("Sample.txt")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
