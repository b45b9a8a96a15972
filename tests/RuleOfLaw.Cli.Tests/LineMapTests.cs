using System;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

public sealed class LineMapTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("ab\n\ncd", 4, 3, 1)]
    [InlineData("ab", 0, 1, 1)]
    [InlineData("ab", 2, 1, 3)]
    [InlineData("ab\r\ncd", 2, 1, 3)]
    public void Locate_Offset_CountsLinesAndUtf16Columns(string text, int offset, int line, int column)
    {
        var location = new LineMap(text).Locate(new SourceSpan(offset, 0));

        Assert.Equal(new TextLocation(line, column, line, column), location);
    }

    [Fact]
    public void Locate_SpanOverALineBreak_EndsOnTheNextLine() =>
        Assert.Equal(new TextLocation(1, 2, 2, 2), new LineMap("ab\ncd").Locate(new SourceSpan(1, 3)));

    [Fact]
    public void Locate_SpanPastTheEnd_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineMap("ab").Locate(new SourceSpan(1, 2)));
}
