using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class AnnualReportTests
{
    private static readonly ReportingSubject Subject = AReportingSubject.District().Build();

    [Fact]
    public void Builder_Default_IsCompleteAndPublishedInTheFollowingYear()
    {
        var report = AnAnnualReport.For(2024).PublishedOn(new LocalDate(2025, 3, 28)).Build();

        Assert.Equal(2024, report.Year.Year);
        Assert.Equal(new LocalDate(2025, 3, 28), report.Publication!.Date);
        Assert.Equal(2025, report.Plan!.Year.Year);
        Assert.NotEmpty(report.Sections);
        Assert.NotEmpty(report.Measures);
        Assert.NotNull(report.SignOff);
    }

    [Fact]
    public void Constructor_OnlySubjectYearAndTitle_IsLegal()
    {
        var report = new AnnualReport(Subject, ReportYear.Of(2024), "某区2024年法治政府建设年度报告");

        Assert.Empty(report.Sections);
        Assert.Empty(report.IndicatorValues);
        Assert.Null(report.Plan);
        Assert.Null(report.Publication);
        Assert.Null(report.Exemption);
        Assert.Null(report.SignOff);
        Assert.Equal(string.Empty, report.Preamble);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankTitle_ThrowsNamingRuleAndValue(string title)
    {
        var exception = Assert.Throws<ArgumentException>(() => AnAnnualReport.For(2024).Titled(title).Build());

        Assert.Equal("title", exception.ParamName);
        Assert.StartsWith($"title (\"{title}\") must not be empty or white space", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullTitleOrSubject_Throws()
    {
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new AnnualReport(Subject, ReportYear.Of(2024), null!)).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => new AnnualReport(null!, ReportYear.Of(2024), "报告")).ParamName);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2023)]
    public void Constructor_PlanNotForTheFollowingYear_ThrowsNamingRuleAndValues(int planYear)
    {
        var exception = Assert.Throws<ArgumentException>(() => AnAnnualReport.For(2024).WithPlan(APlan.For(planYear)).Build());

        Assert.Equal("plan", exception.ParamName);
        Assert.StartsWith($"plan year ({planYear}) must be the report year (2024) + 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PlanForTheFollowingYear_IsAccepted()
    {
        Assert.Equal(2025, AnAnnualReport.For(2024).WithPlan(APlan.For(2025)).Build().Plan!.Year.Year);
    }

    [Fact]
    public void Constructor_BothPublicationAndExemption_Throws()
    {
        var publication = new Publication(new LocalDateTime(2025, 3, 1, 9, 0).WithOffset(Offset.FromHours(8)));

        var exception = Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, ReportYear.Of(2024), "报告", publication: publication, exemption: PublicationExemption.StateSecrets));

        Assert.Equal("exemption", exception.ParamName);
    }

    [Fact]
    public void Constructor_ExemptAndUnpublished_IsLegal()
    {
        var report = AnAnnualReport.For(2024).ExemptBecause(PublicationExemption.StateSecrets).Build();

        Assert.Null(report.Publication);
        Assert.Equal(PublicationExemption.StateSecrets, report.Exemption);
    }

    [Fact]
    public void Constructor_NullInAnyCollection_ThrowsNamingIt()
    {
        var year = ReportYear.Of(2024);

        Assert.Equal("sections", Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, year, "报告", sections: Copy.WithNull<Section>())).ParamName);
        Assert.Equal("measures", Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, year, "报告", measures: Copy.WithNull<Measure>())).ParamName);
        Assert.Equal("shortcomings", Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, year, "报告", shortcomings: Copy.WithNull<Shortcoming>())).ParamName);
        Assert.Equal("indicatorValues", Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, year, "报告", indicatorValues: Copy.WithNull<IndicatorValue>())).ParamName);
        Assert.Equal("submissions", Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, year, "报告", submissions: Copy.WithNull<Submission>())).ParamName);
    }

    [Fact]
    public void Constructor_ShortcomingStatementPastItsSectionsBody_Throws()
    {
        var section = new Section("二、", 1, "存在的不足和原因", "人员缺少2名。");

        var accepted = new AnnualReport(Subject, ReportYear.Of(2023), "报告", sections: [section], shortcomings: [new Shortcoming(string.Empty, section: "Sections[0]", statement: new BodyRange(0, 7))]);
        Assert.Equal("人员缺少2名。", accepted.Shortcomings[0].DescriptionIn(section));
        var exception = Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, ReportYear.Of(2023), "报告", sections: [section], shortcomings: [new Shortcoming(string.Empty, section: "Sections[0]", statement: new BodyRange(1, 7))]));
        Assert.Contains("must lie inside the body of section Sections[0] (7 characters)", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, ReportYear.Of(2023), "报告", sections: [section], shortcomings: [new Shortcoming(string.Empty, section: "Sections[0]", causeStatements: [new BodyRange(7, 1)])]));
    }

    [Fact]
    public void Constructor_PlanTargetPathNamingNoQuantity_Throws()
    {
        var section = new Section("三、", 1, "下一年度工作安排", "完成率达到95%。", quantities: [new Quantity(95m, "%", QuantityKind.Percent)]);
        RuleOfLaw.Domain.Plans.Plan PlanWith(string path) => new(ReportYear.Of(2024), [new RuleOfLaw.Domain.Plans.PlanItem("完善制度", targetPath: path)]);

        var accepted = new AnnualReport(Subject, ReportYear.Of(2023), "报告", sections: [section], plan: PlanWith("Sections[0].Quantities[0]"));
        Assert.Equal(95m, accepted.TargetOf(accepted.Plan!.Items[0])!.Value);
        var exception = Assert.Throws<ArgumentException>(() => new AnnualReport(Subject, ReportYear.Of(2023), "报告", sections: [section], plan: PlanWith("Sections[0].Quantities[1]")));
        Assert.Contains("names target Sections[0].Quantities[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantityAt_SectionAndPreamblePaths_NameTheirQuantities()
    {
        var printed = new Quantity(35m, "件", QuantityKind.Count);
        var opening = new Quantity(12m, "件", QuantityKind.Count);
        var report = new AnnualReport(Subject, ReportYear.Of(2023), "报告", sections: [new Section("一、", 1, "主要举措", children: [new Section("（一）", 2, "办案", "办理35件。", quantities: [printed])])], preambleQuantities: [opening]);

        Assert.Equal(printed, report.QuantityAt("Sections[0].Children[0].Quantities[0]"));
        Assert.Equal(opening, report.QuantityAt("PreambleQuantities[0]"));
        Assert.Null(report.QuantityAt("Sections[0].Quantities[0]"));
        Assert.Null(report.QuantityAt("PreambleQuantities[1]"));
        Assert.Null(report.QuantityAt("Sections[1].Quantities[0]"));
        Assert.Null(report.QuantityAt(null));
    }

    [Fact]
    public void WithTitle_ChangesTitleAndValidates()
    {
        var report = AnAnnualReport.For(2024).Build();

        var renamed = report.WithTitle("关于2024年法治政府建设情况的报告");

        Assert.Equal("关于2024年法治政府建设情况的报告", renamed.Title);
        Assert.Equal(report.Sections, renamed.Sections);
        Assert.NotEqual(report, renamed);
        Assert.Throws<ArgumentException>(() => report.WithTitle(" "));
    }

    [Fact]
    public void WithPublication_OnExemptReport_Throws()
    {
        var report = AnAnnualReport.For(2024).ExemptBecause(PublicationExemption.StateSecrets).Build();
        var publication = new Publication(new LocalDateTime(2025, 3, 1, 9, 0).WithOffset(Offset.FromHours(8)));

        Assert.Throws<ArgumentException>(() => report.WithPublication(publication));
        Assert.Null(AnAnnualReport.For(2024).Build().WithPublication(null).Publication);
    }

    [Fact]
    public void Outline_ListsNestedSectionsInDocumentOrder()
    {
        var report = AnAnnualReport.For(2024).Build();

        Assert.Equal(report.Sections.SelectMany(s => s.SelfAndDescendants()), report.Outline());
        Assert.True(report.Outline().Count() > report.Sections.Length);
    }

    [Fact]
    public void Equality_ComparesEveryPropertyAndCollectionsBySequence()
    {
        static AnAnnualReport Base() => AnAnnualReport.For(2024);

        ValueSemantics.Assert(
            Base().Build(),
            Base().Build(),
            Base().Titled("另一个标题").Build(),
            AnAnnualReport.For(2023).Build(),
            Base().WithPreamble("导语").Build(),
            Base().WithSections().Build(),
            Base().WithMeasures().Build(),
            Base().WithShortcomings().Build(),
            Base().WithoutPlan().Build(),
            Base().WithIndicatorValues(new IndicatorValue(IndicatorCode.Parse("hearing_rate"), IndicatorScope.Subject, ReportYear.Of(2024))).Build(),
            Base().Unpublished().Build(),
            Base().ExemptBecause(PublicationExemption.StateSecrets).Build(),
            Base().SubmittedTo().Build(),
            Base().WithoutSignOff().Build(),
            Base().By(AReportingSubject.District().AsNationalDemonstrationArea().Build()).Build());
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(AnnualReport report)
    {
        var copy = new AnnualReport(
            report.Subject,
            report.Year,
            report.Title,
            Copy.Of(report.Sections),
            Copy.Of(report.Measures),
            Copy.Of(report.Shortcomings),
            report.Plan,
            Copy.Of(report.IndicatorValues),
            report.Publication,
            report.Exemption,
            Copy.Of(report.Submissions),
            report.SignOff,
            report.Preamble,
            Copy.Of(report.PreambleQuantities),
            report.DocumentKind);
        return copy == report && copy.GetHashCode() == report.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(AnnualReport a, AnnualReport b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Generated_HoldsTheConstructorsInvariants(AnnualReport report) =>
        (report.Plan is null || report.Plan.Year.Year == report.Year.Year + 1)
        && (report.Publication is null || report.Exemption is null)
        && !string.IsNullOrWhiteSpace(report.Title)
        && !report.Sections.IsDefault && !report.Measures.IsDefault && !report.Submissions.IsDefault;

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Builder_AnyYear_BuildsAValidReportWithPlanForNextYear(ReportYear year) =>
        year.Year == ReportYear.MaxYear
        || AnAnnualReport.For(year.Year).Build() is { } report && report.Plan!.Year.Year == year.FollowingYear && report.Publication!.Date.Year == year.FollowingYear;
}
