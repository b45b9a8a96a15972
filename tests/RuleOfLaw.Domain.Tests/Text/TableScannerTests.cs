using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Tests.Validation.Rules;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>
/// Tables with a 合计 row read as totals with their parts, column by column, in the shapes the document loaders emit
/// (cells separated by <c>  | </c> from a web page, <c> | </c> from Word, tabs, runs of spaces from a PDF); and no
/// breakdown where the table's shape leaves a doubt.
/// </summary>
public sealed class TableScannerTests
{
    private const string Title = "某区2023年法治政府建设年度报告\n一、主要举措和成效\n";
    private const string Closing = "\n某区人民政府\n2024年1月5日";

    private static ReportReadResult Read(string body) => ReportTextReader.Read(Title + body + Closing);

    /// <summary>Each breakdown of the read's syntax as printed: the total, then the parts joined by +.</summary>
    private static (string Total, string Parts)[] Breakdowns(ReportReadResult result)
    {
        string Printed(string path) => QuantityAt(result, path).Printed!;
        return [.. result.Syntax.Breakdowns.Select(b => (b.Total is null ? "100%" : Printed(b.Total), string.Join(" + ", b.Parts.Select(Printed))))];
    }

    private static Quantity QuantityAt(ReportReadResult result, string path) =>
        result.Quantities[int.Parse(path["Quantities[".Length..^1], CultureInfo.InvariantCulture)];

    private static ValidationIssue[] Findings(ReportReadResult result) =>
        [.. Validators.Later().Validate(result.Report!).Issues.Where(i => i.Code == ValidationCodes.PartsDoNotAddUp)];

    [Fact]
    public void Read_WebPageTableWithATotalRow_ReadsEachNumericColumn()
    {
        var result = Read(
            "表1：行政复议案件办理情况\n"
            + "类别  | 收案数（件）  | 标的额（万元）  | \n"
            + "行政处罚类  | 12  | 35.5  | \n"
            + "行政许可类  | 8  | 20.25  | \n"
            + "其他类  | 5  | 4  | \n"
            + "合计  | 25  | 59.75  | \n"
            + "全年工作平稳。");

        Assert.Equal([("25", "12 + 8 + 5"), ("59.75", "35.5 + 20.25 + 4")], Breakdowns(result));
        Assert.All(result.Syntax.Breakdowns, b => Assert.Equal(BreakdownCompleteness.Exhaustive, b.Completeness));
        var money = result.Quantities.Single(q => q.Printed == "59.75");
        Assert.Equal(("元", QuantityKind.Money, ScaleWord.TenThousand), (money.Unit, money.Kind, money.Scale));
        Assert.Equal(("件", QuantityKind.Count), (result.Quantities.Single(q => q.Printed == "25").Unit, result.Quantities.Single(q => q.Printed == "25").Kind));
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Read_SameTableWithoutATotalRow_HasNoBreakdownAndNoCellQuantities()
    {
        var result = Read(
            "类别  | 收案数（件）  | \n"
            + "行政处罚类  | 12  | \n"
            + "行政许可类  | 8  | \n"
            + "其他类  | 5  | \n");

        Assert.Empty(result.Syntax.Breakdowns);
        Assert.DoesNotContain(result.Quantities, q => q.Printed is "12" or "8" or "5");
    }

    [Theory]
    [InlineData("单位 | 数量 | 占比(%) | ", " | ")]
    [InlineData("单位\t数量\t占比(%)", "\t")]
    [InlineData("单位    数量    占比(%)", "    ")]
    [InlineData("| 单位 | 数量 | 占比(%) |\n| --- | ---: | ---: |", " | ")]
    public void Read_TableInEachLoaderShape_ReadsItsColumns(string headings, string separator)
    {
        var markdown = headings.StartsWith('|');
        string Row(params string[] cells) => (markdown ? "| " : string.Empty) + string.Join(separator, cells) + (markdown ? " |" : separator.Trim().Length > 0 ? separator : string.Empty);
        var body = headings + "\n" + Row("甲镇", "3", "33.3") + "\n" + Row("乙镇", "3", "33.3") + "\n" + Row("丙镇", "3", "33.3") + "\n" + Row("合 计", "9", "100") + "\n";

        var result = Read(body);

        Assert.Equal([("9", "3 + 3 + 3"), ("100", "33.3 + 33.3 + 33.3")], Breakdowns(result));
        Assert.Equal("数量", result.Quantities.Single(q => q.Printed == "9").Unit);
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData("33.3%", "33.3%", "33.3%")] // 99.9 %
    [InlineData("33.4%", "33.4%", "33.3%")] // 100.1 %
    [InlineData("33%", "33%", "33%")]
    public void Validate_RoundedSharesOfATableThatSumTo99Point9Or100Point1_Pass(string a, string b, string c)
    {
        var result = Read($"类型 | 占比 | \n甲类 | {a} | \n乙类 | {b} | \n丙类 | {c} | \n合计 | 100% | \n");

        Assert.Single(result.Syntax.Breakdowns);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Validate_ColumnShortOfItsTotal_ReportsTheTotal()
    {
        var result = Read("类别 | 收案数（件） | 结案数（件） | \n甲类 | 12 | 10 | \n乙类 | 8 | 8 | \n丙类 | 5 | 4 | \n合计 | 25 | 26 | \n");

        var issue = Assert.Single(Findings(result));

        // Each whole number stands for the values that round to it: 22 can be at most 23.5, 26 at least 25.5.
        Assert.Equal(("10 + 8 + 4", "22件", "26", "-4件", "2件"), (issue.ValueOf("addends"), issue.ValueOf("sum"), issue.ValueOf("total"), issue.ValueOf("difference"), issue.ValueOf("beyond")));
        Assert.Equal("26", result.Report!.QuantityAt(issue.Path)!.Printed);
    }

    [Fact]
    public void Validate_ColumnAboveItsTotal_ReportsThePartWhereTheSumPassesIt()
    {
        var result = Read("类别 | 收案数（件） | \n甲类 | 12 | \n乙类 | 10 | \n丙类 | 5 | \n合计 | 20 | \n");

        var issue = Assert.Single(Findings(result));

        // 12 + 10 is at least 21.5, past the most 20 can be (20.5).
        Assert.Equal(("10", "+7件"), (result.Report!.QuantityAt(issue.Path)!.Printed, issue.ValueOf("difference")));
    }

    [Fact]
    public void Read_WrappedTable_ReadsEachColumnOfTheGroupAcrossAllGroups()
    {
        var result = Read(
            "地区  | 件数  | 地区  | 件数  | \n"
            + "甲市  | 40  | 丙市  | 20  | \n"
            + "乙市  | 30  | 丁市  | 10  | \n"
            + "地区  | 件数  | 地区  | 件数  | \n"
            + "戊市  | 5  | 己市  | 1  | \n"
            + "总计  | 106  | ||\n");

        Assert.Equal([("106", "40 + 30 + 5 + 20 + 10 + 1")], Breakdowns(result));
        Assert.Empty(Findings(result));
    }

    [Theory]
    [InlineData("类别 | 件数 | \n小计 | 0 | \n甲类 | 12 | \n乙类 | 8 | \n合计 | 20 | \n")] // a subtotal that closes no row
    [InlineData("类别 | 件数 | \n合计 | 25 | \n甲类 | 12 | \n乙类 | 8 | \n小计 | 20 | \n丙类 | 5 | \n")] // a total before its subtotals
    [InlineData("类别 | 项目 | 件数 | \n甲类 | 一 | 12 | \n乙类 | 小计 | 12 | \n合计 |  | 12 | \n")] // a subtotal in another column
    [InlineData("类别 | 件数 | \n甲类 | 12 | \n其中：乙类 | 8 | \n丙类 | 5 | \n合计 | 17 | \n")] // a sub-item of the row above
    [InlineData("类别 | 件数 | \n甲类 | 12 | \n乙类 | 8 | 1 | \n丙类 | 5 | \n合计 | 25 | \n")] // a row of another width
    [InlineData("类别 | 件数 | \n甲类 | 12 | \n合计 | 25 | \n乙类 | 8 | \n丙类 | 5 | \n")] // a total amid the rows
    [InlineData("类别 | 件数 | \n甲类 | 12 | \n乙类 | 8 | \n合计 | 20 | \n总计 | 20 | \n")] // two totals
    [InlineData("类别 | 件数 | \n甲类 | 12 | \n乙类 | — | \n丙类 | 5 | \n合计 | 25 | \n")] // a cell without a number
    [InlineData("类别 | 结案率 | \n甲类 | 95% | \n乙类 | 90% | \n丙类 | 100% | \n合计 | 96% | \n")] // a rate is no sum
    [InlineData("类别 | 同比增长（%） | \n甲类 | 5 | \n乙类 | 8 | \n丙类 | 2 | \n合计 | 6 | \n")] // nor a change
    [InlineData("类别 | 占比 | \n甲类 | 40% | \n乙类 | 30% | \n丙类 | 20% | \n合计 | 90% | \n")] // a percentage total other than 100
    [InlineData("类别 | 件数 | \n甲类 | 12 | \n合计 | 12 | \n")] // one part
    [InlineData("类别 | 件数 | \n合计 | 25 | \n")]
    public void Read_TableWhoseShapeLeavesADoubt_HasNoBreakdown(string body)
    {
        var result = Read(body);

        Assert.Empty(result.Syntax.Breakdowns);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Read_TableWithSubtotalRows_ReadsEachSubtotalOverItsRowsAndTheTotalOverTheSubtotals()
    {
        var result = Read(
            "类别  | 件数（件）  | 金额（万元）  | \n"
            + "行政处罚  | 12  | 3.5  | \n"
            + "行政许可  | 8  | 1.5  | \n"
            + "小计  | 20  | 5  | \n"
            + "行政复议  | 6  | 0.4  | \n"
            + "行政诉讼  | 4  | 2  | \n"
            + "小 计  | 10  | 2.4  | \n"
            + "其他  | 3  | 0.1  | \n"
            + "合计  | 33  | 7.5  | \n");

        Assert.Equal(
            [("20", "12 + 8"), ("5", "3.5 + 1.5"), ("10", "6 + 4"), ("2.4", "0.4 + 2"), ("33", "20 + 10 + 3"), ("7.5", "5 + 2.4 + 0.1")],
            Breakdowns(result).OrderBy(b => b.Total == "33" || b.Total == "7.5").ToArray());
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void Validate_SubtotalShortOfItsRows_ReportsThatSubtotal()
    {
        var result = Read("类别 | 件数（件） | \n甲类 | 12 | \n乙类 | 8 | \n小计 | 23 | \n丙类 | 6 | \n丁类 | 4 | \n小计 | 10 | \n合计 | 33 | \n");

        var issue = Assert.Single(Findings(result));

        // 12 + 8 is at most 21, short of the least 23 can be (22.5); the total 33 does meet 23 + 10.
        Assert.Equal(("23", "12 + 8"), (result.Report!.QuantityAt(issue.Path)!.Printed, issue.ValueOf("addends")));
    }

    [Fact]
    public void Read_CellsThatAreAlreadyQuantities_AreTakenAsTheyAre()
    {
        var result = Read("类别 | 数量 | \n甲类 | 12件 | \n乙类 | 8件 | \n合计 | 20件 | \n");

        Assert.Equal([("20件", "12件 + 8件")], Breakdowns(result));
        Assert.Equal(3, result.Quantities.Count(q => q.Unit == "件"));
    }

    [Fact]
    public void Read_CaptionThatStatesTheUnit_GivesTheColumnsTheirUnit()
    {
        var result = Read("（单位：人次）\n项目 | 2022 | 2023 | \n培训 | 120 | 150 | \n讲座 | 30 | 1,250 | \n合计 | 150 | 1,400 | \n");

        Assert.Equal([("150", "120 + 30"), ("1,400", "150 + 1,250")], Breakdowns(result));
        Assert.All(result.Syntax.Breakdowns, b => Assert.Equal("人次", QuantityAt(result, b.Total!).Unit));
        Assert.Empty(Findings(result));
    }

    [Property(Arbitrary = [typeof(ConsistentTables)], MaxTest = 200)]
    public void Read_ConsistentTable_ReadsEveryColumnAndValidatesClean(ConsistentTable table)
    {
        var result = Read(table.Text);

        Assert.Equal(table.Columns, result.Syntax.Breakdowns.Length);
        Assert.All(result.Syntax.Breakdowns, b => Assert.Equal(table.Rows, b.Parts.Length));
        Assert.Empty(Findings(result));
    }
}

/// <summary>A generated table whose every column adds up to its 合计 row, and its shape.</summary>
/// <param name="Text">The table as a loader emits it.</param>
/// <param name="Rows">How many rows it has besides its headings and total.</param>
/// <param name="Columns">How many numeric columns it has.</param>
public sealed record ConsistentTable(string Text, int Rows, int Columns);

/// <summary>Tables of 2–8 rows and 1–4 numeric columns (counts, or sums of money with two decimals), with the total row first or last, in the web page's, Word's, tab or space layout.</summary>
public static class ConsistentTables
{
    private static readonly string[] Separators = ["  | ", " | ", "\t", "   "];

    public static Arbitrary<ConsistentTable> Table() =>
        (from rows in Gen.Choose(2, 8)
         from columns in Gen.Choose(1, 4)
         from money in Gen.Elements(false, true)
         from separator in Gen.Elements(Separators)
         from totalFirst in Gen.Elements(false, true)
         from cents in Gen.Choose(0, 99_999_99).ArrayOf(rows * columns)
         select Build(rows, columns, money, separator, totalFirst, cents)).ToArbitrary();

    private static ConsistentTable Build(int rows, int columns, bool money, string separator, bool totalFirst, int[] cents)
    {
        string Number(long value) => money
            ? (value / 100m).ToString("0.00", CultureInfo.InvariantCulture)
            : (value / 100).ToString(CultureInfo.InvariantCulture);
        string Line(string label, System.Collections.Generic.IEnumerable<string> cells) =>
            string.Join(separator, [label, .. cells]) + (separator.Trim().Length > 0 ? separator : string.Empty);

        var headings = Line("名称", Enumerable.Range(1, columns).Select(c => money ? $"金额{c}（万元）" : $"项目{c}（件）"));
        var body = Enumerable.Range(0, rows).Select(r => Line($"第{r + 1}类单位", Enumerable.Range(0, columns).Select(c => Number(cents[(r * columns) + c])))).ToList();
        var totals = Line("合计", Enumerable.Range(0, columns).Select(c => Number(Enumerable.Range(0, rows).Sum(r => money ? (long)cents[(r * columns) + c] : cents[(r * columns) + c] / 100L * 100L))));
        var lines = totalFirst ? [headings, totals, .. body] : (string[])[headings, .. body, totals];
        return new ConsistentTable(string.Join("\n", lines) + "\n", rows, columns);
    }
}
