using System;

namespace RuleOfLaw.Domain.Text;

/// <summary>Recognises an outline marker at a position: <c>一、</c>, <c>（一）</c> (and the malformed <c>一)</c>), <c>1.</c>, <c>（1）</c>, <c>①</c> in ASCII and full-width forms.</summary>
internal static class MarkerReader
{
    private const int MaxChineseMarkerLength = 3;
    private const int MaxDigitMarkerLength = 2;

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

        if (TextChars.IsOpenParenthesis(c))
        {
            var inner = index + 1;
            if (ReadChinese(text, inner, limit, out number, out var after) && after < limit && TextChars.IsCloseParenthesis(text[after]))
            {
                (family, end) = (OutlineMarkerFamily.ParenthesizedChinese, after + 1);
                return true;
            }

            if (ReadDigits(text, inner, limit, out number, out after) && after < limit && TextChars.IsCloseParenthesis(text[after]))
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

        if (ReadChinese(text, index, limit, out number, out stop) && stop < limit && TextChars.IsCloseParenthesis(text[stop]))
        {
            // The malformed 一) that some pages print for （一）: the opening bracket was lost.
            (family, end) = (OutlineMarkerFamily.ParenthesizedChinese, stop + 1);
            return true;
        }

        if (ReadDigits(text, index, limit, out number, out stop) && stop < limit && text[stop] is '.' or '．' or '、'
            && (stop + 1 >= limit || !TextChars.IsDigit(text[stop + 1])))
        {
            (family, end) = (OutlineMarkerFamily.ArabicNumber, stop + 1);
            return true;
        }

        return false;
    }

    private static bool ReadChinese(string text, int index, int limit, out int number, out int end)
    {
        number = 0;
        end = index;
        while (end < limit && end - index < MaxChineseMarkerLength && text[end] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十')
        {
            end++;
        }

        if (end == index || (end < limit && ChineseNumerals.IsNumeralChar(text[end])))
        {
            return false;
        }

        if (!ChineseNumerals.TryParse(text.AsSpan(index, end - index), out var value) || value is < 1 or > 99)
        {
            return false;
        }

        number = (int)value;
        return true;
    }

    private static bool ReadDigits(string text, int index, int limit, out int number, out int end)
    {
        number = 0;
        end = index;
        while (end < limit && TextChars.IsDigit(text[end]))
        {
            if (end - index >= MaxDigitMarkerLength)
            {
                return false;
            }

            number = (number * 10) + TextChars.DigitValue(text[end]);
            end++;
        }

        return end > index && number > 0;
    }
}
