using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed partial class PublishedFigureTests
{
    [Fact]
    public void Of_TakesDecimalsFromThePrintedScale()
    {
        var figure = PublishedFigure.Of(6.20m);

        Assert.Equal(2, figure.Decimals);
        Assert.Equal(2, figure.PrintedDecimals);
        Assert.Equal("6.20", figure.ToString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Of_DecimalsOutsideZeroToTen_Throws(int decimals)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Of(1m, decimals));

        Assert.Equal("decimals", exception.ParamName);
        Assert.StartsWith($"decimals ({decimals}) must be between 0 and 10", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ValuePrintingElevenDecimals_ThrowsAndTenIsAccepted()
    {
        Assert.Equal(10, PublishedFigure.Of(0.1234567891m, 2).PrintedDecimals);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Of(0.12345678912m, 2));

        Assert.Equal("value", exception.ParamName);
        Assert.StartsWith("value (0.12345678912) must print at most 10 decimals, not 11", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_MagnitudeAboveTenToTheEighteenth_ThrowsAndTheLimitIsAccepted()
    {
        Assert.Equal(PublishedFigure.MaxMagnitude, PublishedFigure.Of(PublishedFigure.MaxMagnitude).Value);
        Assert.Equal(-PublishedFigure.MaxMagnitude, PublishedFigure.Of(-PublishedFigure.MaxMagnitude).Value);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Of(PublishedFigure.MaxMagnitude + 1m));

        Assert.Equal("value", exception.ParamName);
    }

    [Theory]
    [InlineData("18.2", 18.2, 1)]
    [InlineData("6.20", 6.20, 2)]
    [InlineData("50", 50, 0)]
    [InlineData("-4.7", -4.7, 1)]
    public void Parse_PlainNumber_KeepsItsScale(string text, double value, int decimals)
    {
        var figure = PublishedFigure.Parse(text);

        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(decimals, figure.Decimals);
        Assert.Equal(text, figure.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("18.2%")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData("0.12345678912")]
    [InlineData("1000000000000000001")]
    public void Parse_NotAPlainNumber_ThrowsFormatException(string text)
    {
        var exception = Assert.Throws<FormatException>(() => PublishedFigure.Parse(text));

        Assert.Contains("must be a plain decimal number", exception.Message, StringComparison.Ordinal);
        Assert.False(PublishedFigure.TryParse(text, out _));
    }

    [Theory]
    [InlineData("18.2", 1, false)]
    [InlineData("18.2", 2, false)]
    [InlineData("18.25", 1, true)]
    [InlineData("6.20", 1, true)]
    [InlineData("6.20", 2, false)]
    public void HasExcessDigits_IsTrueExactlyWhenMoreDigitsArePrintedThanClaimed(string printed, int decimals, bool expected)
    {
        var figure = PublishedFigure.Of(decimal.Parse(printed, CultureInfo.InvariantCulture), decimals);

        Assert.Equal(expected, figure.HasExcessDigits);
    }

    [Fact]
    public void Equality_ComparesPrintedScaleAndDecimals()
    {
        ValueSemantics.Assert(PublishedFigure.Of(6.2m), PublishedFigure.Parse("6.2"), PublishedFigure.Of(6.20m), PublishedFigure.Of(6.2m, 2), PublishedFigure.Of(6.3m));
    }

    [Fact]
    public void Default_IsZeroWithNoDecimals()
    {
        Assert.Equal(PublishedFigure.Of(0m), default);
        Assert.Equal("0", default(PublishedFigure).ToString());
    }

    [Fact]
    public void PercentagePointsAbove_BenchmarkScope_IsExactDifference()
    {
        Assert.Equal(33.8m, PublishedFigure.Of(50m).PercentagePointsAbove(PublishedFigure.Of(16.2m)));
        Assert.Equal(-4.7m, PublishedFigure.Of(12.07m).PercentagePointsAbove(PublishedFigure.Of(16.77m)));
    }

    [Property(Arbitrary = new[] { typeof(PublishedFigureTests) })]
    public bool Parse_ToString_RoundTrips(PublishedFigure figure) => PublishedFigure.Parse(figure.ToString()) == figure;

    public static Arbitrary<PublishedFigure> Figures() =>
        Gen.Choose(-1_000_000, 1_000_000)
            .SelectMany(_ => Gen.Choose(0, 4), (mantissa, scale) => PublishedFigure.Of(new decimal(Math.Abs(mantissa), 0, 0, mantissa < 0, (byte)scale)))
            .ToArbitrary();
}
