using System;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>
/// One number printed in text: Arabic digits (with separators and decimals), Chinese numerals (common or 大写), or Arabic
/// digits with Chinese places and scales (<c>1.8万亿</c>, <c>3千万</c>, <c>100余万</c>), valued by the one numeral grammar
/// (<see cref="NumeralGrammar"/>).
/// </summary>
/// <remarks>
/// <see cref="Read(string, int)"/> only finds where the run ends; the grammar says what it is worth. The run always
/// consumes what it covers, however long, so a scanner that continues at <see cref="End"/> stays linear. Runs too long
/// to be a number (more than 18 significant digits, more than <see cref="NumeralGrammar.MaxLength"/> characters) are
/// read as invalid. When Arabic digits run on into places that do not make a number with them (<c>1万千瓦</c>), the
/// token ends after the last scale that does, or after the digits.
/// </remarks>
internal readonly struct NumberToken
{
    private const NumeralFeatures ArabicFeatures = NumeralFeatures.Arabic | NumeralFeatures.Qualifier;
    private const NumeralFeatures ChineseFeatures = NumeralFeatures.Qualifier | NumeralFeatures.Financial;

    private NumberToken(int start, int end, bool isValid, bool isChinese, decimal value, int integerDigits, int decimals, bool isDigitSequence, ScaleWord trailingScale, decimal valueBeforeScale, bool moreThan)
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
        MoreThan = moreThan;
    }

    public int Start { get; }

    public int End { get; }

    public bool IsValid { get; }

    /// <summary>Gets a value indicating whether the run starts with a Chinese numeral rather than an Arabic digit.</summary>
    public bool IsChinese { get; }

    /// <summary>Gets the value of the whole run (两千三百万 is 23000000).</summary>
    public decimal Value { get; }

    /// <summary>Gets the integer digits of a number read digit by digit (2020, 二〇二〇); 0 otherwise.</summary>
    public int IntegerDigits { get; }

    /// <summary>Gets the decimals of <see cref="ValueBeforeScale"/> as printed: 2 for 1616.85万, 0 for 1.8万亿 (18000亿).</summary>
    public int Decimals { get; }

    /// <summary>Gets a value indicating whether the run is read digit by digit: Arabic digits, or Chinese digits with no unit (二〇二〇).</summary>
    public bool IsDigitSequence { get; }

    /// <summary>Gets the scale word that ends the run (两千三百万 and 3.5万 end with 万, 1.8万亿 with 亿), or none.</summary>
    public ScaleWord TrailingScale { get; }

    /// <summary>Gets the value before the trailing scale word (2300 for 两千三百万, 35000 for 三亿五千万); the value itself when there is none.</summary>
    public decimal ValueBeforeScale { get; }

    /// <summary>Gets a value indicating whether 余 or 多 inside the run says "more than" (四百余万, 100多万).</summary>
    public bool MoreThan { get; }

    /// <summary>Whether a number can start with the character: an Arabic digit or a Chinese numeral, common or 大写.</summary>
    public static bool CanStart(char c) => TextChars.IsDigit(c) || NumeralGrammar.IsNumeralChar(c, NumeralFeatures.Financial);

    /// <summary>Reads the number that starts at <paramref name="start"/>, which must be a character <see cref="CanStart"/> accepts.</summary>
    public static NumberToken Read(string text, int start) =>
        TextChars.IsDigit(text[start]) ? ReadArabic(text, start) : ReadChinese(text, start);

    private static NumberToken ReadArabic(string text, int start)
    {
        var i = start;
        var digits = 0;
        var integerDigits = 0;
        while (i < text.Length && TextChars.IsDigit(text[i]))
        {
            digits++;
            integerDigits++;
            i++;
        }

        // Thousands separators: 1,234 and 12,345,678; a first group of 1-3 digits, then groups of exactly three.
        if (integerDigits <= 3)
        {
            while (i < text.Length && text[i] == ',' && IsThreeDigitGroup(text, i + 1))
            {
                digits += 3;
                i += 4;
            }
        }

        var decimals = 0;
        var valid = true;
        if (i + 1 < text.Length && text[i] is '.' or '．' && TextChars.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && TextChars.IsDigit(text[i]))
            {
                digits++;
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

        if (!valid || digits > 18 || decimals > 10)
        {
            return Invalid(start, i, isChinese: false);
        }

        // The places and scales after the digits: 3千万, 1.8万亿, 100余万, 3亿5千万.
        var end = MixedTailEnd(text, i);
        if (end == i && digits == integerDigits + decimals)
        {
            // Plain digits, with or without decimals, are most numbers of a report: valued in one pass, as the grammar
            // values them (the printed decimals kept as the scale, 3.50 is 3.50).
            return Valued(text, start, i, isChinese: false, PlainValue(text, start, i, decimals), integerDigits, decimals, isDigitSequence: true, moreThan: false);
        }
        while (true)
        {
            var run = text.AsSpan(start, end - start);
            if (NumeralGrammar.TryParse(run, ArabicFeatures, out var value, out var moreThan, out _))
            {
                var isDigitSequence = end == i;
                return Valued(text, start, end, isChinese: false, value, isDigitSequence ? integerDigits : 0, decimals, isDigitSequence, moreThan);
            }

            if (end == i)
            {
                return Invalid(start, end, isChinese: false);
            }

            end = LastScaleEnd(text, i, end);
        }
    }

    /// <summary>The value of at most 18 digits with a decimal point or none: the digits as one integer, scaled by the decimals printed.</summary>
    private static decimal PlainValue(string text, int start, int end, int decimals)
    {
        var mantissa = 0L;
        for (var k = start; k < end; k++)
        {
            if (TextChars.IsDigit(text[k]))
            {
                mantissa = (mantissa * 10) + TextChars.DigitValue(text[k]);
            }
        }

        return new decimal(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, false, (byte)decimals);
    }

    /// <summary>Where the places and scales that follow Arabic digits end: units and scales, a digit before one, 余 or 多 before a scale.</summary>
    private static int MixedTailEnd(string text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < NumeralGrammar.MaxLength)
        {
            var c = text[j];
            var next = j + 1 < text.Length ? text[j + 1] : '\0';
            if (IsPlace(c))
            {
                j++;
            }
            else if (c is '余' or '餘' or '多' && NumeralGrammar.ScaleOf(next, NumeralFeatures.None) > 0)
            {
                j++;
            }
            else if (j > i && IsPlace(text[j - 1]) && (TextChars.IsDigit(c) || (NumeralGrammar.DigitOf(c, NumeralFeatures.None) > 0 && IsPlace(next))))
            {
                // 3亿5千万, 1万5千: a digit of the next place, Arabic or Chinese, only with its place after it.
                var k = j;
                while (k < text.Length && TextChars.IsDigit(text[k]))
                {
                    k++;
                }

                k = k == j ? j + 1 : k;
                if (k >= text.Length || !IsPlace(text[k]))
                {
                    break;
                }

                j = k;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool IsPlace(char c) => NumeralGrammar.SmallUnitOf(c, NumeralFeatures.None) > 0 || NumeralGrammar.ScaleOf(c, NumeralFeatures.None) > 0;

    /// <summary>The end of the run cut back to just after its last scale word before <paramref name="end"/>, or to the digits.</summary>
    private static int LastScaleEnd(string text, int digitsEnd, int end)
    {
        for (var j = end - 2; j >= digitsEnd; j--)
        {
            if (NumeralGrammar.ScaleOf(text[j], NumeralFeatures.None) > 0)
            {
                return j + 1;
            }
        }

        return digitsEnd;
    }

    private static bool IsThreeDigitGroup(string text, int index) =>
        index + 3 <= text.Length
        && TextChars.IsAsciiDigit(text[index])
        && TextChars.IsAsciiDigit(text[index + 1])
        && TextChars.IsAsciiDigit(text[index + 2])
        && (index + 3 == text.Length || !TextChars.IsDigit(text[index + 3]));

    private static NumberToken ReadChinese(string text, int start)
    {
        var i = start;
        var point = -1;
        var financial = false;
        var commonEnd = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (NumeralGrammar.IsNumeralChar(c, NumeralFeatures.None))
            {
                i++;
            }
            else if (NumeralGrammar.IsNumeralChar(c, NumeralFeatures.Financial))
            {
                commonEnd = financial ? commonEnd : i;
                financial = true;
                i++;
            }
            else if (c is '点' or '點' && point < 0 && i > start && i + 1 < text.Length && NumeralGrammar.DigitOf(text[i + 1], NumeralFeatures.Financial) >= 0)
            {
                point = i;
                i++;
            }
            else if (c is '余' or '餘' or '多' && i > start && i + 1 < text.Length && NumeralGrammar.ScaleOf(text[i + 1], NumeralFeatures.Financial) > 0)
            {
                // 四百余万, 三千多万: the qualifier stands inside the numeral, before its scale.
                i++;
            }
            else
            {
                break;
            }
        }

        var token = ReadChineseRun(text, start, i, point);
        if (!financial)
        {
            return token;
        }

        // 大写 stands in amounts (壹佰贰拾万元), where a unit or scale goes with it; a lone 伍 or 陆 is part of a word
        // (队伍, 陆续). A common numeral glued to such a word keeps the reading it has alone.
        if (token.IsValid && HasFinancialPlace(text, start, i))
        {
            return token;
        }

        return commonEnd > start ? ReadChineseRun(text, start, commonEnd, point < commonEnd ? point : -1) : Invalid(start, commonEnd < 0 ? i : Math.Max(commonEnd, start + 1), isChinese: true);
    }

    private static bool HasFinancialPlace(string text, int start, int end)
    {
        if (end - start < 2)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (NumeralGrammar.SmallUnitOf(text[k], NumeralFeatures.Financial) > 0 || NumeralGrammar.ScaleOf(text[k], NumeralFeatures.Financial) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static NumberToken ReadChineseRun(string text, int start, int end, int point)
    {
        var run = text.AsSpan(start, end - start);
        if (run.Length > NumeralGrammar.MaxLength)
        {
            return Invalid(start, end, isChinese: true);
        }

        var decimals = point < 0 ? 0 : DecimalsAfter(run, point - start);
        var isDigitSequence = true;
        foreach (var c in point < 0 ? run : run[..(point - start)])
        {
            if (NumeralGrammar.DigitOf(c, NumeralFeatures.Financial) < 0)
            {
                isDigitSequence = false;
            }
        }

        var integerDigits = isDigitSequence ? (point < 0 ? run.Length : point - start) : 0;
        if (NumeralGrammar.TryParse(run, ChineseFeatures, out var value, out var moreThan, out _))
        {
            return Valued(text, start, end, isChinese: true, value, integerDigits, decimals, isDigitSequence, moreThan);
        }

        // 百分之百: the run is a lone 百, which the grammar rejects, but means one hundred there (and only there: 百家, 百日
        // are words).
        if (run.Length == 1 && run[0] == '百' && TextChars.EndsAt(text, start, "百分之"))
        {
            return new NumberToken(start, end, true, true, 100m, 0, 0, false, ScaleWord.None, 100m, false);
        }

        return Invalid(start, end, isChinese: true);
    }

    private static int DecimalsAfter(ReadOnlySpan<char> run, int point)
    {
        var count = 0;
        for (var k = point + 1; k < run.Length && NumeralGrammar.DigitOf(run[k], NumeralFeatures.Financial) >= 0; k++)
        {
            count++;
        }

        return count;
    }

    private static NumberToken Invalid(int start, int end, bool isChinese) =>
        new(start, end, false, isChinese, 0m, 0, 0, false, ScaleWord.None, 0m, false);

    /// <summary>A valued run; a trailing scale word is split off, and with it the decimals it absorbed (1.8万亿 is 18000亿).</summary>
    private static NumberToken Valued(string text, int start, int end, bool isChinese, decimal value, int integerDigits, int decimals, bool isDigitSequence, bool moreThan)
    {
        var multiplier = NumeralGrammar.ScaleOf(text[end - 1], NumeralFeatures.Financial);
        if (multiplier == 0 || end - start < 2)
        {
            return new NumberToken(start, end, true, isChinese, value, integerDigits, decimals, isDigitSequence, ScaleWord.None, value, moreThan);
        }

        if (multiplier == 100_000_000L && NumeralGrammar.ScaleOf(text[end - 2], NumeralFeatures.Financial) == 10_000L)
        {
            // 1.8万亿: the decimals were multiplied by 万 before 亿.
            decimals = Math.Max(0, decimals - 4);
        }

        // The value before the scale has exactly the printed decimals: 3.50万 is 3.50 (the division may drop the zero).
        var before = decimal.Round(value / multiplier, decimals) + new decimal(0, 0, 0, false, (byte)decimals);
        var scale = multiplier == 10_000L ? ScaleWord.TenThousand : ScaleWord.HundredMillion;
        return new NumberToken(start, end, true, isChinese, value, integerDigits, decimals, isDigitSequence, scale, before, moreThan);
    }
}
