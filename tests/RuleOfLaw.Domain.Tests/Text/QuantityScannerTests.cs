using System;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("共办理案件1,234.5件。", "1,234.5件", "1234.5", "件", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("受理案件１２宗，", "１２宗", "12", "宗", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("涉及金额1.12亿元。", "1.12亿元", "1.12", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.HundredMillion)]
    [InlineData("挽回损失两千三百万元。", "两千三百万元", "2300", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("培训10余万人次。", "10余万人次", "10", "人次", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.TenThousand)]
    [InlineData("纠正率18.2%。", "18.2%", "18.2", "%", QuantityKind.Percent, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("纠正率18.2％。", "18.2％", "18.2", "%", QuantityKind.Percent, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("占比百分之十八点二。", "百分之十八点二", "18.2", "%", QuantityKind.Percent, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("提升4.7个百分点。", "4.7个百分点", "4.7", "个百分点", QuantityKind.PercentagePoints, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("连续两年位居第一名。", "两年", "2", "年", QuantityKind.Duration, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("位居全市第一名。", "第一名", "1", "名", QuantityKind.Rank, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("历时16年的纠纷", "16年", "16", "年", QuantityKind.Duration, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("开展宣传超过100场，", "超过100场", "100", "场", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None)]
    [InlineData("作品100余个。", "100余个", "100", "个", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None)]
    [InlineData("作品100多个。", "100多个", "100", "个", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None)]
    [InlineData("释放约220余名刑释人员", "约220余名", "220", "名", QuantityKind.Count, QuantityQualifier.AboutMoreThan, ScaleWord.None)]
    [InlineData("培训500人以上。", "500人以上", "500", "人", QuantityKind.Count, QuantityQualifier.AtLeast, ScaleWord.None)]
    [InlineData("覆盖大约300户，", "大约300户", "300", "户", QuantityKind.Count, QuantityQualifier.About, ScaleWord.None)]
    [InlineData("最近3年来", "3年", "3", "年", QuantityKind.Duration, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("覆盖近3000人次，", "近3000人次", "3000", "人次", QuantityKind.Count, QuantityQualifier.About, ScaleWord.None)]
    [InlineData("举办讲座不到20场，", "不到20场", "20", "场", QuantityKind.Count, QuantityQualifier.LessThan, ScaleWord.None)]
    [InlineData("举办讲座不足20场，", "不足20场", "20", "场", QuantityKind.Count, QuantityQualifier.LessThan, ScaleWord.None)]
    [InlineData("期限不少于30日。", "不少于30日", "30", "日", QuantityKind.Duration, QuantityQualifier.AtLeast, ScaleWord.None)]
    [InlineData("在7个工作日内公示", "7个工作日", "7", "个工作日", QuantityKind.Duration, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("聘请顾问一百二十名。", "一百二十名", "120", "名", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("出庭应诉率达50%(全市16.2%)", "50%", "50", "%", QuantityKind.Percent, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("服务群众四百余万人次。", "四百余万人次", "400", "人次", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.TenThousand)]
    [InlineData("挽回损失三千多万元。", "三千多万元", "3000", "元", QuantityKind.Money, QuantityQualifier.MoreThan, ScaleWord.TenThousand)]
    [InlineData("覆盖100多万人，", "100多万人", "100", "人", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.TenThousand)]
    [InlineData("投资三亿五千万元。", "三亿五千万元", "35000", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("交易额1.8万亿元，", "1.8万亿元", "18000", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.HundredMillion)]
    [InlineData("总额126万亿元。", "126万亿元", "1260000", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.HundredMillion)]
    [InlineData("投入3千万元。", "3千万元", "3000", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("投入3亿5千万元。", "3亿5千万元", "35000", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("调解纠纷3.5万件，", "3.5万件", "3.5", "件", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("涉及金额5534.04万元。", "5534.04万元", "5534.04", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("培训2.8万余人次，", "2.8万余人次", "2.8", "人次", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.TenThousand)]
    [InlineData("选派廿一名律师，", "廿一名", "21", "名", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("计人民币壹佰贰拾万元整。", "壹佰贰拾万元", "120", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("全年税收达3.5万亿人民币，", "3.5万亿人民币", "35000", "人民币", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.HundredMillion)]
    [InlineData("引进外资2.4亿美元，", "2.4亿美元", "2.4", "美元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.HundredMillion)]
    [InlineData("表彰先进个人5人，", "5人", "5", "人", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None)]
    // Traditional script: the unit is the simplified word whichever script printed it.
    [InlineData("兩年多來，", "兩年多", "2", "年", QuantityKind.Duration, QuantityQualifier.MoreThan, ScaleWord.None)]
    [InlineData("共審查文件12個，", "12個", "12", "个", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("清理規章三項。", "三項", "3", "项", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("投入資金8.6萬元，", "8.6萬元", "8.6", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("涉案金額1.2億元。", "1.2億元", "1.2", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.HundredMillion)]
    [InlineData("挽回損失三萬元。", "三萬元", "3", "元", QuantityKind.Money, QuantityQualifier.Exact, ScaleWord.TenThousand)]
    [InlineData("舉辦講座兩場，", "兩場", "2", "场", QuantityKind.Count, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("參與群眾300餘人，", "300餘人", "300", "人", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None)]
    [InlineData("覆蓋約500戶，", "約500戶", "500", "户", QuantityKind.Count, QuantityQualifier.About, ScaleWord.None)]
    [InlineData("培訓超過200人次，", "超過200人次", "200", "人次", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.None)]
    [InlineData("提升3.5個百分點，", "3.5個百分點", "3.5", "个百分点", QuantityKind.PercentagePoints, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("在7個工作日內辦結", "7個工作日", "7", "个工作日", QuantityKind.Duration, QuantityQualifier.Exact, ScaleWord.None)]
    [InlineData("辦理時限縮短至3天以內，", "3天以內", "3", "天", QuantityKind.Duration, QuantityQualifier.AtMost, ScaleWord.None)]
    [InlineData("服務群眾1.5萬餘人次，", "1.5萬餘人次", "1.5", "人次", QuantityKind.Count, QuantityQualifier.MoreThan, ScaleWord.TenThousand)]
    public void Scan_PrintedQuantity_ReadsSpanValueUnitKindQualifierAndScale(
        string text, string printed, string value, string unit, QuantityKind kind, QuantityQualifier qualifier, ScaleWord scale)
    {
        var found = QuantityScanner.Default.Scan(text);

        var match = Assert.Single(found, q => q.Text == printed);
        Assert.Equal(text.IndexOf(printed, System.StringComparison.Ordinal), match.Start);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), match.Value);
        Assert.Equal(unit, match.Unit);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(qualifier, match.Qualifier);
        Assert.Equal(scale, match.Scale);
    }

    [Theory]
    [InlineData("2020年,全区坚持依法行政")]
    [InlineData("听取2019年及2020年度工作报告")]
    [InlineData("二〇二〇年工作总结")]
    [InlineData("2021年1月5日")]
    [InlineData("二〇二一年一月五日")]
    [InlineData("印发(深府〔2020〕33号)文件")]
    [InlineData("召开第二次会议和第三次会议")]
    [InlineData("构建“双随机、一公开”监管")]
    [InlineData("构建双随机、一公开监管")]
    [InlineData("打造“一公里法治服务圈”")]
    [InlineData("落实行政执法三项制度")]
    [InlineData("构建1+N制度体系")]
    [InlineData("推行“一件事一次办”")]
    [InlineData("党的十九大和十九届五中全会")]
    [InlineData("编制十四五规划")]
    [InlineData("一次性告知")]
    [InlineData("统一执法标准，进一步提升")]
    [InlineData("建设5G网络")]
    [InlineData("《关于2020年5项重点工作的通知》")]
    public void Scan_NotAQuantity_FindsNothing(string text)
    {
        var found = QuantityScanner.Default.Scan(text);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("1899年", 1)]
    [InlineData("1900年", 0)]
    [InlineData("2100年", 0)]
    [InlineData("2101年", 1)]
    public void Scan_FourDigitsBeforeYearWord_IsAYearOnlyFrom1900To2100(string text, int expected)
    {
        var found = QuantityScanner.Default.Scan(text);

        Assert.Equal(expected, found.Length);
    }

    [Fact]
    public void Scan_CustomCounterTable_UsesOnlyItsWords()
    {
        var scanner = new QuantityScanner(new CounterWordTable([("问答", QuantityKind.Count)]));

        var found = scanner.Scan("编制14问答和5份指引");

        var match = Assert.Single(found);
        Assert.Equal("14问答", match.Text);
    }

    [Fact]
    public void ScanAll_BareArabicNumber_IsReportedUnclassified()
    {
        var scan = QuantityScanner.Default.ScanAll("编制法律14问答，拨打12345热线，2020年");

        Assert.Empty(scan.Quantities);
        Assert.Equal(["14", "12345"], scan.Unclassified.Select(s => "编制法律14问答，拨打12345热线，2020年".Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("受理〇三万九点三宗。", "〇三万九点三")]
    [InlineData("下降二千九亿五个百分点。", "二千九亿五")]
    [InlineData("投入二千九亿元，", "二千九亿")]
    [InlineData("培训三百五万人次。", "三百五万")]
    [InlineData("占比百分之三万九点三，", "三万九点三")]
    public void ScanAll_IllFormedChineseNumeralBeforeAUnit_GivesNoQuantityAndIsReported(string text, string numeral)
    {
        var scan = QuantityScanner.Default.ScanAll(text);

        Assert.Empty(scan.Quantities);
        var span = Assert.Single(scan.IllFormed);
        Assert.Equal(numeral, text.Substring(span.Start, span.Length));
    }

    [Theory]
    [InlineData("受理三万九千宗。", "三万九千宗", "39000", ScaleWord.None)]
    [InlineData("投入二千九百亿元，", "二千九百亿元", "2900", ScaleWord.HundredMillion)]
    [InlineData("投入二千零九亿元，", "二千零九亿元", "2009", ScaleWord.HundredMillion)]
    [InlineData("增长三点五个百分点。", "三点五个百分点", "3.5", ScaleWord.None)]
    [InlineData("培训一万五人次。", "一万五人次", "15000", ScaleWord.None)]
    public void ScanAll_WellFormedChineseNumeralBeforeAUnit_IsAQuantityWithTheValueItSpells(string text, string span, string value, ScaleWord scale)
    {
        var scan = QuantityScanner.Default.ScanAll(text);

        var match = Assert.Single(scan.Quantities);
        Assert.Equal(span, match.Text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), match.Value);
        Assert.Equal(scale, match.Scale);
        Assert.Empty(scan.IllFormed);
    }

    [Theory]
    [InlineData("“十三五”时期")]
    [InlineData("一五一十地说")]
    [InlineData("千万不能")]
    public void ScanAll_WordsHoldingNumeralCharacters_AreNotReportedIllFormed(string text)
    {
        Assert.Empty(QuantityScanner.Default.ScanAll(text).IllFormed);
    }

    [Fact]
    public void Read_IllFormedNumeral_LeavesANote()
    {
        const string text = "某区2020年法治政府建设年度报告\n一、主要举措\n受理〇三万九点三宗。\n某区人民政府";
        var read = ReportTextReader.Read(text);

        var note = Assert.Single(read.Diagnostics, d => d.Code == ReadDiagnosticCodes.IllFormedNumeral);
        Assert.Equal("the numeral \"〇三万九点三\" spells no one value; no quantity was read from it", note.Message);
        Assert.DoesNotContain(read.Syntax.Quantities, q => text.Substring(q.Span.Start, q.Span.Length).Contains('宗', System.StringComparison.Ordinal));
    }

    [Fact]
    public void ScaledValue_MoneyWithHundredMillion_MultipliesValue()
    {
        var match = Assert.Single(QuantityScanner.Default.Scan("1.12亿元"));

        Assert.Equal(112_000_000m, match.ScaledValue);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Scan_NullOrEmpty_FindsNothing(string? text)
    {
        Assert.Empty(QuantityScanner.Default.Scan(text));
    }

    [Theory]
    [InlineData("加强执法队伍人员培训", "")]
    [InlineData("队伍3支，", "3支")]
    [InlineData("陆续出台5项措施", "5项")]
    [InlineData("拾金不昧1次", "1次")]
    public void Scan_FinancialDigitInsideAWord_IsNoNumber(string text, string expected)
    {
        var found = QuantityScanner.Default.Scan(text);

        Assert.Equal(expected, string.Concat(found.Select(q => q.Text)));
    }

    [Theory]
    [InlineData("装机1万千瓦", "1万")]
    [InlineData("新增5万万人", "5万")]
    public void Read_ArabicDigitsRunningIntoPlacesThatMakeNoNumber_EndAfterTheLastScaleThatDoes(string text, string expected)
    {
        var start = text.AsSpan().IndexOfAnyInRange('0', '9');

        var token = NumberToken.Read(text, start);

        Assert.True(token.IsValid);
        Assert.Equal(expected, text[token.Start..token.End]);
    }
}
