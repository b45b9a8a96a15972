using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class NumberTokenTests
{
    private const string Digits = "0123456789０１２３４５６７８９";

    [Fact]
    public void Read_PlainDigits_ValueAsTheGrammarWithTheirPrintedDecimals()
    {
        // Plain digits are valued in one pass, beside the grammar: the same value and scale (3.50 stays 3.50), ASCII or
        // full-width, leading zeros and up to the 18 digits and 10 decimals a number may have.
        var runs =
            from whole in Gen.Choose(1, 11).SelectMany(n => Gen.ArrayOf(Gen.Elements(Digits.ToCharArray()), n))
            from point in Gen.Elements('.', '．')
            from fraction in Gen.Choose(0, 7).SelectMany(n => Gen.ArrayOf(Gen.Elements(Digits.ToCharArray()), n))
            select new string(whole) + (fraction.Length == 0 ? string.Empty : point + new string(fraction));

        Prop.ForAll(runs.ToArbitrary(), run =>
        {
            var token = NumberToken.Read(run + "件", 0);

            Assert.True(NumeralGrammar.TryParse(run, NumeralFeatures.Arabic, out var expected), run);
            Assert.True(token.IsValid, run);
            Assert.Equal(run.Length, token.End);
            Assert.Equal(expected, token.Value);
            Assert.Equal(expected.Scale, token.Value.Scale);
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), token.Value.ToString(CultureInfo.InvariantCulture));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("1,234件", 1234, 5)]
    [InlineData("3千万元", 30_000_000, 3)]
    [InlineData("100余万人", 1_000_000, 5)]
    [InlineData("2021.01.05", 0, 10)]
    [InlineData("1234567890123456789件", 0, 19)]
    public void Read_DigitsWithSeparatorsPlacesOrMorePoints_AreNotPlainDigits(string text, long value, int end)
    {
        var token = NumberToken.Read(text, 0);

        Assert.Equal(value, token.IsValid ? token.Value : 0m);
        Assert.Equal(end, token.End);
    }
}
