using System.Linq;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class OutlineScannerTests
{
    [Theory]
    [InlineData("一、总体情况", "一、", 1, 1)]
    [InlineData("十二、其他", "十二、", 1, 12)]
    [InlineData("（一）加强领导", "（一）", 2, 1)]
    [InlineData("(二)加强领导", "(二)", 2, 2)]
    [InlineData("（三)加强领导", "（三)", 2, 3)]
    [InlineData("1.加强领导", "1.", 3, 1)]
    [InlineData("1．加强领导", "1．", 3, 1)]
    [InlineData("12、加强领导", "12、", 3, 12)]
    [InlineData("１．加强领导", "１．", 3, 1)]
    [InlineData("（1）加强领导", "（1）", 4, 1)]
    [InlineData("(2)加强领导", "(2)", 4, 2)]
    [InlineData("①加强领导", "①", 5, 1)]
    [InlineData("⑳加强领导", "⑳", 5, 20)]
    [InlineData("　　（一）加强领导", "（一）", 2, 1)]
    public void Scan_MarkerAtLineStart_ReadsMarkerLevelAndNumber(string line, string marker, int level, int number)
    {
        var entry = Assert.Single(OutlineScanner.Scan(line));

        Assert.Equal(marker, entry.Marker);
        Assert.Equal(level, entry.Level);
        Assert.Equal(number, entry.Number);
        Assert.Equal("加强领导", entry.Title.Replace("总体情况", "加强领导", System.StringComparison.Ordinal).Replace("其他", "加强领导", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.5亿元用于建设")]
    [InlineData("一是加强领导")]
    [InlineData("2020年,全区坚持")]
    [InlineData("123.加强领导")]
    [InlineData("(一加强领导")]
    [InlineData("一、")]
    [InlineData("全区(一)加强领导")]
    public void Scan_NoMarkerAtLineStart_FindsNoHeading(string line)
    {
        Assert.Empty(OutlineScanner.Scan(line));
    }

    [Fact]
    public void Scan_HeadingEndingWithStop_TitleExcludesStopAndBodyFollows()
    {
        const string text = "1．加强组织领导。全年召开会议3次。\n2．完善制度。制定文件5件。";

        var entries = OutlineScanner.Scan(text);

        Assert.Equal(["加强组织领导", "完善制度"], entries.Select(e => e.Title));
        Assert.All(entries, e => Assert.False(e.IsTitleBoundaryUncertain));
        Assert.Equal("全年召开会议3次。", text.Substring(entries[0].BodySpan.Start, entries[0].BodySpan.Length));
        Assert.Equal("制定文件5件。", text.Substring(entries[1].BodySpan.Start, entries[1].BodySpan.Length));
    }

    [Fact]
    public void Scan_HeadingRunningIntoBody_CutsAtNounVerbJunctionAndFlagsUncertain()
    {
        const string text = "2．强化监督，推进执法规范化建设组织开展案卷评查，全年评查案卷300份。";

        var entry = Assert.Single(OutlineScanner.Scan(text));

        Assert.Equal("强化监督，推进执法规范化建设", entry.Title);
        Assert.True(entry.IsTitleBoundaryUncertain);
        Assert.StartsWith("组织开展", text[entry.BodySpan.Start..], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_NestedFamilies_ContentEndsAtNextHeadingOfSameOrOuterLevel()
    {
        const string text = "一、总结\n（一）执法\n1.监督\n2.评查\n（二）普法\n二、计划";

        var entries = OutlineScanner.Scan(text);

        Assert.Equal([1, 2, 3, 3, 2, 1], entries.Select(e => e.Level));
        Assert.Equal(text.IndexOf("二、计划", System.StringComparison.Ordinal), entries[0].ContentEnd);
        Assert.Equal(text.IndexOf("（二）", System.StringComparison.Ordinal), entries[1].ContentEnd);
        Assert.Equal(text.IndexOf("2.评查", System.StringComparison.Ordinal), entries[2].ContentEnd);
        Assert.Equal(text.Length, entries[5].ContentEnd);
    }

    [Fact]
    public void Scan_EndBeforeSignature_LastBodyStopsThere()
    {
        const string text = "一、计划\n推进建设。\n\n某区人民政府\n2021年1月5日";
        var end = text.IndexOf("某区", System.StringComparison.Ordinal);

        var entry = Assert.Single(OutlineScanner.Scan(text, 0, end));

        Assert.Equal("推进建设。", text.Substring(entry.BodySpan.Start, entry.BodySpan.Length));
    }
}
