using System;
using NodaTime;

namespace RuleOfLaw.Domain.Text;

/// <summary>Reads the dates and times printed in report headers and signatures, never throwing.</summary>
/// <remarks>
/// Dates: <c>2021-01-05</c>, <c>2021/1/5</c>, <c>2021.01.05</c>, <c>2021年1月5日</c> and <c>二〇二一年一月五日</c>
/// (full-width digits too); years 1900–2100, days checked against the ISO calendar. A time <c>14:11</c> or
/// <c>14:11:08</c> may follow after blanks.
/// </remarks>
internal static class DateReader
{
    /// <summary>Reads a date at <paramref name="index"/>, before <paramref name="limit"/>.</summary>
    public static bool TryReadDate(string text, int index, int limit, out LocalDate date, out int end)
    {
        date = default;
        end = index;
        limit = Math.Min(limit, text.Length);
        if (!TryReadPart(text, index, limit, 4, out var year, out var p) || year is < 1900 or > 2100 || p >= limit)
        {
            return false;
        }

        var chineseStyle = text[p] == '年';
        if (!chineseStyle && text[p] is not ('-' or '/' or '.' or '．' or '－'))
        {
            return false;
        }

        var separator = text[p];
        if (!TryReadPart(text, p + 1, limit, 2, out var month, out p) || month is < 1 or > 12 || p >= limit)
        {
            return false;
        }

        if (chineseStyle ? text[p] != '月' : text[p] != separator)
        {
            return false;
        }

        if (!TryReadPart(text, p + 1, limit, 2, out var day, out p) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        if (chineseStyle)
        {
            if (p >= limit || text[p] is not ('日' or '号'))
            {
                return false;
            }

            p++;
        }
        else if (p < limit && TextChars.IsDigit(text[p]))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        end = p;
        return true;
    }

    /// <summary>Reads a date and an optional time after it; a missing time is midnight and <paramref name="hasTime"/> is false.</summary>
    public static bool TryReadDateTime(string text, int index, int limit, out LocalDateTime dateTime, out bool hasTime, out int end)
    {
        dateTime = default;
        hasTime = false;
        if (!TryReadDate(text, index, limit, out var date, out end))
        {
            return false;
        }

        limit = Math.Min(limit, text.Length);
        var p = end;
        while (p < limit && TextChars.IsBlank(text[p]))
        {
            p++;
        }

        if (TryReadTime(text, p, limit, out var time, out var timeEnd))
        {
            dateTime = date + time;
            hasTime = true;
            end = timeEnd;
            return true;
        }

        dateTime = date.AtMidnight();
        return true;
    }

    private static bool TryReadTime(string text, int index, int limit, out LocalTime time, out int end)
    {
        time = default;
        end = index;
        if (!TryReadArabic(text, index, limit, 2, out var hour, out var p) || hour > 23 || p >= limit || text[p] is not (':' or '：'))
        {
            return false;
        }

        if (!TryReadArabic(text, p + 1, limit, 2, out var minute, out p) || minute > 59 || p - index < 4)
        {
            return false;
        }

        var second = 0;
        if (p + 1 < limit && text[p] is ':' or '：' && TryReadArabic(text, p + 1, limit, 2, out var s, out var q) && s <= 59)
        {
            second = s;
            p = q;
        }

        time = new LocalTime(hour, minute, second);
        end = p;
        return true;
    }

    private static bool TryReadPart(string text, int index, int limit, int maxDigits, out int value, out int end) =>
        TryReadArabic(text, index, limit, maxDigits, out value, out end) || TryReadChinese(text, index, limit, maxDigits, out value, out end);

    private static bool TryReadArabic(string text, int index, int limit, int maxDigits, out int value, out int end)
    {
        value = 0;
        end = index;
        while (end < limit && TextChars.IsDigit(text[end]))
        {
            if (end - index >= maxDigits)
            {
                return false;
            }

            value = (value * 10) + TextChars.DigitValue(text[end]);
            end++;
        }

        return end > index;
    }

    private static bool TryReadChinese(string text, int index, int limit, int maxDigits, out int value, out int end)
    {
        value = 0;
        end = index;
        var maxLength = maxDigits == 4 ? 4 : 3;
        while (end < limit && end - index < maxLength && (NumeralGrammar.DigitOf(text[end], NumeralFeatures.None) >= 0 || text[end] == '十'))
        {
            end++;
        }

        if (end == index || !NumeralGrammar.TryParse(text.AsSpan(index, end - index), NumeralFeatures.None, out var parsed) || parsed > 9999)
        {
            return false;
        }

        value = (int)parsed;
        return true;
    }
}
