using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Quantity shapes of real pages: 超 before a figure, compound counters, session ordinals and relative years.</summary>
public sealed class QuantityShapeTests
{
    [Theory]
    [InlineData("领域覆盖率超65%,", "超65%", "65", "%", QuantityQualifier.MoreThan)]
    [InlineData("开展宣传超100场。", "超100场", "100", "场", QuantityQualifier.MoreThan)]
    [InlineData("开展宣传超过100场。", "超过100场", "100", "场", QuantityQualifier.MoreThan)]
    [InlineData("办理复议案件23件次。", "23件次", "23", "件次", QuantityQualifier.Exact)]
    [InlineData("报告分为六部分。", "六部分", "6", "部分", QuantityQualifier.Exact)]
    [InlineData("制定规章3部。", "3部", "3", "部", QuantityQualifier.Exact)]
    public void Scan_Quantity_ReadsItsSpanUnitAndQualifier(string text, string printed, string value, string unit, QuantityQualifier qualifier)
    {
        var found = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal(printed, found.Text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), found.Value);
        Assert.Equal(unit, found.Unit);
        Assert.Equal(qualifier, found.Qualifier);
    }

    [Theory]
    [InlineData("落实区委十六届四次全会部署。")]
    [InlineData("贯彻十九届二次全会精神。")]
    [InlineData("向上一年度报告。")]
    [InlineData("部署下一年工作。")]
    [InlineData("超额完成任务。")]
    public void Scan_OrdinalOrRelativeYear_IsNoQuantity(string text)
    {
        Assert.Empty(QuantityScanner.Default.Scan(text));
    }

    [Theory]
    [InlineData("召开会议4次。", "4次")]
    [InlineData("用时一年完成。", "一年")]
    [InlineData("两届共计6次。", "6次")]
    public void Scan_CountNextToTheseWords_IsStillAQuantity(string text, string printed)
    {
        Assert.Contains(printed, QuantityScanner.Default.Scan(text).Select(q => q.Text));
    }
}
