using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Numbers that look like quantities but are not, or not the one a naive reading sees; invented sentences.</summary>
public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("双方签订合约3份，", "3份", QuantityQualifier.Exact)]
    [InlineData("合同金额约3万元，", "约3万元", QuantityQualifier.About)]
    [InlineData("全年节约经费20万元。", "20万元", QuantityQualifier.Exact)]
    [InlineData("全年节约经费约20万元。", "约20万元", QuantityQualifier.About)]
    [InlineData("破除体制制约12项，", "12项", QuantityQualifier.Exact)]
    [InlineData("新增签约5家，", "5家", QuantityQualifier.Exact)]
    [InlineData("线上预约12人次，", "12人次", QuantityQualifier.Exact)]
    [InlineData("线上办理约12人次，", "约12人次", QuantityQualifier.About)]
    [InlineData("设立就近3处服务点", "3处", QuantityQualifier.Exact)]
    [InlineData("覆盖将近3000户，", "将近3000户", QuantityQualifier.About)]
    [InlineData("已赶超3家，", "3家", QuantityQualifier.Exact)]
    [InlineData("已超3家，", "超3家", QuantityQualifier.MoreThan)]
    public void Scan_QualifierCharacterEndingAnotherWord_IsNoQualifier(string text, string printed, QuantityQualifier qualifier)
    {
        var found = QuantityScanner.Default.Scan(text);

        var match = Assert.Single(found);
        Assert.Equal(printed, match.Text);
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
        Assert.Equal(qualifier, match.Qualifier);
    }

    [Theory]
    [InlineData("1.215个乡镇完成整改", "215个", "215")]
    [InlineData("工作成效：\n  1.215个乡镇完成整改", "215个", "215")]
    [InlineData("主要做法：3.12件典型案例入选", "12件", "12")]
    [InlineData("一是强化培训。2.30名律师参与", "30名", "30")]
    public void Scan_ListNumberGluedToACount_ReadsTheCountAfterTheMarker(string text, string printed, string value)
    {
        var found = QuantityScanner.Default.Scan(text);

        var match = Assert.Single(found);
        Assert.Equal(printed, match.Text);
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), match.Value);
    }

    [Theory]
    [InlineData("2.2021年以来，共办理案件30件。")]
    [InlineData("\n2.2021年以来，共办理案件30件。")]
    [InlineData("22021年以来，共办理案件30件。")]
    [InlineData("成效：12023年，共办理案件30件。")]
    public void Scan_ListNumberGluedToAYear_ReadsNoDurationOfTheYear(string text)
    {
        var found = QuantityScanner.Default.Scan(text);

        var match = Assert.Single(found);
        Assert.Equal("30件", match.Text);
    }

    [Theory]
    [InlineData("1.5万元用于普法宣传", "1.5万元", "1.5")]
    [InlineData("2.5天办结", "2.5天", "2.5")]
    [InlineData("人均办理2.5件，", "2.5件", "2.5")]
    [InlineData("全区共有1.215个", "1.215个", "1.215")]
    [InlineData("15000人参加考试", "15000人", "15000")]
    [InlineData("历时22021年", "22021年", "22021")]
    [InlineData("2.2021天", "2.2021天", "2.2021")]
    public void Scan_DecimalOrLongNumberThatIsNoGluedListNumber_IsReadWhole(string text, string printed, string value)
    {
        var found = QuantityScanner.Default.Scan(text);

        var match = Assert.Single(found);
        Assert.Equal(printed, match.Text);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), match.Value);
    }

    [Theory]
    [InlineData("印发《关于“一网通办”改革的12条措施》")]
    [InlineData("印发《关于“一网通办”“一窗受理”改革的若干措施(2021年修订)及配套的12条细则》")]
    [InlineData("学习《关于推进‘放管服’改革加快建设法治政府和服务型政府、全面优化营商环境的三十条意见》")]
    [InlineData("转发《〈行政执法公示办法〉的5项补充规定》")]
    public void Scan_NumberInsideABookTitleHoldingQuotes_IsNoQuantity(string text)
    {
        Assert.Empty(QuantityScanner.Default.Scan(text));
    }

    [Theory]
    [InlineData("推出一批便民举措，")]
    [InlineData("培育了一批示范单位。")]
    public void Scan_OneBatch_IsAVagueWordNotACount(string text)
    {
        Assert.Empty(QuantityScanner.Default.Scan(text));
    }

    [Theory]
    [InlineData("分两批完成培训，", "两批", "2")]
    [InlineData("公布第一批名单后又公布1批，", "1批", "1")]
    public void Scan_BatchesCountedOtherwise_AreCounts(string text, string printed, string value)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal(printed, match.Text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), match.Value);
    }

    [Theory]
    [InlineData("印发《关于“一网通办”改革的措施》等文件5份", "5份")]
    [InlineData("《实施意见》出台后，办理“一网通办”事项12件", "12件")]
    [InlineData("学习《宪法》\n全年培训12场", "12场")]
    [InlineData("《办法》明确了“容缺受理”，推出12条措施", "12条")]
    public void Scan_NumberOutsideABookTitle_IsAQuantity(string text, string printed)
    {
        var found = QuantityScanner.Default.Scan(text);

        var match = Assert.Single(found);
        Assert.Equal(printed, match.Text);
    }

    [Theory]
    [InlineData("开展百日攻坚行动")]
    [InlineData("走访百家企业")]
    [InlineData("约百%")]
    public void Scan_LoneHundredOutsidePercentWord_IsNoNumber(string text)
    {
        Assert.Empty(QuantityScanner.Default.Scan(text));
    }

    [Fact]
    public void Scan_HundredAfterPercentWord_IsOneHundredPercent()
    {
        var match = Assert.Single(QuantityScanner.Default.Scan("办结率达到百分之百。"));

        Assert.Equal("百分之百", match.Text);
        Assert.Equal(100m, match.Value);
        Assert.Equal(QuantityKind.Percent, match.Kind);
    }

    [Property(Arbitrary = [typeof(TextArbitraries)], MaxTest = 500)]
    public void ScanAll_ReportLikeText_EveryQuantityLiesInsideTheTextAndItsNumberParsesBackToItsValue(string text)
    {
        AssertQuantitiesReadBack(text);
    }

    [Fact]
    public void ScanAll_AnyCodeUnits_EveryQuantityLiesInsideTheTextAndItsNumberParsesBackToItsValue()
    {
        var property = Prop.ForAll(TextArbitraries.AnyCodeUnits(), text => AssertQuantitiesReadBack(text));

        property.QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("签订合约3份，节约20万元，约4733件，1.215个\n2.2021年以来100余场次、2.8万余人次、百分之十八点二、4次以上")]
    [InlineData("投资三亿五千万元，四百余万人次，1,234.5件，第一名，提升4.7个百分点")]
    [InlineData("三分之二以上的乡镇，约3/5的复议案件，三百分之一的差错，12百分之九十")]
    public void ScanAll_MixedSentence_EveryQuantityLiesInsideTheTextAndItsNumberParsesBackToItsValue(string text)
    {
        var found = AssertQuantitiesReadBack(text);

        Assert.NotEmpty(found);
    }

    private static QuantityMatch[] AssertQuantitiesReadBack(string text)
    {
        var found = QuantityScanner.Default.ScanAll(text).Quantities.ToArray();

        foreach (var q in found)
        {
            Assert.InRange(q.Start, 0, text.Length);
            Assert.InRange(q.End, q.Start + 1, text.Length);
            Assert.Equal(text.Substring(q.Start, q.Length), q.Text);
            Assert.InRange(q.Number.Start, q.Start, q.End);
            Assert.InRange(q.Number.End, q.Number.Start + 1, q.End);
            var number = text.Substring(q.Number.Start, q.Number.Length);
            Assert.True(ChineseNumber.TryParse(number, out var parsed), $"\"{number}\" of \"{q.Text}\" does not parse");
            if (q.Quantity.Fraction is { } fraction)
            {
                // A share printed as a fraction holds its percentage; the number printed is the fraction of its terms.
                Assert.Equal(ChineseNumberForm.Fraction, parsed.Form);
                Assert.Equal((decimal)fraction.Numerator, parsed.Numerator);
                Assert.Equal((decimal)fraction.Denominator, parsed.Denominator);
            }
            else
            {
                Assert.Equal(q.ScaledValue, parsed.Value);
            }
        }

        return found;
    }
}
