using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>The mapping phase: every section keeps its facts, parts refer to their sections, nothing is defaulted silently.</summary>
public sealed class ReportMappingTests
{
    private const string Report =
        "某区2020年法治政府建设年度报告\n全年收案12件。\n一、主要举措和成效\n办理35件。\n（一）健全制度\n制定3项制度，覆盖100%。\n（二）规范执法\n检查20次。\n"
        + "二、存在的不足和原因\n人员缺少2名。原因是编制有限。\n三、下一年度工作安排\n（一）完善制度\n完成率达到95%。\n某区人民政府\n2021年1月5日";

    [Fact]
    public void Read_EverySection_CarriesTheQuantitiesOfItsOwnHeadingAndBody()
    {
        var report = ReportTextReader.Read(Report).Report!;

        Assert.Equal([12m], report.PreambleQuantities.Select(q => q.Value));
        Assert.Equal([35m], report.Sections[0].Quantities.Select(q => q.Value));
        Assert.Equal([3m, 100m], report.Sections[0].Children[0].Quantities.Select(q => q.Value));
        Assert.Equal([20m], report.Sections[0].Children[1].Quantities.Select(q => q.Value));
        Assert.Equal([2m], report.Sections[1].Quantities.Select(q => q.Value));
        Assert.Empty(report.Sections[2].Quantities);
        Assert.Equal([95m], report.Sections[2].Children[0].Quantities.Select(q => q.Value));
    }

    [Fact]
    public void Read_MeasuresShortcomingsAndPlanItems_ReferToTheirSectionInsteadOfCopyingIt()
    {
        var result = ReportTextReader.Read(Report);
        var report = result.Report!;

        Assert.Equal(["Sections[0].Children[0]", "Sections[0].Children[1]"], report.Measures.Select(m => m.Section));
        Assert.All(report.Measures, m => Assert.Equal((string.Empty, 0), (m.Description, m.Results.Length)));
        Assert.Equal("规范执法", report.SectionAt(report.Measures[1].Section)!.Heading);
        var shortcoming = Assert.Single(report.Shortcomings);
        Assert.Equal(("Sections[1]", string.Empty), (shortcoming.Section, shortcoming.Description));
        Assert.Empty(shortcoming.Causes);
        Assert.Equal("人员缺少2名", shortcoming.DescriptionIn(report.Sections[1]));
        Assert.Equal(["原因是编制有限"], shortcoming.CausesIn(report.Sections[1]));
        var item = Assert.Single(report.Plan!.Items);
        Assert.Equal(("Sections[2].Children[0]", string.Empty, null, "Sections[2].Children[0].Quantities[0]"), (item.Section, item.Description, item.Target, item.TargetPath));
        Assert.Equal(95m, report.TargetOf(item)!.Value);
        Assert.Equal(result.SpanOf("Sections[0].Children[0].Quantities[1]")!.Value.Start, Report.IndexOf("100%", System.StringComparison.Ordinal));
        Assert.Equal(result.SpanOf("PreambleQuantities[0]")!.Value.Start, Report.IndexOf("12件", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_ReadReport_HoldsEachShortcomingSentenceAndPlanTargetOnce()
    {
        var json = RuleOfLawJson.Report.Serialize(ReportTextReader.Read(Report).Report!);

        Assert.Equal(1, Occurrences(json, "人员缺少2名"));
        Assert.Equal(1, Occurrences(json, "原因是编制有限"));
        Assert.Equal(1, Occurrences(json, "\"printed\": \"95%\""));
        Assert.Contains("\"targetPath\": \"Sections[2].Children[0].Quantities[0]\"", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortcomingSubsections_AreStatedByTheirHeadingsWithTheirCauseSentences()
    {
        var report = ReportTextReader.Read("某区2020年法治政府建设年度报告\n一、主要举措\n办理35件。\n二、存在的不足和原因\n（一）执法力量不足\n原因是编制有限。人员流动大。\n（二）普法形式单一\n宣传不够。\n某区人民政府\n2021年1月5日").Report!;

        Assert.Equal(["Sections[1].Children[0]", "Sections[1].Children[1]"], report.Shortcomings.Select(s => s.Section));
        Assert.All(report.Shortcomings, s => Assert.Null(s.Statement));
        Assert.Equal(["执法力量不足", "普法形式单一"], report.Shortcomings.Select(s => s.DescriptionIn(report.SectionAt(s.Section))));
        Assert.Equal(["原因是编制有限"], report.Shortcomings[0].CausesIn(report.SectionAt(report.Shortcomings[0].Section)));
        Assert.False(report.Shortcomings[1].HasCause);
    }

    [Fact]
    public void Read_SubjectFromTheSignature_SaysSoAndKeepsTheChannelUnknown()
    {
        var result = ReportTextReader.Read("某区2020年法治政府建设年度报告\n发布时间：2021-01-05 14:11:08\n一、主要举措\n办理35件。\n某区司法局\n2021年1月5日");

        Assert.Equal(("某区司法局", AdministrativeLevel.County, SubjectKind.GovernmentDepartment), (result.Report!.Subject.FullName, result.Report.Subject.Level!.Value, result.Report.Subject.Kind));
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("the signature", System.StringComparison.Ordinal));
        Assert.Null(result.Report.Publication!.Channel);
    }

    [Fact]
    public void Read_SubjectOnlyInTheOpeningSentence_IsTakenFromThereWithANote()
    {
        const string text = "工作报告\n2020年，在区委区政府的领导下，某市某区司法局坚持依法行政。\n一、主要举措\n办理35件。";
        var result = ReportTextReader.Read(text);

        Assert.Equal("某市某区司法局", result.Report!.Subject.FullName);
        var note = Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.InferredField && d.Message.Contains("subject", System.StringComparison.Ordinal));
        Assert.Contains("opening sentence", note.Message, System.StringComparison.Ordinal);
        Assert.Equal("某市某区司法局", SliceOf(text, note.Span!.Value));
    }

    [Fact]
    public void Read_NoSubjectAnywhere_BuildsNoReportButKeepsThePartialContent()
    {
        var result = ReportTextReader.Read("工作报告\n2022年，我局持续推进依法行政，办结12件。\n一、主要举措\n办理35件。");

        Assert.Null(result.Report);
        Assert.Equal(["subject"], result.Missing);
        Assert.Equal([12m], result.Partial!.PreambleQuantities.Select(q => q.Value));
        Assert.Equal([35m], result.Partial.Sections[0].Quantities.Select(q => q.Value));
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.NoTitleOrYear && d.Message.Contains("subject", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NoSubjectButAYear_KeepsTheRatesAndTotalsOfThePartialRead()
    {
        var result = ReportTextReader.Read("工作报告\n2022年，持续推进依法行政。\n一、主要举措\n受理复议案件20件，其中撤销2件、变更1件、维持17件，纠错率为15%。");

        Assert.Null(result.Report);
        var value = Assert.Single(result.Partial!.IndicatorValues);
        Assert.Equal(15m, value.Published?.Value);
        Assert.Equal(2022, value.Period.Year);
        Assert.Single(result.Partial.Breakdowns);
    }

    [Fact]
    public void Read_NoSubjectAndNoYear_KeepsTheTotalsButNoRateOfThePartialRead()
    {
        var result = ReportTextReader.Read("工作报告\n持续推进依法行政。\n一、主要举措\n受理复议案件20件，其中撤销2件、变更1件、维持17件，纠错率为15%。");

        Assert.Null(result.Report);
        Assert.Empty(result.Partial!.IndicatorValues);
        Assert.NotEmpty(result.Syntax.Rates);
        Assert.Single(result.Partial.Breakdowns);
    }

    [Fact]
    public void Read_SubjectNameWithNoPlaceWord_LeavesTheLevelUnknownWithANote()
    {
        var result = ReportTextReader.Read("某中心2020年法治政府建设年度报告\n一、主要举措\n办理35件。");

        Assert.Null(result.Report!.Subject.Level);
        Assert.Contains(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.UnknownSubjectLevel);
    }

    [Fact]
    public void SectionAt_PathsThatNameNoSection_AreNull()
    {
        var report = ReportTextReader.Read(Report).Report!;

        Assert.Null(report.SectionAt(null));
        Assert.Null(report.SectionAt("Sections[9]"));
        Assert.Null(report.SectionAt("Sections[0].Children[7]"));
        Assert.Null(report.SectionAt("Sections[01]"));
        Assert.Null(report.SectionAt("sections[0]"));
        Assert.Equal("健全制度", report.SectionAt("Sections[0].Children[0]")!.Heading);
    }

    [Fact]
    public void AnnualReport_MeasureNamingAMissingSection_Throws()
    {
        var subject = new ReportingSubject("某县人民政府", "某县", AdministrativeLevel.County, SubjectKind.Government);

        Assert.Throws<System.ArgumentException>(() => new AnnualReport(subject, ReportYear.Of(2023), "报告", measures: [new Measure("措施", section: "Sections[0]")]));
        Assert.Throws<System.ArgumentException>(() => new Measure("措施", section: "Sections[x]"));
    }

    [Property(Arbitrary = [typeof(ReportTextArbitraries)], MaxTest = 200)]
    public void Read_EveryQuantityOfASectionOrThePreamble_IsInExactlyThatSectionOrThePreamble(string text)
    {
        var result = ReportTextReader.Read(text, new ReadOptions(year: ReportYear.Of(2020), title: "报告", subject: ReportTextReader.SubjectNamed("某区人民政府")));
        var report = result.Report!;
        var sections = new Dictionary<string, Section>();
        foreach (var (section, path) in WithPaths(report.Sections, "Sections"))
        {
            sections[path] = section;
        }

        var expected = result.Syntax.Quantities.Where(q => q.Path != "Header" && q.Path != "Closing").ToArray();
        foreach (var group in expected.GroupBy(q => q.Path))
        {
            var held = group.Key == "Preamble" ? report.PreambleQuantities : sections[group.Key].Quantities;
            Assert.Equal(group.Select(q => q.Quantity), held);
        }

        Assert.Equal(expected.Length, report.PreambleQuantities.Length + sections.Values.Sum(s => s.Quantities.Length));
    }

    [Property(Arbitrary = [typeof(ReportTextArbitraries)], MaxTest = 150)]
    public void Read_BuiltReport_RoundTripsThroughJsonAndReadingNeverThrows(string text)
    {
        var result = ReportTextReader.Read(text);
        if (result.Report is { } report)
        {
            Assert.Equal(report, RuleOfLawJson.Report.Deserialize(RuleOfLawJson.Report.Serialize(report)));
            Assert.Null(result.Partial);
        }
        else
        {
            Assert.NotNull(result.Partial);
            Assert.NotEmpty(result.Missing);
        }

        Assert.NotNull(RuleOfLawJson.ReadDocument.Serialize(result));
    }

    private static IEnumerable<(Section Section, string Path)> WithPaths(System.Collections.Immutable.ImmutableArray<Section> sections, string prefix)
    {
        for (var i = 0; i < sections.Length; i++)
        {
            var path = prefix + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            yield return (sections[i], path);
            foreach (var child in WithPaths(sections[i].Children, path + ".Children"))
            {
                yield return child;
            }
        }
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string SliceOf(string text, SourceSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void Read_WordedBaseGivesAnotherFigure_NotesTheBaseThatFitsAndLinksIt()
    {
        const string text = "某区2020年法治政府建设年度报告\n一、主要举措和成效\n受理复议案件30件，审结24件，其中纠错6件，纠错率20%。";

        var result = ReportTextReader.Read(text);

        var value = Assert.Single(result.Report!.IndicatorValues);
        Assert.Equal((6L, 30L), (value.Numerator, value.Denominator));
        Assert.Equal(RuleOfLaw.Domain.Indicators.CountLink.FitsPrintedFigure, value.DenominatorLink);
        var note = Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.RateBaseRefitted);
        Assert.Equal("20%", text.Substring(note.Span!.Value.Start, note.Span.Value.Length));
        Assert.Contains("审结24件", note.Message, System.StringComparison.Ordinal);
        Assert.Contains("受理复议案件30件", note.GetMessage(MessageLanguage.Chinese), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoStatedCountGivesTheFigure_NotesTheMismatchAndKeepsTheCounts()
    {
        var result = ReportTextReader.Read("某区2020年法治政府建设年度报告\n一、主要举措和成效\n审结复议案件24件，其中纠错6件，纠错率21%。");

        var value = Assert.Single(result.Report!.IndicatorValues);
        Assert.Equal((6L, 24L), (value.Numerator, value.Denominator));
        Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.RateCountsMismatch);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.RateBaseRefitted);
    }

    [Fact]
    public void Read_UnlistedRateWhoseCountsDoNotGiveItsFigure_NotesItByItsPrintedName()
    {
        var result = ReportTextReader.Read("某区2023年法治政府建设年度报告\n一、主要举措和成效\n全年受理投诉20件，办结响应18件，执法协同响应率80%。\n");

        var note = Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.RateCountsMismatch);

        Assert.Equal("执法协同响应率", note.Values[0].Value);
        Assert.StartsWith("执法协同响应率 (not a national indicator): 80% does not follow from 18 of 20", note.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("执法协同响应率（非全国指标）：按任何舍入规则", note.GetMessage(MessageLanguage.Chinese), System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(RuleOfLaw.Domain.Indicators.IndicatorCode.UnlistedPrefix, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnlistedRateAndShare_AreIndicatorValuesWithTheirNames()
    {
        var result = ReportTextReader.Read("某区2020年法治政府建设年度报告\n一、主要举措和成效\n累计公开信息10条，其中规范性文件3条，占30%。执法协同响应率达100%。");

        var values = result.Report!.IndicatorValues;
        Assert.Equal(["规范性文件占比", "执法协同响应率"], values.Select(v => v.Name));
        Assert.All(values, v => Assert.True(v.Indicator.IsUnlisted));
        Assert.Equal([RuleOfLaw.Domain.Indicators.IndicatorKind.Share, RuleOfLaw.Domain.Indicators.IndicatorKind.Rate], values.Select(v => v.Kind!.Value));
        Assert.Equal((3L, 10L), (values[0].Numerator, values[0].Denominator));
        Assert.Equal(["规范性文件占比", "执法协同响应率"], result.Syntax.Rates.Select(r => r.Name));
    }
}

/// <summary>Report-shaped texts: a title, a preamble, headings of every family with bodies full of quantities, and a signature, in random mixes.</summary>
public static class ReportTextArbitraries
{
    private static readonly string[] Lines =
    [
        "某区2020年法治政府建设年度报告", "全年收案12件，同比增长3.5%。", "一、主要举措和成效", "二、存在的不足和原因", "三、下一年度工作安排", "四、其他",
        "（一）健全制度", "（二）规范执法。检查20次", "1.完善机制", "2、加强培训，培训300余人次", "（1）细化标准", "①落实责任", "办理35件，纠正率18.2%。",
        "缺少2名人员。原因是编制有限。", "完成率达到95%以上。", "投入资金1.2亿元。", "一是加强领导，召开会议5次。", "【专栏】", "某区人民政府", "2021年1月5日",
        "发布时间：2021-01-05 14:11:08", "信息来源：某区司法局", "", "　　", "一、", "（三）",
    ];

    public static Arbitrary<string> ReportText() =>
        Gen.Elements(Lines).ListOf().Select(lines => string.Join("\n", lines)).ToArbitrary();
}
