using System;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>One number printed in text: a run of Arabic digits (with separators and decimals) or of Chinese numerals.</summary>
/// <remarks>
/// <see cref="Read(string, int)"/> always consumes the whole run, however long, so a scanner that continues at
/// <see cref="End"/> stays linear. Runs too long to be a number (more than 18 significant digits, more than
/// <see cref="ChineseNumerals.MaxLength"/> Chinese numerals) are read as invalid.
/// </remarks>
internal readonly struct NumberToken
{
    private const int MaxDigits = 18;

    private NumberToken(int start, int end, bool isValid, bool isChinese, decimal value, int integerDigits, int decimals, bool isDigitSequence, ScaleWord trailingScale, decimal valueBeforeScale)
    {
        Start = start;
        End = end;
        IsValid = isValid;
        IsChinese = isChinese;
        Value = value;
        IntegerDigits = integerDigits;
        Decimals = decimals;
        IsDigitSequence = isDigitSequence;
        TrailingScale = trailingScale;
        ValueBeforeScale = valueBeforeScale;
    }

    public int Start { get; }

    public int End { get; }

    public bool IsValid { get; }

    public bool IsChinese { get; }

    /// <summary>Gets the value of the whole run (两千三百万 is 23000000).</summary>
    public decimal Value { get; }

    public int IntegerDigits { get; }

    public int Decimals { get; }

    /// <summary>Gets a value indicating whether the run is read digit by digit: Arabic digits, or Chinese digits with no unit (二〇二〇).</summary>
    public bool IsDigitSequence { get; }

    /// <summary>Gets the scale word that ends a Chinese run (两千三百万 ends with 万), or none.</summary>
    public ScaleWord TrailingScale { get; }

    /// <summary>Gets the value before the trailing scale word (2300 for 两千三百万); the value itself when there is none.</summary>
    public decimal ValueBeforeScale { get; }

    /// <summary>Reads the number that starts at <paramref name="start"/>, which must be a digit or a Chinese numeral.</summary>
    public static NumberToken Read(string text, int start) =>
        TextChars.IsDigit(text[start]) ? ReadArabic(text, start) : ReadChinese(text, start);

    private static NumberToken ReadArabic(string text, int start)
    {
        var i = start;
        long mantissa = 0;
        var digits = 0;
        var integerDigits = 0;
        var valid = true;

        void Take(char c)
        {
            if (digits < MaxDigits)
            {
                mantissa = (mantissa * 10) + TextChars.DigitValue(c);
            }
            else
            {
                valid = false;
            }

            digits++;
        }

        while (i < text.Length && TextChars.IsDigit(text[i]))
        {
            Take(text[i]);
            integerDigits++;
            i++;
        }

        // Thousands separators: 1,234 and 12,345,678; a first group of 1-3 digits, then groups of exactly three.
        if (integerDigits <= 3)
        {
            while (i + 3 < text.Length + 0 && text[i] == ',' && IsThreeDigitGroup(text, i + 1))
            {
                for (var k = 1; k <= 3; k++)
                {
                    Take(text[i + k]);
                }

                integerDigits += 3;
                i += 4;
            }
        }

        var decimals = 0;
        if (i + 1 < text.Length && text[i] is '.' or '．' && TextChars.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && TextChars.IsDigit(text[i]))
            {
                Take(text[i]);
                decimals++;
                i++;
            }

            // 2021.01.05 or 1.2.3 is a date or a version, not a number.
            while (i + 1 < text.Length && text[i] is '.' or '．' && TextChars.IsDigit(text[i + 1]))
            {
                valid = false;
                i++;
                while (i < text.Length && TextChars.IsDigit(text[i]))
                {
                    i++;
                }
            }
        }

        if (decimals > 10)
        {
            valid = false;
        }

        var value = valid ? ToDecimal(mantissa, decimals) : 0m;
        return new NumberToken(start, i, valid, false, value, integerDigits, decimals, true, ScaleWord.None, value);
    }

    private static bool IsThreeDigitGroup(string text, int index) =>
        index + 3 <= text.Length
        && TextChars.IsAsciiDigit(text[index])
        && TextChars.IsAsciiDigit(text[index + 1])
        && TextChars.IsAsciiDigit(text[index + 2])
        && (index + 3 == text.Length || !TextChars.IsDigit(text[index + 3]));

    private static decimal ToDecimal(long mantissa, int decimals)
    {
        var lo = unchecked((int)(uint)mantissa);
        var mid = unchecked((int)(uint)(mantissa >> 32));
        return new decimal(lo, mid, 0, false, (byte)decimals);
    }

    private static NumberToken ReadChinese(string text, int start)
    {
        var i = start;
        var point = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (ChineseNumerals.IsNumeralChar(c))
            {
                i++;
            }
            else if (c == '点' && point < 0 && i > start && i + 1 < text.Length && ChineseNumerals.DigitOf(text[i + 1]) >= 0)
            {
                point = i;
                i++;
            }
            else
            {
                break;
            }
        }

        var run = text.AsSpan(start, i - start);
        if (run.Length > ChineseNumerals.MaxLength)
        {
            return new NumberToken(start, i, false, true, 0m, 0, 0, false, ScaleWord.None, 0m);
        }

        var decimals = point < 0 ? 0 : i - point - 1;
        var isDigitSequence = true;
        foreach (var c in point < 0 ? run : run[..(point - start)])
        {
            if (ChineseNumerals.DigitOf(c) < 0)
            {
                isDigitSequence = false;
            }
        }

        var integerDigits = isDigitSequence ? (point < 0 ? run.Length : point - start) : 0;
        var last = run[^1];
        // The run as a whole must be a number: 二千九亿 is not, though 二千九 is (colloquially 2900).
        if (point < 0 && ChineseNumerals.IsScale(last) && run.Length > 1 && ChineseNumerals.TryParse(run, out var whole) && ChineseNumerals.TryParse(run[..^1], out var beforeScale))
        {
            var scale = last == '万' ? ScaleWord.TenThousand : ScaleWord.HundredMillion;
            return new NumberToken(start, i, true, true, whole, integerDigits, 0, false, scale, beforeScale);
        }

        if (ChineseNumerals.TryParse(run, out var value))
        {
            return new NumberToken(start, i, true, true, value, integerDigits, decimals, isDigitSequence, ScaleWord.None, value);
        }

        // 百分之百: the run is a lone 百, which the grammar rejects, but means one hundred.
        if (run.Length == 1 && last == '百')
        {
            return new NumberToken(start, i, true, true, 100m, 0, 0, false, ScaleWord.None, 100m);
        }

        return new NumberToken(start, i, false, true, 0m, 0, 0, false, ScaleWord.None, 0m);
    }
}
