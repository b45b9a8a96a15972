using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed partial class RateMentionScannerTests
{
    private static RateMention[] ScanWithHeadings(string text) => [.. ScannedText.Scan(text).Rates];

    [Fact]
    public void Scan_UnlistedNamesSharingAFigure_KeepTheirNamesAndCodesOfTheirOwn()
    {
        var mentions = Scan("全市执法协同响应率、平台线索回应率等指标均达100%。");

        Assert.Equal(["平台线索回应率", "执法协同响应率"], mentions.Select(m => m.Name).Order());
        Assert.All(mentions, m => Assert.Equal(IndicatorCode.ForUnlistedName(m.Name!).Value, m.Code));
        Assert.All(mentions, m => Assert.Equal(100m, m.Figure!.Value));
    }

    [Fact]
    public void Scan_UnlistedNameWithBracketsAndQualifier_KeepsTheWholeName()
    {
        var mention = Assert.Single(Scan("构建清单体系，乡镇(街道)下放事项实施率超40%。"));

        Assert.Equal("乡镇(街道)下放事项实施率", mention.Name);
        Assert.Equal(40m, mention.Figure!.Value);
        Assert.Equal(IndicatorKind.Rate, mention.ValueKind);
    }

    [Theory]
    [InlineData("按时报送，且报备率达100%。", "报备率")]
    [InlineData("按时报送，报备率达100%。", "报备率")]
    [InlineData("一、依法决策（占考核总分的20%）", "占考核总分比例")]
    [InlineData("依法决策事项（重大）占考核总分的20%。", "依法决策事项（重大）占考核总分比例")]
    public void Scan_NameAfterAConjunctionOrInsideAnOpenBracket_TakesNoWordFromBeforeThem(string text, string name)
    {
        var mention = Assert.Single(Scan(text));

        Assert.Equal(name, mention.Name);
    }

    [Fact]
    public void Scan_CatalogueName_KeepsItsCodeAndThePrintedName()
    {
        var mention = Assert.Single(Scan("2023年全市行政复议纠错率为12.5%。"));

        Assert.Equal("reconsideration_correction_rate", mention.Code);
        Assert.Equal("行政复议纠错率", mention.Name);
    }

    [Fact]
    public void Scan_EnforcementCaseCorrectionRate_IsNotTheReconsiderationCorrectionRate()
    {
        // 149-wenshan-2023-reconsideration: a correction rate of enforcement cases, printed for two years.
        var mentions = Scan("持续推进行政复议、行政审判、行政检察、纪检监察与行政执法监督衔接。2023年全市行政执法案件纠错率较2022年的31.18%下降至10.98%。");

        Assert.Equal([31.18m, 10.98m], mentions.Select(m => m.Figure!.Value));
        Assert.All(mentions, m =>
        {
            Assert.Equal("行政执法案件纠错率", m.Name);
            Assert.Equal(IndicatorCode.ForUnlistedName("行政执法案件纠错率").Value, m.Code);
            Assert.Equal(IndicatorKind.Rate, m.ValueKind);
        });
    }

    [Theory]
    [InlineData("全年受理行政复议案件35件，审结32件，其中撤销3件、确认违法2件、责令履行1件，纠错率18.75%。", "纠错率")]
    [InlineData("2023年全市行政复议案件纠错率为12.5%。", "行政复议案件纠错率")]
    [InlineData("行政复议直接纠错率为12.5%。", "行政复议直接纠错率")]
    public void Scan_ReconsiderationCorrectionRateWithoutEnforcementWords_KeepsItsCatalogueCode(string text, string name)
    {
        var mention = Assert.Single(Scan(text));

        Assert.Equal(NationalRates.ReconsiderationCorrection.Code.Value, mention.Code);
        Assert.Equal(name, mention.Name);
    }

    [Fact]
    public void Read_EnforcementCaseCorrectionRate_IsAnUnlistedIndicatorValueWithItsPrintedName()
    {
        var value = Assert.Single(ReportTextReader.Read("2023年度某市法治政府建设情况报告\n一、主要举措和成效\n2023年全市行政执法案件纠错率较2022年的31.18%下降至10.98%。\n").Report!.IndicatorValues);

        Assert.True(value.Indicator.IsUnlisted);
        Assert.Equal("行政执法案件纠错率", value.Name);
        Assert.Equal(10.98m, value.Published!.Value.Value);
    }

    [Fact]
    public void Scan_NamedShare_IsAShareWithoutCounts()
    {
        var mention = Assert.Single(Scan("深化改革，政务服务事项网上可办比例达到98%。"));

        Assert.Equal(IndicatorKind.Share, mention.ValueKind);
        Assert.Equal("政务服务事项网上可办比例", mention.Name);
        Assert.Null(mention.NumeratorValue);
        Assert.Null(mention.DenominatorValue);
    }

    [Fact]
    public void Scan_PartsWithTheirShares_LinkEachPartToTheWholeStatedBefore()
    {
        var mentions = ScanWithHeadings("（一）主动公开情况\n累计主动公开政府信息20条。\n其中，规范性文件4条，占20%；其他公文16条，占80%。");

        Assert.Equal(["规范性文件占比", "其他公文占比"], mentions.Select(m => m.Name));
        Assert.Equal([(4L, 20L), (16L, 20L)], mentions.Select(m => (m.NumeratorValue!.Value, m.DenominatorValue!.Value)));
        Assert.All(mentions, m => Assert.Equal(IndicatorKind.Share, m.ValueKind));
        Assert.All(mentions, m => Assert.Equal(CountLink.SameSentence, m.NumeratorLink));
        Assert.All(mentions, m => Assert.Equal(CountLink.SameSection, m.DenominatorLink));
        Assert.All(mentions, m => Assert.True(m.IsConsistent));
    }

    [Theory]
    [InlineData("全年办理政务公开事项24项，其中主动公开15项，依申请公开9项，占37.5%。", 9L, 24L)]
    [InlineData("全年办理政务公开事项24项，其中主动公开15项；依申请公开9项，占37.5%。", 9L, 24L)]
    [InlineData("全年收到申请30件，办结20件，其中当场答复8件，占40%。", 8L, 20L)]
    [InlineData("全年审结行政复议案件40件，其中维持26件，撤销14件，占审结案件的35%。", 14L, 40L)]
    public void Scan_ShareAfterAPartOfAnAmongList_TakesTheTotalBeforeTheListNotASibling(string text, long part, long whole)
    {
        var mention = Assert.Single(Scan(text));

        Assert.Equal((part, whole), (mention.NumeratorValue!.Value, mention.DenominatorValue!.Value));
        Assert.True(mention.IsConsistent);
    }

    [Fact]
    public void Scan_ShareAfterCountsWithoutAnAmongList_StillTakesTheNearestLargerCount()
    {
        var mention = Assert.Single(Scan("全年收到申请30件，办结20件，当场答复8件，占40%。"));

        Assert.Equal((8L, 20L), (mention.NumeratorValue!.Value, mention.DenominatorValue!.Value));
    }

    [Fact]
    public void Scan_ShareOfANamedWhole_TakesTheCountThatNamesIt()
    {
        var mention = Assert.Single(Scan("收到申请12件，受理行政复议案件50件，其中调解结案10件，占受理案件的20%。"));

        Assert.Equal("调解结案占受理案件比例", mention.Name);
        Assert.Equal(10, mention.NumeratorValue);
        Assert.Equal(50, mention.DenominatorValue);
    }

    [Fact]
    public void Scan_ClauseNamingTheBaseAndTheTopic_IsTheBaseWhenAnotherNamesOnlyTheNumerator()
    {
        var mention = Assert.Single(Scan("纳入复议调解程序40件，调解结案25件，复议调解率62.5%。"));

        Assert.Equal(25, mention.NumeratorValue);
        Assert.Equal(40, mention.DenominatorValue);
        Assert.True(mention.IsConsistent);
    }

    [Fact]
    public void Scan_EarlierLevelThenCurrent_TheSecondIsTheRatesFigure()
    {
        var mentions = Scan("行政复议纠错率较上年的20.5%下降至12.3%。");

        Assert.Equal([(RateMentionKind.EarlierLevel, 20.5m), (RateMentionKind.Published, 12.3m)], mentions.Select(m => (m.Kind, m.Figure!.Value)));
    }

    [Fact]
    public void Scan_WordedBaseGivesAnotherFigure_TakesTheStatedCountThatGivesIt()
    {
        var mention = Assert.Single(Scan("受理复议案件30件，审结24件，其中纠错6件，纠错率20%。"));

        Assert.Equal(6, mention.NumeratorValue);
        Assert.Equal(30, mention.DenominatorValue);
        Assert.Equal(CountLink.FitsPrintedFigure, mention.DenominatorLink);
        Assert.Equal(24m, mention.MismatchedBase!.Value);
        Assert.True(mention.IsConsistent);
    }

    [Fact]
    public void Scan_NoStatedCountGivesTheFigure_KeepsTheCountsAndTheMismatch()
    {
        var mention = Assert.Single(Scan("审结复议案件24件，其中纠错6件，纠错率21%。"));

        Assert.Equal(24, mention.DenominatorValue);
        Assert.Same(mention.Denominator, mention.MismatchedBase);
        Assert.False(mention.IsConsistent);
    }

    [Fact]
    public void Scan_FigureTruncatedFromItsCounts_IsNoMismatch()
    {
        var mention = Assert.Single(Scan("审结复议案件12件，其中纠错5件，纠错率41%。"));

        Assert.Null(mention.MismatchedBase);
        Assert.False(mention.IsConsistent);
    }

    [Fact]
    public void Scan_BaseEarlierInTheSection_IsLinkedByItsWords()
    {
        var mention = Assert.Single(ScanWithHeadings("（一）复议工作\n全年审结复议案件40件。\n在审结的案件中，依法纠错8件，纠错率20%。"));

        Assert.Equal(8, mention.NumeratorValue);
        Assert.Equal(40, mention.DenominatorValue);
        Assert.Equal(CountLink.SameSentence, mention.NumeratorLink);
        Assert.Equal(CountLink.SameSection, mention.DenominatorLink);
    }

    [Fact]
    public void Scan_CountsBeforeAHeading_AreNeverLinked()
    {
        var mention = Assert.Single(ScanWithHeadings("一、基本情况\n审结复议案件40件。\n二、复议工作\n依法纠错8件，纠错率20%。"));

        Assert.Equal(8, mention.NumeratorValue);
        Assert.Null(mention.DenominatorValue);
    }

    public static class SectionTexts
    {
        private static readonly string[] Tails =
        [
            "依法纠错{0}件，纠错率{1}%。",
            "其他公文{0}条，占{1}%。",
            "其中，调解结案{0}件，占受理案件的{1}%。",
            "按时响应{0}件，执法协同响应率{1}%。",
            "纳入调解{0}件，调解率{1}%。",
        ];

        public static Arbitrary<string> Texts() =>
            (from before in Gen.Choose(1, 500)
             from whole in Gen.Choose(1, 500)
             from part in Gen.Choose(0, 100)
             from tail in Gen.Elements(Tails)
             from figure in Gen.Choose(0, 100)
             from blankLine in Gen.Elements("", "\n")
             select $"一、基本情况\n受理复议案件{before}件，审结{whole}件，收到公开申请{whole}条，纳入调解{before}件。{blankLine}\n二、复议工作\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, tail, part, figure))
            .ToArbitrary();
    }

    [Property(Arbitrary = new[] { typeof(SectionTexts) })]
    public bool Scan_AnyRateOrShare_IsNeverLinkedAcrossAHeading(string text)
    {
        var heading = text.IndexOf("二、", System.StringComparison.Ordinal);

        return ScanWithHeadings(text).All(m =>
            (m.Numerator is null || m.Numerator.Start > heading) && (m.Denominator is null || m.Denominator.Start > heading));
    }
}
