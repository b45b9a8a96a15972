using System.Linq;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class ReportTextReaderTests
{
    /// <summary>ROLT004 (missing part), ROLT005 (merged part), ROLT008 (inconsistent rate): retired, validation says these.</summary>
    private static readonly string[] RetiredContentCodes = ["ROLT004", "ROLT005", "ROLT008"];

    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2040, 1, 1, 0, 0)));

    [Fact]
    public void Read_Seed_BuildsReportWithHeaderOutlineAndPlan()
    {
        var gold = GoldCase.Load("pingshan-2020");

        var result = ReportTextReader.Read(gold.Text);

        var report = Assert.IsType<AnnualReport>(result.Report);
        Assert.Equal("坪山区2020年法治政府建设年度报告", report.Title);
        Assert.Equal(2020, report.Year.Year);
        Assert.Equal("深圳市坪山区人民政府", report.Subject.FullName);
        Assert.Equal("坪山区", report.Subject.ShortName);
        Assert.Equal(AdministrativeLevel.County, report.Subject.Level);
        Assert.Equal(SubjectKind.Government, report.Subject.Kind);
        Assert.Equal(new LocalDateTime(2021, 1, 5, 14, 11, 8).WithOffset(Offset.FromHours(8)), report.Publication!.PublishedAt);
        Assert.Equal("坪山区人民政府办公室", report.Publication.InformationSource);
        Assert.Equal(new LocalDate(2021, 1, 5), report.SignOff!.Date);
        Assert.Equal(gold.Outline.Select(e => e.Title), report.Outline().Select(s => s.Heading));
        Assert.Equal(2021, report.Plan!.Year.Year);
        Assert.Equal(3, report.Plan.Items.Length);
        Assert.Equal(13, report.Measures.Length);
        var shortcoming = Assert.Single(report.Shortcomings);
        Assert.StartsWith("2020年", shortcoming.DescriptionIn(report.SectionAt(shortcoming.Section)), System.StringComparison.Ordinal);
        Assert.Equal(["首页", "政务公开", "法治政府建设报告", "坪山区人民政府法治政府建设报告"], result.Breadcrumb);
    }

    [Fact]
    public void Read_Seed_MapsPartsNestedAndMerged()
    {
        var result = ReportTextReader.Read(GoldCase.Load("pingshan-2020").Text);

        var sections = result.Report!.Sections;
        Assert.Equal([ReportPart.MeasuresAndResults], sections[0].Parts);
        Assert.Equal([ReportPart.ShortcomingsAndCauses, ReportPart.NextYearArrangements], sections[1].Parts.Order());
        Assert.Equal([ReportPart.FirstResponsiblePersonDuties], sections[0].Children[0].Children[0].Parts);
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.NestedPart);
        Assert.DoesNotContain(result.Diagnostics, d => RetiredContentCodes.Contains(d.Code));
        var merged = Assert.Single(Validator.Validate(result.Report).Issues, i => i.Code == ValidationCodes.PartsMerged);
        Assert.Equal("Sections[1]", merged.Path);
        Assert.Equal(5, result.Diagnostics.Count(d => d.Code == ReadDiagnosticCodes.UncertainHeadingBoundary));
    }

    [Fact]
    public void Read_Seed_IndicatorValuesCarryCountsFiguresAndBenchmarks()
    {
        var result = ReportTextReader.Read(GoldCase.Load("pingshan-2020").Text);

        var values = result.Report!.IndicatorValues;
        var correction = Assert.Single(values, v => v.Indicator.Value == "reconsideration_correction_rate");
        Assert.Equal(2, correction.Numerator);
        Assert.Equal(11, correction.Denominator);
        Assert.Equal(18.2m, correction.Published!.Value.Value);
        var benchmark = Assert.Single(values, v => v.Scope.Kind == IndicatorScopeKind.Benchmark);
        Assert.Equal("全市", benchmark.Scope.Name);
        Assert.Equal(AdministrativeLevel.City, benchmark.Scope.Level);
        var rectification = Assert.Single(values, v => v.Indicator.Value == "procuratorial_recommendation_rectification_rate");
        Assert.Equal(8, rectification.Numerator);
        Assert.Equal(8, rectification.Denominator);
        Assert.NotNull(rectification.PrintedText);
    }

    [Theory]
    [MemberData(nameof(GoldScorerTests.Cases), MemberType = typeof(GoldScorerTests))]
    public void Read_GoldCase_EverySpanSlicesItsElement(string name)
    {
        var gold = GoldCase.Load(name);

        var result = ReportTextReader.Read(gold.Text);

        Assert.All(result.Spans, s => Assert.True(s.Span.FitsIn(gold.Text.Length), s.ToString()));
        for (var i = 0; i < result.Quantities.Length; i++)
        {
            Assert.Equal(result.Quantities[i].Printed, result.SpanOf($"Quantities[{i}]")!.Value.Slice(gold.Text));
        }

        Assert.Equal(result.Report!.Title, result.SpanOf("Title")!.Value.Slice(gold.Text));
        Assert.Equal(result.Report.Sections[0].Heading, result.SpanOf("Sections[0].Heading")!.Value.Slice(gold.Text));
        Assert.Contains(result.Report.Measures[0].Heading, result.SpanOf("Measures[0]")!.Value.Slice(gold.Text), System.StringComparison.Ordinal);
        Assert.Equal(result.Report.Publication!.InformationSource, result.SpanOf("Publication.InformationSource")!.Value.Slice(gold.Text));
    }

    [Fact]
    public void Read_Synthetic_FindsAllFiveParts()
    {
        var result = ReportTextReader.Read(GoldCase.Load("synthetic-qinghe-2023").Text);

        var report = Assert.IsType<AnnualReport>(result.Report);
        Assert.Equal([ReportPart.MeasuresAndResults, ReportPart.ShortcomingsAndCauses, ReportPart.FirstResponsiblePersonDuties, ReportPart.NextYearArrangements, ReportPart.OtherMatters], report.Sections.SelectMany(s => s.Parts));
        Assert.Equal(2, report.Shortcomings.Length);
        Assert.All(report.Shortcomings, s => Assert.Single(s.CausesIn(report.SectionAt(s.Section))));
        Assert.Equal(new LocalDate(2024, 3, 15), report.SignOff!.Date);
        Assert.Equal(AdministrativeLevel.Province, report.IndicatorValues.Single(v => v.Scope.Kind == IndicatorScopeKind.Benchmark).Scope.Level);
        Assert.Equal("500人以上", report.TargetOf(report.Plan!.Items[0])!.Printed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("一、工作总结\n正文。")]
    [InlineData("某区法治政府建设年度报告\n正文。")]
    [InlineData("某区1980年法治政府建设年度报告\n正文。")]
    public void Read_NoTitleWithYear_HasNoReportAndSaysWhy(string? text)
    {
        var result = ReportTextReader.Read(text);

        Assert.Null(result.Report);
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.NoTitleOrYear);
    }

    [Fact]
    public void Read_UnmappedSectionAndInconsistentRate_AreDiagnosed()
    {
        const string text = "某区2020年法治政府建设年度报告\n一、优化营商环境\n受理复议案件11宗，确认违法2宗，纠正率20.5%。";

        var result = ReportTextReader.Read(text);

        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.UnmappedSection);
        Assert.DoesNotContain(result.Diagnostics, d => RetiredContentCodes.Contains(d.Code));

        // The content facts are said once, by validation, and kept in the syntax result for a partial read.
        Assert.False(Assert.Single(result.Syntax.Rates).IsConsistent);
        var findings = Validator.Validate(result.Report!).Issues;
        Assert.Contains(findings, i => i.Code == ValidationCodes.PublishedRateInconsistent && i.Path == "IndicatorValues[0].Published");
        Assert.Equal(4, findings.Count(i => i.Code == ValidationCodes.RequiredPartMissing));
    }

    [Fact]
    public void Read_SpanOverload_MatchesStringOverload()
    {
        var text = GoldCase.Load("synthetic-qinghe-2023").Text;

        Assert.Equal(ReportTextReader.Read(text), ReportTextReader.Read(System.MemoryExtensions.AsSpan(text)));
    }

    [Fact]
    public void Read_TextWithoutTitle_KeepsEverythingItFoundWithoutAReport()
    {
        var text = GoldCase.Load("pingshan-2020").Text;
        var untitled = text[text.IndexOf("一、", System.StringComparison.Ordinal)..];

        var result = ReportTextReader.Read(untitled);

        Assert.Null(result.Report);
        Assert.Equal(["title"], result.Missing);
        Assert.Null(result.Syntax.Title);
        Assert.Equal(ReportTextReader.Read(text).Syntax.Outline.Length, result.Syntax.Outline.Length);
        Assert.NotEmpty(result.Syntax.Rates);
        Assert.Equal(result.Quantities, result.Syntax.Quantities.Select(q => q.Quantity));
        Assert.All(result.Syntax.Quantities, q => Assert.Equal(q.Quantity.Printed, untitled.Substring(q.Span.Start, q.Span.Length)));
    }

    [Fact]
    public void Read_WithOptions_TheCallersYearTitleAndSubjectWin()
    {
        var options = new ReadOptions(year: ReportYear.Of(2021), title: "某局工作报告", subject: ReportTextReader.SubjectNamed("某市某区司法局"));

        var result = ReportTextReader.Read("全年办理案件35件。", options);

        var report = Assert.IsType<AnnualReport>(result.Report);
        Assert.Equal(2021, report.Year.Year);
        Assert.Equal("某局工作报告", report.Title);
        Assert.Equal(SubjectKind.GovernmentDepartment, report.Subject.Kind);
        Assert.Equal(AdministrativeLevel.County, report.Subject.Level);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Read_NoYearPrinted_InfersItFromTheOpeningSentenceWithANote()
    {
        var result = ReportTextReader.Read("2022年，我局持续推进依法行政。\n一、主要举措\n办理案件35件。", new ReadOptions(title: "工作报告", subject: ReportTextReader.SubjectNamed("某区司法局")));

        Assert.Equal(2022, result.Report!.Year.Year);
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("opening sentence", System.StringComparison.Ordinal) && d.Span == new SourceSpan(0, 4));
    }

    [Fact]
    public void Read_NoTitle_UsesTheContainersTitleHintWithANote()
    {
        var result = ReportTextReader.Read("2022年，我局持续推进依法行政。", new ReadOptions(titleHint: new ReadHint<string>("某局2022年法治政府建设年度报告", "html:title"), issuerHint: new ReadHint<string>("某区司法局", "html:meta/author")));

        Assert.Equal("某局2022年法治政府建设年度报告", result.Report!.Title);
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("html:title", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_QuantitiesKnowTheSectionOrPreambleTheySitIn()
    {
        var result = ReportTextReader.Read("某区2020年法治政府建设年度报告\n全年收案12件。\n一、主要举措\n办理35件。\n（一）健全制度\n制定3项制度。\n二、存在问题\n缺少2名人员。");

        Assert.Equal(["Preamble", "Sections[0]", "Sections[0].Children[0]", "Sections[1]"], result.Syntax.Quantities.Select(q => q.Path));
        Assert.Equal("Sections[0].Children[0]", Assert.Single(result.Syntax.Outline[0].Children).Path);
    }

    [Fact]
    public void ReadOptions_BlankTitleOrHintSource_Throws()
    {
        Assert.Throws<System.ArgumentException>(() => new ReadOptions(title: " "));
        Assert.Throws<System.ArgumentException>(() => new ReadHint<string>("x", " "));
        Assert.Throws<System.ArgumentException>(() => new ReadHint<string>(" ", "html:title"));
        Assert.Throws<System.ArgumentNullException>(() => ReportTextReader.Read("x", null!));
    }
}
