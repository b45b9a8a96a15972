using System;

namespace RuleOfLaw.Domain.Text;

/// <summary>Reads numbers written in Chinese numerals: 十五, 一百二十, 两千三百万, 二〇二〇 (read digit by digit), 十八点二.</summary>
/// <remarks>
/// Grammar: digits 〇零○一二两三四五六七八九, units 十 百 千 inside a section, sections joined by 万 and 亿 (each at most
/// once, 亿 before 万), 零 between units, and an optional fraction after 点 read digit by digit. A run with no unit and
/// at least two digits is read digit by digit, as years are (二〇二〇 = 2020). The colloquial 二百五 (250) and 一万五
/// (15000) are accepted: a trailing digit after 百 or above counts in the next lower place. Anything else, such as
/// 十三五 or 百 alone, is not a number. Input is bounded by <see cref="MaxLength"/>, so values never overflow.
/// A run whose value would be a guess is not a number either, so a value is always what its span spells: a zero
/// before anything it separates (〇三万), a digit left after 百 or 千 when a scale closes the section (二千九亿: 2900亿
/// or 2009亿?), and a colloquial trailing digit with a fraction (三万九点三: 39000.3 or 3.93万?).
/// </remarks>
internal static class ChineseNumerals
{
    /// <summary>The longest run of numeral characters read as one number.</summary>
    public const int MaxLength = 24;

    /// <summary>The digit value of a Chinese numeral digit, or -1.</summary>
    public static int DigitOf(char c) => c switch
    {
        '〇' or '零' or '○' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The value of a unit inside a section (十 百 千), or 0.</summary>
    public static int SmallUnitOf(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    public static bool IsScale(char c) => c is '万' or '亿';

    /// <summary>Whether the character can be part of a Chinese numeral (点 excluded: it only counts between digits).</summary>
    public static bool IsNumeralChar(char c) => DigitOf(c) >= 0 || SmallUnitOf(c) > 0 || IsScale(c);

    /// <summary>Parses a whole run of numeral characters.</summary>
    /// <param name="text">The run, such as <c>一百二十</c> or <c>十八点二</c>.</param>
    /// <param name="value">The value, with the fraction's digits as its scale.</param>
    /// <returns><see langword="true"/> when the run is a well-formed number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        var point = text.IndexOf('点');
        var integerPart = point < 0 ? text : text[..point];
        if (!TryParseInteger(integerPart, out var integer, out var colloquial) || (colloquial && point >= 0))
        {
            // 三万九点三: the fraction's place is ambiguous once a colloquial digit has dropped its unit.
            return false;
        }

        if (point < 0)
        {
            value = integer;
            return true;
        }

        var fraction = text[(point + 1)..];
        if (fraction.IsEmpty)
        {
            return false;
        }

        decimal result = integer;
        decimal place = 1m;
        foreach (var c in fraction)
        {
            var digit = DigitOf(c);
            if (digit < 0 || c == '两')
            {
                return false;
            }

            place /= 10m;
            result += digit * place;
        }

        // Adding digit × 0.1ⁿ keeps the printed number of decimals as the scale: 十八点二〇 is 18.20.
        value = result;
        return true;
    }

    private static bool TryParseInteger(ReadOnlySpan<char> text, out long value, out bool colloquial)
    {
        value = 0;
        colloquial = false;
        if (text.IsEmpty)
        {
            return false;
        }

        var hasUnit = false;
        foreach (var c in text)
        {
            if (SmallUnitOf(c) > 0 || IsScale(c))
            {
                hasUnit = true;
            }
            else if (DigitOf(c) < 0)
            {
                return false;
            }
        }

        return hasUnit ? TryParsePositional(text, out value, out colloquial) : TryParseDigits(text, out value);
    }

    private static bool TryParseDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.Length > 18)
        {
            return false;
        }

        foreach (var c in text)
        {
            // 两 is a counting word, never a digit in a digit-by-digit number (二〇二〇, not 两〇两〇).
            if (c == '两' && text.Length > 1)
            {
                return false;
            }

            value = (value * 10) + DigitOf(c);
        }

        return true;
    }

    private static bool TryParsePositional(ReadOnlySpan<char> text, out long value, out bool colloquial)
    {
        value = 0;
        colloquial = false;
        long total = 0;
        long section = 0;
        var pendingDigit = -1;
        var lastUnit = int.MaxValue;
        var afterZero = false;
        var seenHundredMillion = false;
        var seenTenThousand = false;
        var lastScale = 0L;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var digit = DigitOf(c);
            if (digit == 0)
            {
                // A zero separates places, so it follows a unit or scale: 〇三万 (a zero before anything) is no number.
                if (pendingDigit >= 0 || afterZero || i == 0)
                {
                    return false;
                }

                afterZero = true;
                continue;
            }

            if (digit > 0)
            {
                if (pendingDigit >= 0)
                {
                    return false;
                }

                pendingDigit = digit;
                continue;
            }

            var unit = SmallUnitOf(c);
            if (unit > 0)
            {
                if (unit >= lastUnit)
                {
                    return false;
                }

                if (pendingDigit < 0)
                {
                    // Only 十 may stand without a digit, and only at the start of a section: 十五, 二十万.
                    if (unit != 10 || section != 0 || afterZero)
                    {
                        return false;
                    }

                    pendingDigit = 1;
                }

                section += pendingDigit * (long)unit;
                lastUnit = unit;
                pendingDigit = -1;
                afterZero = false;
                continue;
            }

            // 万 or 亿 closes a section. A digit left after 百 or 千 has no place (二千九亿 is 2900亿 to one reader and
            // 2009亿 to another); after 十 it is the ones (二十五万), after 零 too (二千零九亿).
            if (pendingDigit >= 0 && lastUnit is >= 100 and not int.MaxValue && !afterZero)
            {
                return false;
            }

            var sectionValue = section + Math.Max(pendingDigit, 0);
            if (sectionValue == 0 && total == 0)
            {
                return false;
            }

            if (c == '亿')
            {
                if (seenHundredMillion || seenTenThousand)
                {
                    return false;
                }

                seenHundredMillion = true;
                total = (total + sectionValue) * 100_000_000L;
                lastScale = 100_000_000L;
            }
            else
            {
                if (seenTenThousand || sectionValue == 0)
                {
                    return false;
                }

                seenTenThousand = true;
                total += sectionValue * 10_000L;
                lastScale = 10_000L;
            }

            section = 0;
            pendingDigit = -1;
            lastUnit = int.MaxValue;
            afterZero = false;
        }

        if (pendingDigit >= 0)
        {
            if (afterZero || (lastUnit == int.MaxValue && lastScale == 0))
            {
                section += pendingDigit;
            }
            else if (lastUnit != int.MaxValue)
            {
                // 二百五 = 250; 十五 = 15 (the place below 十 is the ones).
                section += pendingDigit * (long)Math.Max(lastUnit / 10, 1);
                colloquial = lastUnit >= 100;
            }
            else
            {
                // 一万五 = 15000: the digit counts in the place below the last scale's thousands.
                section += pendingDigit * (lastScale / 10);
                colloquial = true;
            }
        }
        else if (afterZero)
        {
            return false;
        }

        value = total + section;
        return true;
    }
}
