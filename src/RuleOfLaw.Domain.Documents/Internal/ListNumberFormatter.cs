using System;
using System.Globalization;
using System.Text;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>Renders a list counter the way Word does for a <c>w:numFmt</c> value (ECMA-376 Part 1, §17.18.59 ST_NumberFormat).</summary>
internal static class ListNumberFormatter
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>Formats <paramref name="value"/>; returns <see langword="null"/> for a format this renderer does not know.</summary>
    public static string? Format(int value, string format) => format switch
    {
        "decimal" => value.ToString(CultureInfo.InvariantCulture),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "decimalFullWidth" or "decimalFullWidth2" => FullWidth(value),
        "decimalHalfWidth" => value.ToString(CultureInfo.InvariantCulture),
        "chineseCounting" or "taiwaneseCounting" or "japaneseCounting" => value < 100 ? Counting(value, ChineseDigits, '十', '百', '千', '〇') : Digits(value, ChineseDigits),
        "chineseCountingThousand" or "taiwaneseCountingThousand" or "japaneseCountingThousand" => Counting(value, ChineseDigits, '十', '百', '千', '〇'),
        "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand" => Digits(value, ChineseDigits),
        "chineseLegalSimplified" or "ideographLegalTraditional" => Counting(value, LegalDigits, '拾', '佰', '仟', '零'),
        "ideographTraditional" => Cycle(value, HeavenlyStems),
        "ideographZodiac" => Cycle(value, EarthlyBranches),
        "ideographZodiacTraditional" => Cycle(value, HeavenlyStems) + Cycle(value, EarthlyBranches),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" or "ideographEnclosedCircle" => value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('⑴' + value - 1)).ToString() : "(" + value.ToString(CultureInfo.InvariantCulture) + ")",
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('⒈' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture) + ".",
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "none" => string.Empty,
        _ => null,
    };

    /// <summary>A number in Chinese counting words: 十, 十一, 二十一, 一百零五, 一千〇一 (with <paramref name="zero"/> for skipped places).</summary>
    private static string Counting(int value, string digits, char ten, char hundred, char thousand, char zero)
    {
        if (value <= 0 || value >= 10_000)
        {
            return Digits(value, digits);
        }

        var builder = new StringBuilder(8);
        var units = new[] { (1000, thousand), (100, hundred), (10, ten) };
        var remainder = value;
        var pendingZero = false;
        foreach (var (size, unit) in units)
        {
            var digit = remainder / size;
            remainder %= size;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append(zero);
                pendingZero = false;
            }

            // 十一, not 一十一, when the number starts with its tens.
            if (!(size == 10 && digit == 1 && builder.Length == 0 && digits[1] == '一'))
            {
                builder.Append(digits[digit]);
            }

            builder.Append(unit);
        }

        if (remainder > 0)
        {
            if (pendingZero)
            {
                builder.Append(zero);
            }

            builder.Append(digits[remainder]);
        }

        return builder.ToString();
    }

    private static string Digits(int value, string digits)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '-' ? '-' : digits[c - '0']);
        }

        return builder.ToString();
    }

    private static string FullWidth(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '-' ? '－' : (char)('０' + (c - '0')));
        }

        return builder.ToString();
    }

    private static string Cycle(int value, string cycle) => value <= 0 ? value.ToString(CultureInfo.InvariantCulture) : cycle[(value - 1) % cycle.Length].ToString();

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> sizes = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < sizes.Length; i++)
        {
            while (value >= sizes[i])
            {
                builder.Append(symbols[i]);
                value -= sizes[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>Word's letter numbering: A … Z, then AA … ZZ, AAA … (the letter repeated, not base 26).</summary>
    private static string Letters(int value, char first) =>
        value <= 0 ? value.ToString(CultureInfo.InvariantCulture) : new string((char)(first + ((value - 1) % 26)), ((value - 1) / 26) + 1);
}
