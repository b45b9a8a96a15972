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

    [Fact]
    public void Scan_TraditionalQualifierEndingAnotherWord_LeavesTheCountExact()
    {
        var match = Assert.Single(QuantityScanner.Default.Scan("簽約3份協議"));

        Assert.Equal(("3份", QuantityQualifier.Exact), (match.Text, match.Qualifier));
    }
}
