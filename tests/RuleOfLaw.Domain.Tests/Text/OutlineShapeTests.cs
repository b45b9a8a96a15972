using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Outline shapes real pages print: 一是 paragraphs, 【…】 headings, a marker reused one level down, odd numbering, malformed markers.</summary>
public sealed class OutlineShapeTests
{
    [Fact]
    public void Scan_ParagraphsOpeningWithOrdinalsAndNoParenthesizedLevel_AreSecondLevelHeadings()
    {
        const string text = "一、主要工作\n一是规范重大决策。严格执行目录管理。\n二是严格行政执法。全面落实三项制度。\n二、存在问题\n";

        var outline = OutlineScanner.Scan(text);

        Assert.Equal(["一、", "一是", "二是", "二、"], outline.Select(e => e.Marker));
        Assert.Equal([1, 2, 2, 1], outline.Select(e => e.Level));
        Assert.Equal("规范重大决策", outline[1].Title);
        Assert.Equal(text.IndexOf("二是", System.StringComparison.Ordinal), outline[1].ContentEnd);
    }

    [Fact]
    public void Scan_OrdinalParagraphsUnderAParenthesizedLevel_AreNoHeadings()
    {
        const string text = "一、主要工作\n(一)规范决策\n一是规范重大决策。严格执行。\n二是严格行政执法。全面落实。\n";

        var outline = OutlineScanner.Scan(text);

        Assert.Equal(["一、", "(一)"], outline.Select(e => e.Marker));
    }

    [Theory]
    [InlineData("一、主要工作\n今年我们一是规范决策,二是严格执法。\n")]
    [InlineData("一、主要工作\n一是规范重大决策。严格执行。\n另外还加强了学习。\n")]
    [InlineData("一、主要工作\n二是规范重大决策。严格执行。\n三是严格执法。\n")]
    public void Scan_InlineOrSingleOrdinals_AreNoHeadings(string text)
    {
        var outline = OutlineScanner.Scan(text);

        Assert.Equal(["一、"], outline.Select(e => e.Marker));
    }

    [Fact]
    public void Scan_BracketedHeadingsUnderANumberedOne_SitOneLevelBelow()
    {
        const string text = "一、主要工作\n【强化组织领导】全年召开专题会议4次。\n【推进依法行政】制定规范性文件3件。\n二、存在问题\n";

        var outline = OutlineScanner.Scan(text);

        Assert.Equal([1, 2, 2, 1], outline.Select(e => e.Level));
        Assert.Equal("强化组织领导", outline[1].Title);
        Assert.Equal("全年召开专题会议4次。", text.Substring(outline[1].BodySpan.Start, outline[1].BodySpan.Length));
    }

    [Fact]
    public void Scan_BracketedHeadingWithNoNumberedOneBefore_IsTopLevel()
    {
        var outline = OutlineScanner.Scan("【工作成效】\n全年办理案件12件。\n");

        Assert.Equal(1, Assert.Single(outline).Level);
    }

    [Theory]
    [InlineData("【2022年】某局报告\n")]
    [InlineData("【打印本页】\n")]
    [InlineData("【典型案例。某某】\n")]
    [InlineData("【】正文\n")]
    public void Scan_BracketedTagThatIsNoHeading_IsSkipped(string text)
    {
        Assert.Empty(OutlineScanner.Scan(text));
    }

    [Fact]
    public void Scan_MarkerReusedOneLevelDown_NestsItsListAndReturnsToTheOuterOne()
    {
        const string text = "一、2022年工作总结\n一、加强组织领导\n(一)召开专题会议\n二、推进依法行政\n二、存在的问题\n三、下一步工作计划\n";

        var outline = OutlineScanner.Scan(text);

        Assert.Equal([1, 2, 3, 2, 1, 1], outline.Select(e => e.Level));
        Assert.Equal(text.IndexOf("二、存在", System.StringComparison.Ordinal), outline[0].ContentEnd);
    }

    [Fact]
    public void Scan_ListRestartingAfterSubsections_StaysAtItsLevel()
    {
        const string text = "一、总体情况\n(一)基本数据\n一、另一部分\n二、第二项\n";

        var outline = OutlineScanner.Scan(text);

        Assert.Equal([1, 2, 1, 1], outline.Select(e => e.Level));
    }

    [Theory]
    [InlineData("(五)加强行政监督\n正文。\n(六)推进政务公开\n正文。\n", new[] { 2, 2 })]
    [InlineData("一、第一项\n三、第三项\n", new[] { 1, 1 })]
    [InlineData("一、甲项\n(一)子项\n(二)子项\n二、乙项\n(一)子项\n", new[] { 1, 2, 2, 1, 2 })]
    [InlineData("3.第三小项\n1.第一小项\n", new[] { 3, 3 })]
    public void Scan_NumberingThatStartsLateRestartsOrSkips_KeepsEveryHeadingAtItsFamilysLevel(string text, int[] levels)
    {
        Assert.Equal(levels, OutlineScanner.Scan(text).Select(e => e.Level));
    }

    [Theory]
    [InlineData("一)纵深推进学习\n", "一)", 2, "纵深推进学习")]
    [InlineData("一）纵深推进学习\n", "一）", 2, "纵深推进学习")]
    [InlineData("一、 基本情况\n", "一、", 1, "基本情况")]
    [InlineData("(一)  基本情况\n", "(一)", 2, "基本情况")]
    [InlineData("（一）　基本情况\n", "（一）", 2, "基本情况")]
    [InlineData("1. 基本情况\n", "1.", 3, "基本情况")]
    [InlineData("１．基本情况\n", "１．", 3, "基本情况")]
    [InlineData("(1) 基本情况\n", "(1)", 4, "基本情况")]
    [InlineData("（１）基本情况\n", "（１）", 4, "基本情况")]
    public void Scan_MarkerForms_ReadTheirLevelAndTitle(string text, string marker, int level, string title)
    {
        var entry = Assert.Single(OutlineScanner.Scan(text));

        Assert.Equal(marker, entry.Marker);
        Assert.Equal(level, entry.Level);
        Assert.Equal(title, entry.Title);
    }

    [Theory]
    [InlineData("根据第十条第(一)项规定办理。\n")]
    [InlineData("我们做到一)按时完成。\n")]
    [InlineData("一)\n")]
    public void Scan_MarkerInsideALineOrWithNoTitle_IsNoHeading(string text)
    {
        Assert.Empty(OutlineScanner.Scan(text));
    }

    [Fact]
    public void Scan_HeadingFlattenedIntoAParagraph_IsFoundAndFlagged()
    {
        const string text = "现将全区工作情况报告如下: 一、全区总体情况 2023年,全区办理案件12件。\n";

        var entry = Assert.Single(OutlineScanner.Scan(text));

        Assert.Equal(1, entry.Level);
        Assert.Equal("全区总体情况", entry.Title);
        Assert.True(entry.IsTitleBoundaryUncertain);
        Assert.StartsWith("2023年", text[entry.BodySpan.Start..], System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("现将情况报告如下: 三、其他事项 2023年,全区办理案件。\n")]
    [InlineData("现将情况报告如下:一、总体情况 2023年,全区办理案件。\n")]
    [InlineData("我们做到 一、总体情况 2023年,全区办理案件。\n")]
    [InlineData("现将情况报告如下: 一、总体情况,2023年全区办理案件。\n")]
    public void Scan_MarkerInsideAParagraphThatIsNoFlattenedHeading_IsSkipped(string text)
    {
        Assert.Empty(OutlineScanner.Scan(text));
    }

    [Property(Arbitrary = [typeof(OutlineArbitraries)], MaxTest = 300)]
    public void Scan_OutlineLikeText_LevelsNestAndSectionsEndAtTheNextHeadingAtOrAbove(string text)
    {
        var outline = OutlineScanner.Scan(text);

        for (var k = 0; k < outline.Length; k++)
        {
            var entry = outline[k];
            Assert.InRange(entry.Level, 1, 5);
            Assert.True(entry.MarkerSpan.End <= entry.TitleSpan.Start && entry.TitleSpan.End <= text.Length);
            Assert.True(entry.ContentEnd >= entry.BodySpan.End && entry.ContentEnd <= text.Length);
            var next = outline.Skip(k + 1).FirstOrDefault(e => e.Level <= entry.Level);
            if (next is not null)
            {
                Assert.True(entry.ContentEnd <= next.MarkerSpan.Start, $"section {k} runs past the next heading at its level");
            }

            if (k > 0)
            {
                Assert.True(outline[k - 1].MarkerSpan.Start < entry.MarkerSpan.Start);
            }
        }
    }
}

/// <summary>Generators of outline-like text: markers of every family, ordinals, brackets, titles, stops and line breaks.</summary>
public static class OutlineArbitraries
{
    private static readonly string[] Fragments =
    [
        "\n", "\n", "\n", "一、", "二、", "三、", "(一)", "（二）", "一)", "1.", "２．", "(1)", "①", "一是", "二是", "三是", "【", "】",
        "加强组织领导", "推进依法行政", "。", ",", " ", "　", "2022年", "4次",
    ];

    /// <summary>Outline-like text.</summary>
    public static Arbitrary<string> OutlineLikeText() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();
}
