using System.Linq;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed partial class RateMentionScannerTests
{
    private static RateMention[] Scan(string text) => [.. RateMentionScanner.Default.Scan(text, QuantityScanner.Default.Scan(text))];

    [Fact]
    public void Scan_RateWithCountsInSentence_LinksNumeratorAndDenominator()
    {
        var mention = Assert.Single(Scan("受理复议案件11宗，其中，确认违法2宗，纠正率18.2%。"));

        Assert.Equal("reconsideration_correction_rate", mention.Indicator);
        Assert.Equal(2, mention.NumeratorValue);
        Assert.Equal(11, mention.DenominatorValue);
        Assert.Equal(18.2m, mention.Figure!.Value);
        Assert.True(mention.IsConsistent);
    }

    [Fact]
    public void Scan_NumeratorInParts_SumsThemAndPrefersConcludedCases()
    {
        var mention = Assert.Single(Scan("受理案件35件，审结32件，其中撤销3件、确认违法2件、责令履行1件，纠错率18.75%。"));

        Assert.Equal(6, mention.NumeratorValue);
        Assert.Equal(32, mention.DenominatorValue);
        Assert.True(mention.IsConsistent);
    }

    [Theory]
    [InlineData("出庭应诉率18.1%", false)]
    [InlineData("出庭应诉率18.2%", true)]
    [InlineData("出庭应诉率18.3%", false)]
    public void IsConsistent_FigureAgainstCounts_IsAnIntervalTest(string tail, bool consistent)
    {
        var mention = Assert.Single(Scan("开庭审理案件11件，负责人出庭应诉2件，" + tail + "。"));

        Assert.Equal(consistent, mention.IsConsistent);
    }

    [Fact]
    public void Scan_TwoRatesSharingOneFigure_ReportsBoth()
    {
        var mentions = Scan("学法考试参考率、优秀率均为100%。");

        Assert.Equal(["legal_exam_excellence_rate", "legal_exam_participation_rate"], mentions.Select(m => m.Indicator).Order());
        Assert.All(mentions, m => Assert.Equal(100m, m.Figure!.Value));
    }

    [Fact]
    public void Scan_BracketedScopeFigure_IsABenchmark()
    {
        var mentions = Scan("负责人出庭应诉16宗，负责人出庭应诉率达50%（全市16.2%）。");

        var own = Assert.Single(mentions, m => m.Kind == RateMentionKind.Published);
        var benchmark = Assert.Single(mentions, m => m.Kind == RateMentionKind.Benchmark);
        Assert.Equal(16, own.NumeratorValue);
        Assert.Null(own.DenominatorValue);
        Assert.Equal("litigation_head_appearance_rate@city", benchmark.Indicator);
        Assert.Equal(16.2m, benchmark.Figure!.Value);
    }

    [Fact]
    public void Scan_AllOfStatement_IsAllOfTheCount()
    {
        var mention = Assert.Single(Scan("共收到检察建议书8宗，均已完成整改。"));

        Assert.Equal(RateMentionKind.AllOf, mention.Kind);
        Assert.Equal("procuratorial_recommendation_rectification_rate", mention.Indicator);
        Assert.Equal(8, mention.NumeratorValue);
        Assert.Equal(8, mention.DenominatorValue);
    }

    [Theory]
    [InlineData("率先在全市推行，纠正率的提升。")]
    [InlineData("共收到来信8件，均已办结。")]
    [InlineData("纠正率，全年18.2%。")]
    [InlineData("纠正率有所提升，达到了历史最好水平18.2%。")]
    public void Scan_NoFigureOrUnknownStatement_FindsNothing(string text)
    {
        Assert.Empty(Scan(text));
    }

    [Fact]
    public void Scan_NumeratorAboveDenominator_HasNoRate()
    {
        var mention = Assert.Single(Scan("受理复议案件2宗，确认违法5宗，纠正率18.2%。"));

        Assert.Null(mention.Rate);
        Assert.Null(mention.IsConsistent);
    }
}
