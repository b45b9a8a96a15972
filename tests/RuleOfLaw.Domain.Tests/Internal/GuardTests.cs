using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Internal;

public sealed class GuardTests
{
    [Fact]
    public void NotBlank_Text_ReturnsIt()
    {
        Assert.Equal("坪", Guard.NotBlank("坪", "title"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \u3000")]
    public void NotBlank_BlankText_ThrowsQuotingIt(string text)
    {
        var exception = Assert.Throws<ArgumentException>(() => Guard.NotBlank(text, "title"));

        Assert.Equal("title", exception.ParamName);
        Assert.StartsWith($"title (\"{text}\") must not be empty or white space", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotBlank_Null_ThrowsArgumentNull()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Guard.NotBlank(null, "title"));

        Assert.Equal("title", exception.ParamName);
    }

    [Fact]
    public void InRange_DecimalBoundaries_AreInclusive()
    {
        Guard.InRange(0m, 0m, 100m, "percent");
        Guard.InRange(100m, 0m, 100m, "percent");

        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(100.01m, 0m, 100m, "percent"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(-0.01m, 0m, 100m, "percent"));
    }

    [Fact]
    public void Messages_UnderAnotherCulture_StayInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");

            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(1234.5m, 0m, 100m, "percent"));

            Assert.StartsWith("percent (1234.5) must be between 0 and 100", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void That_FalseCondition_ThrowsWithFormattedMessage()
    {
        var exception = Assert.Throws<ArgumentException>(() => Guard.That(false, "outlineLevel", Message.OutlineLevelOfMarker, 5, 2, "①"));

        Assert.StartsWith("outlineLevel (5) must be 2, the level of marker \"①\"", exception.Message, StringComparison.Ordinal);
        Assert.Equal("outlineLevel (5) must be 2, the level of marker \"①\"", Guard.RuleOf(exception));
        Guard.That(true, "outlineLevel", Message.OutlineLevelOfMarker, 5, 2, "①");
    }
}
