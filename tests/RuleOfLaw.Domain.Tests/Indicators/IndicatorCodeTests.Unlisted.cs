using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Indicators;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed partial class IndicatorCodeTests
{
    [Fact]
    public void ForUnlistedName_PrintedName_IsAPrefixedSnakeCaseCode()
    {
        var code = IndicatorCode.ForUnlistedName("执法协同响应率");

        Assert.StartsWith(IndicatorCode.UnlistedPrefix, code.Value, StringComparison.Ordinal);
        Assert.Equal(IndicatorCode.UnlistedPrefix.Length + 16, code.Value.Length);
        Assert.True(code.IsUnlisted);
        Assert.Equal(code, IndicatorCode.Parse(code.Value));
    }

    /// <summary>The code is the first 16 hexadecimal digits of the SHA-256 of the name's UTF-8 (here as Python's hashlib gives them), in every version; a name longer than 256 bytes is hashed the same way.</summary>
    [Theory]
    [InlineData("执法协同响应率", "unlisted_abafdd1fc92bbef6")]
    [InlineData("平台线索回应率", "unlisted_a7ebb97686bef7fd")]
    [InlineData(null, "unlisted_9835fa6bf4e20a9b")]
    public void ForUnlistedName_PrintedName_IsTheStartOfItsSha256(string? name, string expected)
    {
        Assert.Equal(expected, IndicatorCode.ForUnlistedName(name ?? new string('a', 300)).Value);
    }

    [Fact]
    public void ForUnlistedName_TwoNames_GiveTwoCodes()
    {
        Assert.NotEqual(IndicatorCode.ForUnlistedName("平台线索回应率"), IndicatorCode.ForUnlistedName("行政处罚赋码率"));
    }

    [Fact]
    public void IsUnlisted_CatalogueCode_IsFalse()
    {
        Assert.All(NationalRates.All, definition => Assert.False(definition.Code.IsUnlisted, definition.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void ForUnlistedName_BlankName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => IndicatorCode.ForUnlistedName(name));
    }

    [Fact]
    public void ForUnlistedName_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorCode.ForUnlistedName(null!));
    }

    [Fact]
    public void IndicatorDefinition_UnlistedCode_Throws()
    {
        var definition = NationalRates.Hearing;

        Assert.Throws<ArgumentException>(() => new IndicatorDefinition(
            IndicatorCode.ForUnlistedName("听证率"), definition.ChineseName, definition.EnglishName, definition.Kind, definition.Direction,
            definition.NumeratorChinese, definition.NumeratorEnglish, definition.Denominator, definition.AlternativeDenominators,
            definition.Source, definition.DefaultRounding, definition.Factor, definition.Unit));
    }

    [Property(Arbitrary = new[] { typeof(PrintedNames) })]
    public bool ForUnlistedName_SameName_GivesTheSameValidCodeThatNoCatalogueCodeEquals(string name)
    {
        var code = IndicatorCode.ForUnlistedName(name);

        return code == IndicatorCode.ForUnlistedName(new string(name.ToCharArray()))
            && IndicatorCode.TryParse(code.Value, out var parsed) && parsed == code
            && code.IsUnlisted
            && NationalRates.All.All(definition => definition.Code != code);
    }

    [Property(Arbitrary = new[] { typeof(PrintedNames) })]
    public bool ForUnlistedName_DifferentNames_GiveDifferentCodes(string first, string second) =>
        first == second || IndicatorCode.ForUnlistedName(first) != IndicatorCode.ForUnlistedName(second);

    /// <summary>Printed names: 1 to 20 CJK ideographs.</summary>
    public static class PrintedNames
    {
        public static Arbitrary<string> Names() =>
            Gen.Choose(1, 20).SelectMany(length => Gen.ArrayOf(Gen.Choose(0x4E00, 0x9FFF).Select(c => (char)c), length))
                .Select(chars => new string(chars))
                .ToArbitrary();
    }
}
