using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class HeadingBoundaryTests
{
    [Theory]
    [InlineData("完善制度，营造法治化营商环境。制定文件5件。", "完善制度，营造法治化营商环境", false)]
    [InlineData("深化改革，优化公共法律服务体系", "深化改革，优化公共法律服务体系", false)]
    [InlineData("整合资源，推进法律顾问改革强化统筹指导，统一准入门槛。", "整合资源，推进法律顾问改革", true)]
    [InlineData("严格执法，提升执法质量2023年，全县办理案件100件。", "严格执法，提升执法质量", true)]
    [InlineData("全民普法，以“大普法”推动法治意识提升。组织学习。", "全民普法，以“大普法”推动法治意识提升", false)]
    public void Find_Heading_EndsTitleAtStopOrJunction(string line, string title, bool uncertain)
    {
        var (titleEnd, bodyStart, isUncertain) = HeadingBoundary.Find(line, 0, line.Length);

        Assert.Equal(title, line[..titleEnd]);
        Assert.Equal(uncertain, isUncertain);
        Assert.True(bodyStart >= titleEnd);
    }

    [Fact]
    public void Find_LongLineWithoutStopOrJunction_CutsAfterSecondPhraseAndFlagsUncertain()
    {
        const string line = "加强领导，切实做好各项保障，全区各单位结合实际认真研究部署并推动各项任务落地见效取得良好效果受到上级机关和社会各界的一致好评";

        var (titleEnd, _, uncertain) = HeadingBoundary.Find(line, 0, line.Length);

        Assert.Equal("加强领导，切实做好各项保障", line[..titleEnd]);
        Assert.True(uncertain);
    }

    [Fact]
    public void Find_ShortLineWithoutStop_IsWholeTitle()
    {
        var line = new string('字', HeadingBoundary.LongestPlainHeading);

        var (titleEnd, _, uncertain) = HeadingBoundary.Find(line, 0, line.Length);

        Assert.Equal(line.Length, titleEnd);
        Assert.False(uncertain);
    }

    [Fact]
    public void Find_LineJustOverPlainLength_IsJudged()
    {
        var line = new string('字', HeadingBoundary.LongestPlainHeading + 1);

        var (_, _, uncertain) = HeadingBoundary.Find(line, 0, line.Length);

        Assert.True(uncertain);
    }

    [Theory]
    [InlineData(29)]
    [InlineData(28)]
    [InlineData(30)]
    public void Find_CutByCount_NeverSplitsASurrogatePair(int before)
    {
        // A heading with no stop cut at its 30th character: a supplementary character (𠀀, two UTF-16 units) there stays whole.
        var line = new string('治', before) + "\U00020000" + new string('法', 80);
        var (titleEnd, bodyStart, uncertain) = HeadingBoundary.Find(line, 0, line.Length);

        Assert.True(uncertain);
        Assert.False(char.IsHighSurrogate(line[titleEnd - 1]) && char.IsLowSurrogate(line[titleEnd]), $"cut at {titleEnd} splits the pair");
        Assert.False(char.IsLowSurrogate(line[bodyStart]), $"the body starts at {bodyStart} inside the pair");
    }

    [Fact]
    public void Read_HeadingCutBeforeALowSurrogate_RoundTripsThroughJson()
    {
        var text = "某区2020年法治政府建设年度报告\n一、" + new string('治', 29) + "\U00020000" + new string('法', 80) + "\n某区人民政府";
        var report = ReportTextReader.Read(text).Report;

        Assert.NotNull(report);
        Assert.Equal(report, RuleOfLaw.Domain.Serialization.RuleOfLawJson.Report.Deserialize(RuleOfLaw.Domain.Serialization.RuleOfLawJson.Report.Serialize(report)));
    }
}
