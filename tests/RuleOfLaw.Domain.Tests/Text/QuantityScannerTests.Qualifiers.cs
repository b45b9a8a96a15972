using System;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>The words that bound or round a printed number, before and after it; invented sentences.</summary>
public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("办理期限不超过30日。", "不超过30日", QuantityQualifier.AtMost)]
    [InlineData("办理期限超过30日。", "超过30日", QuantityQualifier.MoreThan)]
    [InlineData("在30日以内办结。", "30日以内", QuantityQualifier.AtMost)]
    [InlineData("在30日内办结。", "30日", QuantityQualifier.Exact)]
    [InlineData("规模在50人以下的企业", "50人以下", QuantityQualifier.AtMost)]
    [InlineData("规模在50人以上的企业", "50人以上", QuantityQualifier.AtLeast)]
    [InlineData("选聘法律顾问5名以下简称顾问", "5名", QuantityQualifier.Exact)]
    [InlineData("案件少于10件，", "少于10件", QuantityQualifier.LessThan)]
    [InlineData("案件不少于10件，", "不少于10件", QuantityQualifier.AtLeast)]
    [InlineData("纠错率低于5%，", "低于5%", QuantityQualifier.LessThan)]
    [InlineData("纠错率不低于5%，", "不低于5%", QuantityQualifier.AtLeast)]
    [InlineData("满意率高于90%，", "高于90%", QuantityQualifier.MoreThan)]
    [InlineData("满意率不高于90%，", "不高于90%", QuantityQualifier.AtMost)]
    [InlineData("培训多于3次，", "多于3次", QuantityQualifier.MoreThan)]
    [InlineData("培训不多于3次，", "不多于3次", QuantityQualifier.AtMost)]
    [InlineData("最多5天办结，", "最多5天", QuantityQualifier.AtMost)]
    [InlineData("至少5天公示，", "至少5天", QuantityQualifier.AtLeast)]
    [InlineData("覆盖群众300人左右，", "300人左右", QuantityQualifier.About)]
    [InlineData("覆盖群众约300人左右，", "约300人左右", QuantityQualifier.About)]
    [InlineData("覆盖群众逾300人，", "逾300人", QuantityQualifier.MoreThan)]
    [InlineData("历时两年多的整治，", "两年多", QuantityQualifier.MoreThan)]
    [InlineData("用三年多时间建成平台，", "三年多", QuantityQualifier.MoreThan)]
    [InlineData("试点1年多来，成效明显。", "1年多", QuantityQualifier.MoreThan)]
    [InlineData("历时两年，多部门参与。", "两年", QuantityQualifier.Exact)]
    [InlineData("每一年多次开展培训，", "一年", QuantityQualifier.Exact)]
    public void Scan_QualifierWordBesideTheNumber_IsPrintedWithItAndBoundsIt(string text, string printed, QuantityQualifier qualifier)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal(printed, match.Text);
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
        Assert.Equal(qualifier, match.Qualifier);
    }

    [Theory]
    [InlineData("参训人数约为300人。", "300人", QuantityQualifier.About)]
    [InlineData("参训人数为300人。", "300人", QuantityQualifier.Exact)]
    [InlineData("参训人数近达3000人次。", "3000人次", QuantityQualifier.About)]
    [InlineData("参训人数达3000人次。", "3000人次", QuantityQualifier.Exact)]
    [InlineData("办结率最多为百分之九十。", "百分之九十", QuantityQualifier.AtMost)]
    [InlineData("签订合约为3份。", "3份", QuantityQualifier.Exact)]
    public void Scan_QualifierBeforeWeiOrDa_BoundsTheNumberButStaysOutsideTheSpan(string text, string printed, QuantityQualifier qualifier)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal(printed, match.Text);
        Assert.Equal(qualifier, match.Qualifier);
    }
}
