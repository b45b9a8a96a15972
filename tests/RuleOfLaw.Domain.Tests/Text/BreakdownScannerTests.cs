using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Totals and their parts as the reader finds them, on wording taken from published reports.</summary>
public sealed class BreakdownScannerTests
{
    private const string Title = "某区2023年法治政府建设年度报告\n一、主要举措和成效\n";
    private const string Closing = "\n某区人民政府\n2024年1月5日";

    /// <summary>Each breakdown of the read's syntax as printed: the total (or 100%), the parts, and whether they are all.</summary>
    private static (string Total, string Parts, BreakdownCompleteness Completeness)[] Breakdowns(string body)
    {
        var result = ReportTextReader.Read(Title + body + Closing);
        string Printed(string path) => result.Quantities[int.Parse(path["Quantities[".Length..^1], CultureInfo.InvariantCulture)].Printed!;
        return [.. result.Syntax.Breakdowns.Select(b => (b.Total is null ? "100%" : Printed(b.Total), string.Join(" + ", b.Parts.Select(Printed)), b.Completeness))];
    }

    [Fact]
    public void Read_CasesReceivedThenAmongThem_IsASomeOfBreakdown()
    {
        var breakdown = Assert.Single(Breakdowns("2020年,受理复议案件11宗,其中,确认违法2宗,纠正率18.2%。"));

        Assert.Equal(("11宗", "2宗", BreakdownCompleteness.Partial), breakdown);
    }

    [Fact]
    public void Read_TotalInTheSentenceBefore_TakesTheCountsOfItsUnitAndLeavesChangesAndMoney()
    {
        var breakdown = Assert.Single(Breakdowns(
            "2022年,全市行政执法机关共办理各类行政执法案件1616.85万宗,同比上升11.67%,涉及金额194.98亿元,同比上升14.61%。"
            + "其中,行政处罚137.07万宗,同比下降35.98%,罚没金额2.92亿元;行政许可80.96万宗,同比上升26.11%;行政强制2.82万宗,同比下降1.74%。"));

        Assert.Equal(("1616.85万宗", "137.07万宗 + 80.96万宗 + 2.82万宗", BreakdownCompleteness.Partial), breakdown);
    }

    [Fact]
    public void Read_ListClosedByARemainderPart_IsExhaustive()
    {
        var breakdown = Assert.Single(Breakdowns("全年共受理行政复议案件120件，其中维持80件、撤销10件、其他30件。"));

        Assert.Equal(("120件", "80件 + 10件 + 30件", BreakdownCompleteness.Exhaustive), breakdown);
    }

    [Theory]
    [InlineData("全年共受理行政复议案件120件，其中维持80件、撤销10件。")]
    [InlineData("全年共受理行政复议案件120件，其中维持80件、其他10件等。")]
    public void Read_ListWithoutRemainderOrClosedByEtc_IsSomeOfTheTotal(string body)
    {
        var breakdown = Assert.Single(Breakdowns(body));

        Assert.Equal(BreakdownCompleteness.Partial, breakdown.Completeness);
    }

    [Fact]
    public void Read_NearestCountBeforeAmong_IsTheTotalAndAChangeIsNot()
    {
        var breakdown = Assert.Single(Breakdowns("共收到申请150件，同比增加20件，受理130件，其中维持80件、撤销10件。"));

        Assert.Equal("130件", breakdown.Total);
    }

    [Fact]
    public void Read_CountsInParentheses_AreNotPartsOfTheOuterList()
    {
        var breakdown = Assert.Single(Breakdowns("共受理323件，其中审结298件（维持205件，撤销15件），纠错率9.06%。"));

        Assert.Equal(("323件", "298件", BreakdownCompleteness.Partial), breakdown);
    }

    [Theory]
    [InlineData("其中维持80件、撤销10件。")]
    [InlineData("开展培训3场，其中线上培训人数200人。")]
    [InlineData("共受理120件。\n其中维持80件。")]
    public void Read_AmongWithoutATotalOfItsUnitInReach_IsNoBreakdown(string body)
    {
        Assert.Empty(Breakdowns(body));
    }

    [Fact]
    public void Read_SharesOfOneWholeWithoutAmong_AreAnExhaustiveBreakdownOf100Percent()
    {
        var breakdown = Assert.Single(Breakdowns("城市居民占42.1%、农村居民占57.9%。"));

        Assert.Equal(("100%", "42.1% + 57.9%", BreakdownCompleteness.Exhaustive), breakdown);
    }

    [Fact]
    public void Read_SharesAmongAGroup_AreSomeOfTheWhole()
    {
        var breakdown = Assert.Single(Breakdowns("全年受理120件，其中城市居民占42.1%、农村居民占50%。"));

        Assert.Equal(("100%", "42.1% + 50%", BreakdownCompleteness.Partial), breakdown);
    }

    [Fact]
    public void Read_SharesOfTheInformationPublished_AreSomeOfTheWhole()
    {
        var breakdown = Assert.Single(Breakdowns(
            "在主动公开的信息中,政务信息公开指南1条,占8%;其他公文5条,占41%;决算预算2条,占17%,采购目录及收费标准2条,占17%,公示公告及其他类信息2条,占17%。"));

        Assert.Equal(("100%", "8% + 41% + 17% + 17% + 17%", BreakdownCompleteness.Partial), breakdown);
    }

    [Theory]
    [InlineData("甲街道受理30件，占全区的8%；乙街道受理40件，占全区的10%。")]
    [InlineData("网上可办比例达99%，全程网办比例达90%。")]
    [InlineData("城市居民占42.1%。农村居民占57.9%。")]
    public void Read_SharesOfNamedOrSeparateWholes_AreNoBreakdown(string body)
    {
        Assert.Empty(Breakdowns(body));
    }

    [Fact]
    public void Read_Report_NamesTheBreakdownsQuantitiesByTheirPathsInTheReport()
    {
        var result = ReportTextReader.Read(Title + "全年共受理行政复议案件120件，其中维持80件、撤销10件、其他30件。" + Closing);

        var breakdown = Assert.Single(result.Report!.Breakdowns);

        Assert.Equal("Sections[0].Quantities[0]", breakdown.Total);
        Assert.Equal(["Sections[0].Quantities[1]", "Sections[0].Quantities[2]", "Sections[0].Quantities[3]"], breakdown.Parts);
        Assert.Equal([80m, 10m, 30m], breakdown.Parts.Select(p => result.Report.QuantityAt(p)!.Value));
    }
}
