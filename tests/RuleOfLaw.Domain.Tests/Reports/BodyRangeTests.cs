using System;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class BodyRangeTests
{
    [Fact]
    public void Constructor_StartAndLength_GiveTheEnd()
    {
        var range = new BodyRange(7, 5);

        Assert.Equal((7, 5, 12, false), (range.Start, range.Length, range.End, range.IsEmpty));
        Assert.Equal("[7..12)", range.ToString());
    }

    [Fact]
    public void Default_IsTheEmptyRangeAtTheStart()
    {
        Assert.Equal((0, 0, true), (default(BodyRange).Start, default(BodyRange).Length, default(BodyRange).IsEmpty));
    }

    [Theory]
    [InlineData(-1, 0, "start")]
    [InlineData(0, -1, "length")]
    [InlineData(int.MaxValue, 1, "length")]
    public void Constructor_NegativeOrOverflowing_Throws(int start, int length, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new BodyRange(start, length)).ParamName);
    }

    [Fact]
    public void Constructor_RangeEndingAtIntMaxValue_IsLegal()
    {
        Assert.Equal(int.MaxValue, new BodyRange(int.MaxValue - 1, 1).End);
    }

    [Fact]
    public void Equality_ComparesStartAndLength()
    {
        ValueSemantics.Assert(new BodyRange(1, 2), new BodyRange(1, 2), new BodyRange(1, 3), new BodyRange(0, 2));
    }
}
