using System;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Shares in tenths (七成) and assessment scores (得分95.6分); invented sentences of the shapes reports print.</summary>
public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("七成的行政争议在复议阶段化解，", "七成", 7, QuantityQualifier.Exact)]
    [InlineData("九成以上的矛盾纠纷就地解决。", "九成以上", 9, QuantityQualifier.AtLeast)]
    [InlineData("近八成群众表示满意，", "近八成", 8, QuantityQualifier.About)]
    [InlineData("超过六成的案件当庭调解，", "超过六成", 6, QuantityQualifier.MoreThan)]
    [InlineData("全市8成事项实现网上办理。", "8成", 8, QuantityQualifier.Exact)]
    [InlineData("七成多的受访企业认为", "七成多", 7, QuantityQualifier.MoreThan)]
    [InlineData("仅一成，", "一成", 1, QuantityQualifier.Exact)]
    public void Scan_ShareInTenths_IsAPercentageScaledByCheng(string text, string printed, int tenths, QuantityQualifier qualifier)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal(
            (printed, (decimal)tenths, "%", QuantityKind.Percent, ScaleWord.TenPercent, qualifier, QuantityRole.Share, tenths * 10m),
            (match.Text, match.Value, match.Unit, match.Kind, match.Scale, match.Qualifier, match.Role, match.ScaledValue));
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
    }

    [Fact]
    public void Scan_ShareInTenthsAfterARateName_KeepsTheRateRole()
    {
        var match = Assert.Single(QuantityScanner.Default.Scan("群众满意率达九成。"));

        Assert.Equal((QuantityRole.Rate, ScaleWord.TenPercent), (match.Role, match.Scale));
    }

    [Theory]
    [InlineData("依法成立调解委员会三个，")] // 成立 after no numeral
    [InlineData("一年来共完成立法项目")] // 完成 and 成立
    [InlineData("一是成立工作专班，")] // a list word, then 成立
    [InlineData("三是成为示范单位，")] // 成为
    [InlineData("形成制度成果")] // 形成, 成果
    [InlineData("建成三个服务站点")] // 建成 before a number
    [InlineData("执法标准一成不变")] // an idiom
    [InlineData("采购八成新的设备")] // how new goods are
    [InlineData("三五成群")] // an idiom, read digit by digit
    [InlineData("六七成")] // a range of tenths
    [InlineData("十成把握")] // ten tenths is no share a report states
    [InlineData("七成五")] // a tenth and a digit run on
    [InlineData("5成员单位")] // 成员
    [InlineData("“七成以上”行动")] // a campaign name in quotes
    public void Scan_ChengThatIsNoTenths_IsNoShare(string text)
    {
        Assert.DoesNotContain(QuantityScanner.Default.Scan(text), q => q.Scale == ScaleWord.TenPercent);
    }

    [Theory]
    [InlineData("年度考核得分95.6分，", "95.6分", "95.6", QuantityQualifier.Exact)]
    [InlineData("依法行政考核得分98分，位列全市第一。", "98分", "98", QuantityQualifier.Exact)]
    [InlineData("满意度测评平均得分为92.35分。", "92.35分", "92.35", QuantityQualifier.Exact)]
    [InlineData("考评得分：九十五分。", "九十五分", "95", QuantityQualifier.Exact)]
    [InlineData("评估得分90分以上的单位", "90分以上", "90", QuantityQualifier.AtLeast)]
    public void Scan_AssessmentScore_IsAScoreInPoints(string text, string printed, string value, QuantityQualifier qualifier)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text), q => q.Kind == QuantityKind.Score);

        Assert.Equal(
            (printed, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "分", qualifier, QuantityRole.Level),
            (match.Text, match.Value, match.Unit, match.Qualifier, match.Role));
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
    }

    [Theory]
    [InlineData("考核会议持续30分钟。")] // minutes
    [InlineData("考核指标三分之二已完成")] // a fraction
    [InlineData("考核由市局二分局负责")] // a branch office
    [InlineData("考核工作十分重要")] // 十分, "very"
    [InlineData("考核结果分别为优秀、良好")] // 分别, with no number before
    [InlineData("报告分为三部分")] // 部分 is its own counter
    [InlineData("于8时30分召开会议")] // a time of day, no score word
    [InlineData("全程用时12分，")] // no word naming a score before it
    public void Scan_FenThatIsNoScore_IsNoScore(string text)
    {
        Assert.DoesNotContain(QuantityScanner.Default.Scan(text), q => q.Kind == QuantityKind.Score);
    }
}
