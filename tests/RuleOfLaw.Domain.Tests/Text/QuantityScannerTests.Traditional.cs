using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>
/// Words of traditional script that hold numerals but are no quantities; the quantities printed in traditional
/// characters (個, 項, 萬元, 億元, 場, 餘, 約) are read by the theory of printed quantities, with the simplified unit.
/// </summary>
public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("群眾參與度明顯提高。")] // 參 of 參與 (take part) is no 叁
    [InlineData("陸續出臺配套措施。")] // 陸 of 陸續 (one after another) is no 陆
    [InlineData("萬一發生糾紛，")] // 萬一 (in case) is no number
    [InlineData("十九屆四次全會")] // a session of a congress
    public void Scan_TraditionalWordHoldingANumeral_IsNoQuantity(string text)
    {
        Assert.Empty(QuantityScanner.Default.Scan(text));
    }

    [Theory]
    [InlineData("全年受理行政復議案件貳佰零伍件，", "貳佰零伍件", 205, "件", ScaleWord.None)]
    [InlineData("開展培訓參拾場次，", "參拾場次", 30, "场次", ScaleWord.None)]
    [InlineData("投入經費壹佰貳拾萬元。", "壹佰貳拾萬元", 120, "元", ScaleWord.TenThousand)]
    [InlineData("化解糾紛陸佰參拾件。", "陸佰參拾件", 630, "件", ScaleWord.None)]
    [InlineData("受理案件贰佰零伍件。", "贰佰零伍件", 205, "件", ScaleWord.None)]
    public void Scan_FinancialNumeralInEitherScript_IsReadAsItsValue(string text, string printed, int value, string unit, ScaleWord scale)
    {
        var match = Assert.Single(QuantityScanner.Default.Scan(text));

        Assert.Equal((printed, (decimal)value, unit, scale), (match.Text, match.Value, match.Unit, match.Scale));
    }

    [Fact]
    public void Scan_TraditionalQualifierEndingAnotherWord_LeavesTheCountExact()
    {
        var match = Assert.Single(QuantityScanner.Default.Scan("簽約3份協議"));

        Assert.Equal(("3份", QuantityQualifier.Exact), (match.Text, match.Qualifier));
    }
}
