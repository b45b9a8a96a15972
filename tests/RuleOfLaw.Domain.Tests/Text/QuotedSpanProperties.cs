using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>
/// The quantity scanner's tests of a number inside quotation marks or a book title search each way with one vectorised
/// call; these properties hold them to the definition, written here as the plain character-by-character walk it
/// replaced, on texts made of every mark that decides (quotation marks and brackets open and closed, title marks, line
/// breaks) among digits and other text.
/// </summary>
public sealed class QuotedSpanProperties
{
    private const int DelimiterWindow = 40;
    private const int BookTitleWindow = 100;
    private const string Pieces = "“”‘’《》〈〉「」『』〔〕[]［］【】\n\r\u2028\u2029\u0085的12件、。";

    [Fact]
    public void IsInsideDelimiters_IsTheWalkOverEveryCharacter()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
            Assert.Equal(NaiveInsideDelimiters(c.Text, c.Start, c.End), QuantityScanner.IsInsideDelimiters(c.Text, c.Start, c.End)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void IsInsideBookTitle_IsTheWalkOverEveryCharacter()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
            Assert.Equal(NaiveInsideBookTitle(c.Text, c.Start, c.End), QuantityScanner.IsInsideBookTitle(c.Text, c.Start, c.End)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("印发《关于“一网通办”的12条措施》", true)]
    [InlineData("印发《措施》12条", false)]
    [InlineData("《措施\n12条》", false)]
    public void IsInsideBookTitle_RealWording(string text, bool inside)
    {
        var start = text.IndexOf("12", StringComparison.Ordinal);
        Assert.Equal(inside, QuantityScanner.IsInsideBookTitle(text, start, start + 3));
    }

    [Theory]
    [InlineData("开展“百场（12场）普法”活动", true)]
    [InlineData("开展“普法”活动12场", false)]
    [InlineData("“普法\n活动12场”", false)]
    public void IsInsideDelimiters_RealWording(string text, bool inside)
    {
        var start = text.IndexOf("12", StringComparison.Ordinal);
        Assert.Equal(inside, QuantityScanner.IsInsideDelimiters(text, start, start + 3));
    }

    private static Gen<(string Text, int Start, int End)> Cases() =>
        from length in Gen.Choose(3, 260)
        from chars in Gen.ArrayOf(Gen.Elements(Pieces.ToCharArray()), length)
        from start in Gen.Choose(0, length - 1)
        from width in Gen.Choose(0, Math.Min(4, length - start))
        select (new string(chars), start, start + width);

    private static bool NaiveInsideDelimiters(string text, int start, int end)
    {
        var closer = '\0';
        for (var i = start - 1; i >= Math.Max(0, start - DelimiterWindow); i--)
        {
            var c = text[i];
            if (IsLineBreak(c) || IsCloser(c))
            {
                return false;
            }

            closer = CloserOf(c);
            if (closer != '\0')
            {
                break;
            }
        }

        if (closer == '\0')
        {
            return false;
        }

        for (var i = end; i < Math.Min(text.Length, end + DelimiterWindow); i++)
        {
            var c = text[i];
            if (c == closer)
            {
                return true;
            }

            if (IsLineBreak(c) || CloserOf(c) == closer)
            {
                return false;
            }
        }

        return false;
    }

    private static bool NaiveInsideBookTitle(string text, int start, int end)
    {
        var opened = false;
        for (var i = start - 1; i >= Math.Max(0, start - BookTitleWindow) && !opened; i--)
        {
            var c = text[i];
            if (IsLineBreak(c) || c == '》')
            {
                return false;
            }

            opened = c == '《';
        }

        if (!opened)
        {
            return false;
        }

        for (var i = end; i < Math.Min(text.Length, end + BookTitleWindow); i++)
        {
            var c = text[i];
            if (c == '》')
            {
                return true;
            }

            if (IsLineBreak(c) || c == '《')
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsCloser(char c) => c is '”' or '’' or '》' or '〉' or '」' or '』' or '〕' or ']' or '］' or '】';

    private static char CloserOf(char c) => c switch
    {
        '“' => '”',
        '‘' => '’',
        '《' => '》',
        '〈' => '〉',
        '「' => '」',
        '『' => '』',
        '〔' => '〕',
        '[' => ']',
        '［' => '］',
        '【' => '】',
        _ => '\0',
    };
}
