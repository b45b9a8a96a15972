using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Plans;

public sealed class PlanItemTests
{
    [Fact]
    public void Constructor_WithoutTarget_IsLegal()
    {
        var item = new PlanItem("强化监督");

        Assert.Null(item.Target);
        Assert.Equal(string.Empty, item.Description);
    }

    [Fact]
    public void Constructor_BlankHeading_Throws()
    {
        Assert.Equal("heading", Assert.Throws<ArgumentException>(() => new PlanItem(" ")).ParamName);
    }

    [Fact]
    public void Constructor_NullDescription_Throws()
    {
        Assert.Equal("description", Assert.Throws<ArgumentNullException>(() => new PlanItem("强化监督", null!)).ParamName);
    }

    [Fact]
    public void Equality_ComparesEveryProperty()
    {
        var target = new Quantity(100m, "%", QuantityKind.Percent);

        ValueSemantics.Assert(
            new PlanItem("强化监督", "正文", target),
            new PlanItem("强化监督", "正文", new Quantity(100m, "%", QuantityKind.Percent)),
            new PlanItem("强化监督", "正文"),
            new PlanItem("强化监督", string.Empty, target),
            new PlanItem("优化服务", "正文", target));
    }

    [Theory]
    [InlineData("Sections[2].Children[0]")]
    [InlineData("Sections[2].Quantities[x]")]
    [InlineData("Sections[2].Quantities[01]")]
    [InlineData("Sections[2].Quantities[]")]
    [InlineData("PreambleQuantities[0]")]
    [InlineData("sections[0].Quantities[0]")]
    public void Constructor_TargetPathThatNamesNoSectionQuantity_Throws(string path)
    {
        Assert.Equal("targetPath", Assert.Throws<ArgumentException>(() => new PlanItem("强化监督", targetPath: path)).ParamName);
    }

    [Theory]
    [InlineData("Sections[1]", "Sections[10].Quantities[0]")]
    [InlineData("Sections[1].Children[0]", "Sections[1].Quantities[0]")]
    [InlineData("Sections[1].Children[0]", "Sections[1].Children[1].Quantities[0]")]
    public void Constructor_TargetPathOutsideTheItemsSection_Throws(string section, string path)
    {
        Assert.Equal("targetPath", Assert.Throws<ArgumentException>(() => new PlanItem("强化监督", section: section, targetPath: path)).ParamName);
    }

    [Theory]
    [InlineData("Sections[1]", "Sections[1].Quantities[0]")]
    [InlineData("Sections[1]", "Sections[1].Children[2].Quantities[3]")]
    public void Constructor_TargetPathInsideTheItemsSection_IsLegal(string section, string path)
    {
        var item = new PlanItem("强化监督", section: section, targetPath: path);

        Assert.Equal((section, path), (item.Section, item.TargetPath));
    }

    [Fact]
    public void Constructor_TargetAndTargetPath_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new PlanItem("强化监督", target: new Quantity(100m, "%", QuantityKind.Percent), targetPath: "Sections[0].Quantities[0]"));

        Assert.Equal("targetPath", exception.ParamName);
    }

    [Fact]
    public void AnnualReportTargetOf_TargetPath_IsTheQuantityTheReportHoldsThere()
    {
        var quantity = new Quantity(95m, "%", QuantityKind.Percent);
        var section = new Section("三、", 1, "下一年度工作安排", children: [new Section("（一）", 2, "完善制度", "完成率达到95%。", quantities: [quantity])]);
        var item = new PlanItem("完善制度", section: "Sections[0].Children[0]", targetPath: "Sections[0].Children[0].Quantities[0]");
        var report = new AnnualReport(new ReportingSubject("某县人民政府", "某县", AdministrativeLevel.County, SubjectKind.Government), ReportYear.Of(2023), "报告", sections: [section], plan: new Plan(ReportYear.Of(2024), [item]));

        Assert.Equal(quantity, report.TargetOf(item));
        Assert.Equal(quantity, report.TargetOf(new PlanItem("完善制度", target: quantity)));
        Assert.Null(report.TargetOf(new PlanItem("完善制度")));
    }

    [Fact]
    public void Equality_ComparesTheTargetPath()
    {
        ValueSemantics.Assert(
            new PlanItem("强化监督", targetPath: "Sections[0].Quantities[1]"),
            new PlanItem("强化监督", targetPath: "Sections[0].Quantities[1]"),
            new PlanItem("强化监督", targetPath: "Sections[0].Quantities[0]"),
            new PlanItem("强化监督"));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(PlanItem item)
    {
        var copy = new PlanItem(item.Heading, item.Description, item.Target);
        return copy == item && copy.GetHashCode() == item.GetHashCode();
    }
}
