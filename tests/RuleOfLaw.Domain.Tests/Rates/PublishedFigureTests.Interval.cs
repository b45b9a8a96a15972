using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Rates;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Rates;

public sealed partial class PublishedFigureTests
{
    [Theory]
    [InlineData("18.2", MidpointRounding.AwayFromZero, "[18.15, 18.25)")]
    [InlineData("18.2", MidpointRounding.ToEven, "[18.15, 18.25]")]
    [InlineData("18.3", MidpointRounding.ToEven, "(18.25, 18.35)")]
    [InlineData("18.2", MidpointRounding.ToZero, "[18.2, 18.3)")]
    [InlineData("18.2", MidpointRounding.ToNegativeInfinity, "[18.2, 18.3)")]
    [InlineData("18.2", MidpointRounding.ToPositiveInfinity, "(18.1, 18.2]")]
    [InlineData("50", MidpointRounding.AwayFromZero, "[49.5, 50.5)")]
    [InlineData("6.20", MidpointRounding.AwayFromZero, "[6.195, 6.205)")]
    [InlineData("0", MidpointRounding.AwayFromZero, "(-0.5, 0.5)")]
    [InlineData("0", MidpointRounding.ToEven, "[-0.5, 0.5]")]
    [InlineData("0", MidpointRounding.ToZero, "(-1, 1)")]
    [InlineData("-4.7", MidpointRounding.AwayFromZero, "(-4.75, -4.65]")]
    [InlineData("-4.7", MidpointRounding.ToZero, "(-4.8, -4.7]")]
    public void IntervalUnder_EachMode_HasTheRightEnds(string printed, MidpointRounding mode, string expected)
    {
        var interval = PublishedFigure.Parse(printed).IntervalUnder(mode);

        Assert.Equal(expected, interval.ToString());
    }

    [Fact]
    public void IntervalUnder_ClaimedDecimalsBeyondPrinted_UsesTheClaim()
    {
        Assert.Equal("[18.195, 18.205)", PublishedFigure.Of(18.2m, 2).IntervalUnder(MidpointRounding.AwayFromZero).ToString());
        Assert.Equal("[6.15, 6.25)", PublishedFigure.Of(6.20m, 1).IntervalUnder(MidpointRounding.AwayFromZero).ToString());
    }

    [Fact]
    public void IntervalUnder_ExcessNonZeroDigits_UsesThePrintedPrecision()
    {
        var figure = PublishedFigure.Of(18.25m, 1);

        Assert.Equal("[18.245, 18.255)", figure.IntervalUnder(MidpointRounding.AwayFromZero).ToString());
    }

    [Fact]
    public void IntervalUnder_UndefinedMode_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Of(1m).IntervalUnder((MidpointRounding)9));

        Assert.Equal("mode", exception.ParamName);
    }

    [Theory]
    [InlineData("18.2", "18.18", PrintingAgreement.Agree)]
    [InlineData("18.2", "18.2", PrintingAgreement.Agree)]
    [InlineData("18.2", "18.25", PrintingAgreement.Agree)]
    [InlineData("18.2", "18.26", PrintingAgreement.Conflict)]
    [InlineData("18.2", "18.24", PrintingAgreement.Agree)]
    [InlineData("18.2", "18.3", PrintingAgreement.Conflict)]
    [InlineData("6.20", "6.16", PrintingAgreement.Conflict)]
    public void ComparePrinting_HalfAwayFromZero_AgreesExactlyWhenIntervalsIntersect(string summary, string body, PrintingAgreement expected)
    {
        var agreement = PublishedFigure.Parse(summary).ComparePrinting(PublishedFigure.Parse(body), MidpointRounding.AwayFromZero);

        Assert.Equal(expected, agreement);
    }

    [Fact]
    public void ComparePrinting_HalfToEvenSharedEnd_DependsOnTheEvenDigit()
    {
        // The tie 18.25 belongs to 18.2 (even) alone: [18.15, 18.25] and (18.25, 18.35) share no value.
        Assert.Equal(PrintingAgreement.Conflict, PublishedFigure.Parse("18.2").ComparePrinting(PublishedFigure.Parse("18.3"), MidpointRounding.ToEven));
        Assert.Equal(PrintingAgreement.Agree, PublishedFigure.Parse("18.2").ComparePrinting(PublishedFigure.Parse("18.25"), MidpointRounding.ToEven));

        // (18.25, 18.35) against (18.345, 18.355) and [18.355, 18.365]: 18.347 prints as both 18.3 and 18.35.
        Assert.Equal(PrintingAgreement.Agree, PublishedFigure.Parse("18.3").ComparePrinting(PublishedFigure.Parse("18.35"), MidpointRounding.ToEven));
        Assert.Equal(PrintingAgreement.Conflict, PublishedFigure.Parse("18.3").ComparePrinting(PublishedFigure.Parse("18.36"), MidpointRounding.ToEven));
    }

    public static Arbitrary<(PublishedFigure Figure, MidpointRounding Mode, decimal Value)> FigureModeAndNearbyValue() =>
        Gen.Choose(0, 4).SelectMany(
                decimals => Gen.Choose(-100_000, 100_000).SelectMany(
                    mantissa => Gen.Elements(Enum.GetValues<MidpointRounding>()).SelectMany(
                        mode => Gen.Choose(-150, 150),
                        (mode, offset) => (mode, offset)),
                    (mantissa, rest) => (mantissa, rest.mode, rest.offset)),
                (decimals, t) =>
                {
                    var value = new decimal(Math.Abs(t.mantissa), 0, 0, t.mantissa < 0, (byte)decimals);
                    var nearby = value + new decimal(Math.Abs(t.offset), 0, 0, t.offset < 0, (byte)(decimals + 2));
                    return (PublishedFigure.Of(value, decimals), t.mode, nearby);
                })
            .ToArbitrary();

    [Property(Arbitrary = new[] { typeof(PublishedFigureTests) }, MaxTest = 500)]
    public bool IntervalUnder_ContainsExactlyTheValuesThatRoundToTheFigure((PublishedFigure Figure, MidpointRounding Mode, decimal Value) sample)
    {
        var (figure, mode, value) = sample;

        // Offsets of ±50 and ±100 hundredths of a unit land exactly on the half and whole unit: both sides of each end.
        var rounds = Math.Round(value, figure.Decimals, mode) == figure.Value;
        return figure.IntervalUnder(mode).Contains(value) == rounds;
    }

    [Fact]
    public void IntervalUnder_BoundaryValues_OnBothSides()
    {
        var interval = PublishedFigure.Parse("18.2").IntervalUnder(MidpointRounding.AwayFromZero);

        Assert.False(interval.Contains(18.1499999m));
        Assert.True(interval.Contains(18.15m));
        Assert.True(interval.Contains(18.2499999m));
        Assert.False(interval.Contains(18.25m));
        Assert.Equal(18.2m, Math.Round(18.15m, 1, MidpointRounding.AwayFromZero));
        Assert.Equal(18.3m, Math.Round(18.25m, 1, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Parse_Invariant_ReadsTheSameUnderAnyCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");

            Assert.Equal("[18.15, 18.25)", PublishedFigure.Parse("18.2").IntervalUnder(MidpointRounding.AwayFromZero).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
