using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed partial class IndicatorCodeTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("reconsideration_correction_rate")]
    [InlineData("rate2")]
    [InlineData("level_2_indicator")]
    public void Parse_SnakeCase_IsAccepted(string text)
    {
        var code = IndicatorCode.Parse(text);

        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("2rate", 0)]
    [InlineData("_rate", 0)]
    [InlineData("rate_", 4)]
    [InlineData("litigation__loss", 11)]
    [InlineData("Litigation", 0)]
    [InlineData("litigation-loss", 10)]
    [InlineData("litigation loss", 10)]
    [InlineData("纠错率", 0)]
    public void Parse_NotSnakeCase_ThrowsFormatException(string text, int position)
    {
        var exception = Assert.Throws<FormatException>(() => IndicatorCode.Parse(text));

        Assert.StartsWith($"indicator code (\"{text}\") must", exception.Message, StringComparison.Ordinal);
        if (text.Length > 0)
        {
            Assert.Contains($"character {position} ", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_LengthAtTheLimit_IsAcceptedAndOneMoreIsNot()
    {
        var longest = new string('a', IndicatorCode.MaxLength);

        Assert.Equal(longest, IndicatorCode.Parse(longest).Value);
        var exception = Assert.Throws<FormatException>(() => IndicatorCode.Parse(longest + "a"));
        Assert.Contains("must have 1 to 64 characters, not 65", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => IndicatorCode.Parse(null!));
    }

    [Theory]
    [InlineData("hearing_rate", true)]
    [InlineData("hearing__rate", false)]
    [InlineData(null, false)]
    [InlineData("", false)]
    public void TryParse_ReportsValidity(string? text, bool expected)
    {
        var parsed = IndicatorCode.TryParse(text, out var code);

        Assert.Equal(expected, parsed);
        Assert.Equal(expected, code is not null);
    }

    [Fact]
    public void Equality_IsOrdinalOnTheText()
    {
        ValueSemantics.Assert(IndicatorCode.Parse("hearing_rate"), IndicatorCode.Parse("hearing_rate"), IndicatorCode.Parse("hearing_rates"), IndicatorCode.Parse("public_consultation_rate"));
    }

    private static Gen<string> Word =>
        Gen.Choose(1, 8).SelectMany(length => Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()).ArrayOf(length))
            .Select(chars => new string(chars));

    public static Arbitrary<string> ValidCodes() =>
        Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())
            .SelectMany(first => Gen.Choose(0, 5).SelectMany(count => Word.ArrayOf(count)), (first, words) => first + (words.Length == 0 ? string.Empty : "_" + string.Join('_', words)))
            .Select(text => text.Length > IndicatorCode.MaxLength ? text[..IndicatorCode.MaxLength].TrimEnd('_') : text)
            .ToArbitrary();

    [Property(Arbitrary = new[] { typeof(IndicatorCodeTests) })]
    public bool Parse_ValidCode_RoundTripsThroughText(string text)
    {
        var code = IndicatorCode.Parse(text);

        return code.Value == text && IndicatorCode.Parse(code.ToString()) == code && IndicatorCode.TryParse(text, out var again) && again == code;
    }

    [Property]
    public bool TryParse_AnyText_AgreesWithParse(NonNull<string> text)
    {
        var parsed = IndicatorCode.TryParse(text.Get, out var code);
        try
        {
            return IndicatorCode.Parse(text.Get) == code && parsed;
        }
        catch (FormatException)
        {
            return !parsed;
        }
    }
}
