using System;

namespace RuleOfLaw.Domain.Internal;

/// <summary>The outline markers of report headings, their families and the outline levels they fix: the one definition the model and the reader share.</summary>
/// <remarks>
/// Families, outermost first: <c>一、</c> = 1; <c>（一）</c>/<c>(一)</c> (and the malformed <c>一)</c>) = 2;
/// <c>1.</c>/<c>1．</c>/<c>1、</c>/<c>⒈</c> = 3; <c>（1）</c>/<c>(1)</c>/<c>⑴</c> = 4; <c>①</c> = 5. Full-width and ASCII
/// forms (brackets, stops, digits) are both accepted, and the brackets may be mixed, as published pages mix them.
/// Numbers run from 1 to 99: Chinese numerals with 一 to 十, Arabic numbers of one or two digits.
/// </remarks>
internal static class OutlineMarkers
{
    public const int MinLevel = 1;
    public const int MaxLevel = 5;

    private const int MaxChineseMarkerLength = 3;
    private const int MaxDigitMarkerLength = 2;

    // Every character that can continue a Chinese numeral: a marker number followed by one of them (一百、) is not a marker.
    private const string NumeralChars = "〇零○一二三四五六七八九两十百千万亿";

    /// <summary>Gets the outline level a whole marker's family fixes, or null when the text is not exactly one marker of the first five families.</summary>
    public static int? LevelOf(string? marker)
    {
        if (string.IsNullOrEmpty(marker) || !TryRead(marker, 0, marker.Length, out var family, out _, out var end) || end != marker.Length)
        {
            return null;
        }

        return family <= OutlineMarkerFamily.CircledNumber ? (int)family : null;
    }

    /// <summary>Reads a marker starting at <paramref name="index"/>, which must end before <paramref name="limit"/>.</summary>
    public static bool TryRead(string text, int index, int limit, out OutlineMarkerFamily family, out int number, out int end)
    {
        family = OutlineMarkerFamily.ChineseEnumeration;
        number = 0;
        end = index;
        if (index >= limit)
        {
            return false;
        }

        var c = text[index];
        if (c is >= '\u2460' and <= '\u2473')
        {
            (family, number, end) = (OutlineMarkerFamily.CircledNumber, c - '\u2460' + 1, index + 1);
            return true;
        }

        if (c is >= '\u2474' and <= '\u2487')
        {
            (family, number, end) = (OutlineMarkerFamily.ParenthesizedArabic, c - '\u2474' + 1, index + 1);
            return true;
        }

        if (c is >= '\u2488' and <= '\u249B')
        {
            (family, number, end) = (OutlineMarkerFamily.ArabicNumber, c - '\u2488' + 1, index + 1);
            return true;
        }

        if (IsOpenParenthesis(c))
        {
            var inner = index + 1;
            if (ReadChinese(text, inner, limit, out number, out var after) && after < limit && IsCloseParenthesis(text[after]))
            {
                (family, end) = (OutlineMarkerFamily.ParenthesizedChinese, after + 1);
                return true;
            }

            if (ReadDigits(text, inner, limit, out number, out after) && after < limit && IsCloseParenthesis(text[after]))
            {
                (family, end) = (OutlineMarkerFamily.ParenthesizedArabic, after + 1);
                return true;
            }

            return false;
        }

        if (ReadChinese(text, index, limit, out number, out var stop) && stop < limit && text[stop] == '、')
        {
            (family, end) = (OutlineMarkerFamily.ChineseEnumeration, stop + 1);
            return true;
        }

        if (ReadChinese(text, index, limit, out number, out stop) && stop < limit && IsCloseParenthesis(text[stop]))
        {
            // The malformed 一) that some pages print for （一）: the opening bracket was lost.
            (family, end) = (OutlineMarkerFamily.ParenthesizedChinese, stop + 1);
            return true;
        }

        if (ReadDigits(text, index, limit, out number, out stop) && stop < limit && text[stop] is '.' or '．' or '、'
            && (stop + 1 >= limit || !IsDigit(text[stop + 1])))
        {
            (family, end) = (OutlineMarkerFamily.ArabicNumber, stop + 1);
            return true;
        }

        return false;
    }

    private static bool IsOpenParenthesis(char c) => c is '(' or '（';

    private static bool IsCloseParenthesis(char c) => c is ')' or '）';

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool ReadChinese(string text, int index, int limit, out int number, out int end)
    {
        number = 0;
        end = index;
        while (end < limit && end - index < MaxChineseMarkerLength && text[end] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十')
        {
            end++;
        }

        if (end == index || (end < limit && NumeralChars.Contains(text[end], StringComparison.Ordinal)))
        {
            return false;
        }

        number = ChineseValue(text.AsSpan(index, end - index));
        return number is >= 1 and <= 99;
    }

    // 十 = 10, 十二 = 12, 二十 = 20, 二十一 = 21, and digit by digit: 一二 = 12. Anything else (十十, 一十十) is no number.
    private static int ChineseValue(ReadOnlySpan<char> numeral)
    {
        var ten = numeral.IndexOf('十');
        if (ten < 0)
        {
            var value = 0;
            foreach (var c in numeral)
            {
                value = (value * 10) + Digit(c);
            }

            return value;
        }

        var before = numeral[..ten];
        var after = numeral[(ten + 1)..];
        if (before.Length > 1 || after.Length > 1 || after.Contains('十'))
        {
            return 0;
        }

        return ((before.IsEmpty ? 1 : Digit(before[0])) * 10) + (after.IsEmpty ? 0 : Digit(after[0]));
    }

    private static int Digit(char c) => "一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) + 1;

    private static bool ReadDigits(string text, int index, int limit, out int number, out int end)
    {
        number = 0;
        end = index;
        while (end < limit && IsDigit(text[end]))
        {
            if (end - index >= MaxDigitMarkerLength)
            {
                return false;
            }

            number = (number * 10) + (text[end] <= '9' ? text[end] - '0' : text[end] - '０');
            end++;
        }

        return end > index && number > 0;
    }
}
