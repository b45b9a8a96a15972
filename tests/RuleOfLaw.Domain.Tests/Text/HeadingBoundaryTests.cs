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
}
