using System;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Building a report the size of the seed (21 outline entries, 13 measures, 37 quantities, 7 indicator values, a
/// 3-item plan) through the public constructors, and comparing two equal reports. The benchmark project cannot use
/// the test builders, so the construction is spelled out here with placeholder texts.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReportBuildBenchmarks
{
    private static readonly int[] MeasuresPerGroup = { 7, 3, 3 };
    private static readonly int[] QuantitiesPerMeasure = { 0, 4, 4, 0, 5, 5, 2, 8, 5, 4, 0, 0, 0 };

    private AnnualReport _report = null!;
    private AnnualReport _copy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = SeedSizedReport.Build();
        _copy = SeedSizedReport.Build();
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Section> BuildSectionTree() => SeedSizedReport.Sections(SeedSizedReport.Measures());

    [Benchmark]
    public AnnualReport BuildReport() => SeedSizedReport.Build();

    [Benchmark]
    public bool EqualsStructuralCopy() => _report.Equals(_copy);

    /// <summary>The seed-sized report, built through the public constructors.</summary>
    internal static class SeedSizedReport
    {
        private const string Body = "围绕中心工作，完善制度机制，强化监督检查，推进依法行政，提升服务水平，取得明显成效。";

        public static ImmutableArray<Measure> Measures()
        {
            var area = TaskAreaCatalog.Outline2015To2020[4];
            var measures = ImmutableArray.CreateBuilder<Measure>(QuantitiesPerMeasure.Length);
            for (var m = 0; m < QuantitiesPerMeasure.Length; m++)
            {
                var results = ImmutableArray.CreateBuilder<Quantity>(QuantitiesPerMeasure[m]);
                for (var q = 0; q < QuantitiesPerMeasure[m]; q++)
                {
                    results.Add(new Quantity(q + 1.5m, "件", QuantityKind.Count, q % 2 == 0 ? QuantityQualifier.Exact : QuantityQualifier.MoreThan, ScaleWord.None, "1.5件"));
                }

                measures.Add(new Measure("举措标题" + m, Body, ImmutableArray.Create(area), results.MoveToImmutable()));
            }

            return measures.MoveToImmutable();
        }

        public static ImmutableArray<Section> Sections(ImmutableArray<Measure> measures)
        {
            string[] groupMarkers = { "(一)", "(二)", "(三)" };
            string[] itemMarkers = { "1.", "2.", "3.", "4.", "5.", "6.", "7." };
            var groups = ImmutableArray.CreateBuilder<Section>(MeasuresPerGroup.Length);
            var next = 0;
            for (var g = 0; g < MeasuresPerGroup.Length; g++)
            {
                var items = ImmutableArray.CreateBuilder<Section>(MeasuresPerGroup[g]);
                for (var i = 0; i < MeasuresPerGroup[g]; i++, next++)
                {
                    var parts = next == 0 ? ImmutableArray.Create(ReportPart.FirstResponsiblePersonDuties) : ImmutableArray<ReportPart>.Empty;
                    items.Add(new Section(itemMarkers[i], 3, measures[next].Heading, measures[next].Description, default, parts, i % 2 == 0));
                }

                groups.Add(new Section(groupMarkers[g], 2, "分组标题" + g, string.Empty, items.MoveToImmutable()));
            }

            var summary = new Section("一、", 1, "工作总结", string.Empty, groups.MoveToImmutable(), ImmutableArray.Create(ReportPart.MeasuresAndResults));
            var planItems = ImmutableArray.Create(
                new Section("(一)", 2, "计划一", Body),
                new Section("(二)", 2, "计划二", Body),
                new Section("(三)", 2, "计划三", Body));
            var plan = new Section("二、", 1, "工作计划", Body, planItems, ImmutableArray.Create(ReportPart.NextYearArrangements, ReportPart.ShortcomingsAndCauses));
            return ImmutableArray.Create(summary, plan);
        }

        public static AnnualReport Build() => Build(null);

        public static AnnualReport Build(ImmutableArray<IndicatorValue>? indicatorValues)
        {
            var year = ReportYear.Of(2020);
            var measures = Measures();
            var subject = new ReportingSubject("某市某区人民政府", "某区", AdministrativeLevel.County, SubjectKind.Government, "000000");
            var scope = IndicatorScope.Subject;
            var city = IndicatorScope.Benchmark("全市", AdministrativeLevel.City);
            var values = ImmutableArray.Create(
                new IndicatorValue(IndicatorCode.Parse("reconsideration_correction_rate"), scope, year, 2, 11, null, PublishedFigure.Of(18.2m), "纠正率18.2%"),
                new IndicatorValue(IndicatorCode.Parse("litigation_head_appearance_rate"), scope, year, 16, null, null, PublishedFigure.Of(50m)),
                new IndicatorValue(IndicatorCode.Parse("litigation_head_appearance_rate"), city, year, published: PublishedFigure.Of(16.2m)),
                new IndicatorValue(IndicatorCode.Parse("procuratorial_recommendation_rectification_rate"), scope, year, 8, 8),
                new IndicatorValue(IndicatorCode.Parse("enforcement_platform_coverage_rate"), scope, year, 23, 23),
                new IndicatorValue(IndicatorCode.Parse("legal_exam_participation_rate"), scope, year, published: PublishedFigure.Of(100m)),
                new IndicatorValue(IndicatorCode.Parse("legal_exam_excellence_rate"), scope, year, published: PublishedFigure.Of(100m)));
            var plan = new Plan(ReportYear.Of(2021), ImmutableArray.Create(new PlanItem("计划一", Body), new PlanItem("计划二", Body), new PlanItem("计划三", Body)));
            var publication = new Publication(new LocalDateTime(2021, 1, 5, 14, 11, 8).WithOffset(Offset.FromHours(8)), PublicationChannel.Website, "某区人民政府办公室", new Uri("https://www.example.gov.cn/report.html"));
            return new AnnualReport(
                subject,
                year,
                "某区2020年法治政府建设年度报告",
                Sections(measures),
                measures,
                ImmutableArray.Create(new Shortcoming("执法队伍等方面需要进一步提升")),
                plan,
                indicatorValues ?? values,
                publication,
                null,
                ImmutableArray<Submission>.Empty,
                new SignOff("某市某区人民政府", new LocalDate(2021, 1, 5)),
                Body);
        }
    }
}
