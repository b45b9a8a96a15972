using RuleOfLaw.Domain.Internal;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Internal;

public sealed class OutlineMarkersTests
{
    [Theory]
    [InlineData("一、", 1)]
    [InlineData("十二、", 1)]
    [InlineData("（一）", 2)]
    [InlineData("(二)", 2)]
    [InlineData("（三)", 2)]
    [InlineData("1.", 3)]
    [InlineData("1．", 3)]
    [InlineData("1、", 3)]
    [InlineData("１２.", 3)]
    [InlineData("（1）", 4)]
    [InlineData("(12)", 4)]
    [InlineData("（１）", 4)]
    [InlineData("①", 5)]
    [InlineData("⑳", 5)]
    [InlineData("⑴", 4)]
    [InlineData("⒈", 3)]
    [InlineData("一)", 2)]
    [InlineData("二十一、", 1)]
    public void LevelOf_KnownFamily_ReturnsItsLevel(string marker, int level)
    {
        Assert.Equal(level, OutlineMarkers.LevelOf(marker));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("一")]
    [InlineData("1")]
    [InlineData("()")]
    [InlineData("(一1)")]
    [InlineData("a.")]
    [InlineData("第一部分")]
    [InlineData("㉑")]
    [InlineData("一.")]
    [InlineData("一百、")]
    [InlineData("100.")]
    [InlineData("十十、")]
    [InlineData("1.5")]
    public void LevelOf_NoFamily_ReturnsNull(string? marker)
    {
        Assert.Null(OutlineMarkers.LevelOf(marker));
    }

    [Theory]
    [InlineData("一、", 1, 1)]
    [InlineData("（十二）", 2, 12)]
    [InlineData("１２.", 3, 12)]
    [InlineData("(3)", 4, 3)]
    [InlineData("②", 5, 2)]
    public void TryRead_WholeMarker_GivesTheFamilyWhoseValueIsTheLevelOf(string marker, int family, int number)
    {
        Assert.True(OutlineMarkers.TryRead(marker, 0, marker.Length, out var read, out var value, out var end));

        Assert.Equal((family, number, marker.Length), ((int)read, value, end));
        Assert.Equal(family, OutlineMarkers.LevelOf(marker));
    }
}
