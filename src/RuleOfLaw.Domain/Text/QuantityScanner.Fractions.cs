using System;
using System.Buffers;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Text;

/// <summary>Shares printed as fractions: <c>三分之二</c>, <c>千分之五</c>, <c>1/4</c>.</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>
    /// The characters that, after a last term of 一, make 一 the start of a word (一般, 一样, 一致, 一律, 一切, 一直, 一起, 一同,
    /// 一定, 一体, 一些, 一道, 一旦, 一再, 一向): <c>十分之一般</c> is "very ordinary", no tenth.
    /// </summary>
    private static readonly SearchValues<char> WordAfterOne = SearchValues.Create("般样樣致律切直起同定体體些道旦再向");

    /// <summary>
    /// The share printed as a fraction that starts with the number just read, valued by the one numeral grammar
    /// (<see cref="ChineseNumber"/>): <c>X分之Y</c> (三分之二, 千分之五, 十万分之一) or two Arabic whole numbers around a
    /// slash (<c>1/4</c>, <c>3/5</c>), a proper fraction (the part at most the whole, the whole at least 2) of whole terms.
    /// </summary>
    /// <remarks>
    /// A slash between digits is far more often a date (<c>2023/1/4</c>), a page (<c>第1/4页</c>), a count of a count
    /// (<c>7/24小时</c>) or an identifier, so an Arabic fraction is read only when it stands alone (no digit, slash, point,
    /// dash or letter against it, no unit after it) and something says it is a share: a word naming one before it in its
    /// clause (占, 比例, 比重), a qualifier before it (超过, 近, 约), or 的 or a qualifier after it (<c>1/4的案件</c>,
    /// <c>1/3以上</c>). <c>X分之Y</c> means nothing else, but a last term 一 that starts a word (<see cref="WordAfterOne"/>)
    /// is no fraction, and neither is 万分之一 (a lone 万 is no number).
    /// </remarks>
    /// <returns>The fraction and the index just past its last term, or null.</returns>
    private (Rate Fraction, int End)? FractionAt(string text, NumberToken first, int spanStart, int pos)
    {
        if (first.MoreThan || pos + 2 >= text.Length)
        {
            return null;
        }

        if (text[pos] == '分' && text[pos + 1] == '之' && NumberToken.CanStart(text[pos + 2]))
        {
            // 12百分之二 is a number and then 百分之二 (a list number or a figure glued to the percent word), no 2/1200:
            // a whole written in Arabic digits is digits alone (3分之2), never digits and places.
            if (!first.IsChinese && !first.IsDigitSequence)
            {
                return null;
            }

            var last = NumberToken.Read(text, pos + 2);
            if (!last.IsValid || last.MoreThan || last.TrailingScale != ScaleWord.None
                || (last.End - last.Start == 1 && text[last.Start] == '一' && last.End < text.Length && WordAfterOne.Contains(text[last.End])))
            {
                return null;
            }

            return ProperFraction(text, first.Start, last.End);
        }

        if (first.IsChinese || !first.IsValid || text[pos] is not ('/' or '／') || !TextChars.IsDigit(text[pos + 1]) || first.Decimals > 0 || first.TrailingScale != ScaleWord.None)
        {
            return null;
        }

        var whole = NumberToken.Read(text, pos + 1);
        if (!whole.IsValid || whole.IsChinese || whole.Decimals > 0 || whole.TrailingScale != ScaleWord.None || whole.MoreThan || !StandsAlone(text, whole.End))
        {
            return null;
        }

        return IsLedShare(text, spanStart, whole.End) ? ProperFraction(text, first.Start, whole.End) : null;
    }

    /// <summary>Whether nothing after an Arabic fraction's last term makes it part of a date, an identifier or a count of something.</summary>
    private bool StandsAlone(string text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        var after = text[end];
        return !TextChars.IsDigit(after) && !TextChars.IsAsciiLetter(after) && after is not ('/' or '／' or '.' or '．' or '-' or ':' or '：' or '%' or '％')
            && !_units.TryMatch(text, end, out _, out _);
    }

    /// <summary>Whether an Arabic fraction is said to be a share: by a word before it (占, 比例, a qualifier) or 的 or a qualifier after it.</summary>
    private static bool IsLedShare(string text, int start, int end)
    {
        if (PrefixAt(text, start, out _, out _) || RoleOf(text, start, end, QuantityKind.Percent) != QuantityRole.Level)
        {
            return true;
        }

        return (end < text.Length && text[end] == '的') || SuffixAt(text, end, out _, out _);
    }

    /// <summary>The fraction printed from <paramref name="start"/> to <paramref name="end"/>, when the grammar reads it as one of whole terms, the part at most the whole.</summary>
    private static (Rate Fraction, int End)? ProperFraction(string text, int start, int end)
    {
        if (!ChineseNumber.TryParse(text.AsSpan(start, end - start), out var number) || number.Form != ChineseNumberForm.Fraction)
        {
            return null;
        }

        var (part, whole) = (number.Numerator, number.Denominator);
        if (part < 1m || whole < 2m || part > whole || whole > long.MaxValue / 100 || decimal.Truncate(part) != part || decimal.Truncate(whole) != whole)
        {
            return null;
        }

        return (Rate.Of((long)part, (long)whole), end);
    }
}
