using System;

namespace RuleOfLaw.Domain.Text;

/// <summary>What a numeral run may hold beyond the common Chinese numerals.</summary>
[Flags]
internal enum NumeralFeatures
{
    /// <summary>Common Chinese numerals only: 〇零一二两…九, 十百千, 万亿, 廿卅卌 and 点, in either script (兩, 萬, 億, 點 are the traditional 两, 万, 亿, 点).</summary>
    None = 0,

    /// <summary>Arabic numbers as digits of a section: <c>1.8万亿</c>, <c>3亿5千万</c>.</summary>
    Arabic = 1,

    /// <summary>The financial forms (大写) 壹贰叁肆伍陆柒捌玖拾佰仟 and their traditional 貳參陸.</summary>
    Financial = 2,

    /// <summary>余 or 多 after a place inside the numeral: <c>四百余万</c>, <c>三千多万</c>, <c>100余</c>.</summary>
    Qualifier = 4,

    /// <summary>Everything.</summary>
    All = Arabic | Financial | Qualifier,
}

/// <summary>
/// The one grammar of numbers written with Chinese numerals, alone or mixed with Arabic digits, exact in <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// <para>
/// A section is digits and the units 十 百 千 (each unit smaller than the one before, 零 between places, 十 alone at a
/// section's start: 十五, 二十万, 一亿零十); 廿 卅 卌 stand for 二十 三十 四十. Sections are closed by the scales 万 and 亿.
/// A scale multiplies every group before it that is smaller than itself, so 一万亿 is 10¹², 一万八千亿 is 1.8 × 10¹²
/// and 三亿五千万 is 3 × 10⁸ + 5000 × 10⁴; a scale that is not larger than the group before it starts a new group,
/// which must be smaller than that group (一万万 and 一亿二亿 are no numbers). A run with no unit and at least two
/// digits is read digit by digit, as years are (二〇二〇 = 2020). A fraction after 点 (or an Arabic decimal point) is read
/// digit by digit and may be followed by scales only (一点八万亿, 1.8万亿).
/// </para>
/// <para>
/// The colloquial 二百五 (250) and 一万五 (15000) are accepted: a trailing digit after 百 or above counts in the next
/// lower place. A run whose value would be a guess is not a number: a zero before anything it separates (〇三万), a
/// digit left after 百 or 千 when a scale closes the section (二千九亿: 2900亿 or 2009亿?), and a colloquial trailing
/// digit with a fraction (三万九点三).
/// </para>
/// </remarks>
internal static class NumeralGrammar
{
    /// <summary>The longest run read as one number; longer runs are not numbers, so values never overflow.</summary>
    public const int MaxLength = 40;

    private const int MaxArabicDigits = 18;

    /// <summary>The digit value of a numeral digit, or -1.</summary>
    public static int DigitOf(char c, NumeralFeatures features)
    {
        var digit = c switch
        {
            '〇' or '零' or '○' => 0,
            '一' => 1,
            '二' or '两' or '兩' => 2,
            '三' => 3,
            '四' => 4,
            '五' => 5,
            '六' => 6,
            '七' => 7,
            '八' => 8,
            '九' => 9,
            _ => -1,
        };
        if (digit >= 0 || (features & NumeralFeatures.Financial) == 0)
        {
            return digit;
        }

        return c switch
        {
            '壹' => 1,
            '贰' or '貳' => 2,
            '叁' or '參' or '叄' => 3,
            '肆' => 4,
            '伍' => 5,
            '陆' or '陸' => 6,
            '柒' => 7,
            '捌' => 8,
            '玖' => 9,
            _ => -1,
        };
    }

    /// <summary>The value of a unit inside a section (十 百 千, and 拾 佰 仟 with the financial forms), or 0.</summary>
    public static int SmallUnitOf(char c, NumeralFeatures features) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '拾' when (features & NumeralFeatures.Financial) != 0 => 10,
        '佰' when (features & NumeralFeatures.Financial) != 0 => 100,
        '仟' when (features & NumeralFeatures.Financial) != 0 => 1000,
        _ => 0,
    };

    /// <summary>The value of a tens word that holds its digit (廿 20, 卅 30, 卌 40), or 0.</summary>
    public static int TensWordOf(char c) => c switch
    {
        '廿' => 20,
        '卅' => 30,
        '卌' => 40,
        _ => 0,
    };

    /// <summary>The value of a scale word (万 10⁴, 亿 10⁸, and 萬 億 with the financial forms), or 0.</summary>
    public static long ScaleOf(char c, NumeralFeatures features) => c switch
    {
        '万' or '萬' => 10_000L,
        '亿' or '億' => 100_000_000L,
        _ => 0L,
    };

    /// <summary>Whether the character can be part of a numeral run (点 excluded: it only counts between digits).</summary>
    public static bool IsNumeralChar(char c, NumeralFeatures features) =>
        DigitOf(c, features) >= 0 || SmallUnitOf(c, features) > 0 || ScaleOf(c, features) > 0 || TensWordOf(c) > 0;

    /// <summary>Parses a whole run as one exact number, with no qualifier.</summary>
    /// <param name="text">The run, such as <c>一百二十</c> or <c>十八点二</c>.</param>
    /// <param name="features">What the run may hold.</param>
    /// <param name="value">The value, or 0 when the run is no exact number.</param>
    /// <returns><see langword="true"/> when the run is a well-formed exact number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, NumeralFeatures features, out decimal value)
    {
        if (TryParse(text, features & ~NumeralFeatures.Qualifier, out value, out _, out _))
        {
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>Parses a whole run as one number.</summary>
    /// <param name="text">The run, such as <c>一百二十</c>, <c>十八点二</c>, <c>1.8万亿</c> or <c>四百余万</c>.</param>
    /// <param name="features">What the run may hold.</param>
    /// <param name="value">The value; the printed decimals are kept as its scale (十八点二〇 is 18.20).</param>
    /// <param name="moreThan">Whether 余 or 多 inside the run says "more than".</param>
    /// <param name="error">Where the run stops being a number and why, when it is not one.</param>
    /// <returns><see langword="true"/> when the run is a well-formed number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, NumeralFeatures features, out decimal value, out bool moreThan, out NumeralError error)
    {
        value = 0m;
        moreThan = false;
        error = default;
        if (text.IsEmpty)
        {
            error = new NumeralError(0, "there is no numeral");
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = new NumeralError(MaxLength, "a number is at most 40 characters long");
            return false;
        }

        var parser = new Parser(text, features);
        if (!parser.Run(out value, out moreThan))
        {
            error = parser.Error;
            value = 0m;
            moreThan = false;
            return false;
        }

        return true;
    }

    private ref struct Parser
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly NumeralFeatures _features;

        // Groups closed by a scale, largest first: value and magnitude (一万亿 is one group of magnitude 10¹²).
        private decimal _g0Value, _g1Value, _g2Value;
        private decimal _g0Magnitude, _g1Magnitude, _g2Magnitude;
        private int _groups;

        public Parser(ReadOnlySpan<char> text, NumeralFeatures features)
        {
            _text = text;
            _features = features;
            Error = default;
        }

        public NumeralError Error { get; private set; }

        public bool Run(out decimal value, out bool moreThan)
        {
            value = 0m;
            moreThan = false;
            var hasPlace = false;
            var chineseDigits = 0;
            var arabic = false;
            var hasTwo = false;
            for (var i = 0; i < _text.Length; i++)
            {
                var c = _text[i];
                if (SmallUnitOf(c, _features) > 0 || ScaleOf(c, _features) > 0 || TensWordOf(c) > 0)
                {
                    hasPlace = true;
                }
                else if (DigitOf(c, _features) >= 0)
                {
                    chineseDigits++;
                    hasTwo |= c is '两' or '兩';
                }
                else if (TextChars.IsDigit(c) && (_features & NumeralFeatures.Arabic) != 0)
                {
                    arabic = true;
                }
            }

            if (!hasPlace && !arabic && chineseDigits == _text.Length)
            {
                return ReadDigitSequence(hasTwo, out value);
            }

            return ReadPositional(out value, out moreThan);
        }

        private bool Fail(int at, string reason)
        {
            Error = new NumeralError(at, reason);
            return false;
        }

        private bool ReadDigitSequence(bool hasTwo, out decimal value)
        {
            value = 0m;
            if (_text.Length > 1 && hasTwo)
            {
                // 两 is a counting word, never a digit in a number read digit by digit (二〇二〇, not 两〇两〇).
                return Fail(_text.IndexOfAny('两', '兩'), "两 is no digit in a number read digit by digit");
            }

            if (_text.Length > MaxArabicDigits)
            {
                return Fail(MaxArabicDigits, "a number read digit by digit has at most 18 digits");
            }

            foreach (var c in _text)
            {
                value = (value * 10) + DigitOf(c, _features);
            }

            return true;
        }

        private bool ReadPositional(out decimal value, out bool moreThan)
        {
            value = 0m;
            moreThan = false;
            decimal section = 0m;
            decimal? pending = null;
            var pendingArabic = false;
            var pendingFraction = false;
            var lastUnit = int.MaxValue;
            var afterZero = false;
            var lastScale = 0m;
            var qualifierAt = -1;
            var sawFraction = false;
            var bareFraction = false;

            for (var i = 0; i < _text.Length; i++)
            {
                var c = _text[i];
                if (qualifierAt >= 0 && ScaleOf(c, _features) == 0)
                {
                    return Fail(i, "after 余 or 多 only 万 or 亿 may follow");
                }

                if (c is '余' or '餘' or '多' && (_features & NumeralFeatures.Qualifier) != 0)
                {
                    // 四百余万, 三千多万, 100余, 十余: "more than", after a place or an Arabic number, once.
                    var afterPlace = pending is null && (lastUnit != int.MaxValue || lastScale > 0) && !afterZero;
                    var afterArabic = pending is not null && pendingArabic && lastUnit == int.MaxValue;
                    if (moreThan || !(afterPlace || afterArabic))
                    {
                        return Fail(i, "余 or 多 must follow a place such as 百 or 万, once");
                    }

                    moreThan = true;
                    qualifierAt = i;
                    continue;
                }

                if (sawFraction && ScaleOf(c, _features) == 0)
                {
                    return Fail(i, "only 万 or 亿 may follow a fraction");
                }

                if (c is '点' or '點' or '.' or '．')
                {
                    if (sawFraction || (c is '点' or '點' && pending is not null && pendingArabic))
                    {
                        return Fail(i, "a number has one decimal point");
                    }

                    bareFraction = pending is null;
                    if (!ReadFraction(ref i, ref pending, ref pendingArabic))
                    {
                        return false;
                    }

                    sawFraction = true;
                    pendingFraction = true;
                    continue;
                }

                if (TextChars.IsDigit(c) && (_features & NumeralFeatures.Arabic) != 0)
                {
                    if (pending is not null)
                    {
                        return Fail(i, "two digits stand in one place");
                    }

                    if (!ReadArabic(ref i, out var literal))
                    {
                        return false;
                    }

                    pending = literal;
                    pendingArabic = true;
                    continue;
                }

                var digit = DigitOf(c, _features);
                if (digit == 0)
                {
                    // 零点五: a zero before the decimal point is the whole number.
                    if (i == 0 && _text.Length > 1 && _text[1] is '点' or '點')
                    {
                        pending = 0m;
                        pendingArabic = false;
                        continue;
                    }

                    // A zero separates places, so it follows a unit or scale: 〇三万 (a zero before anything) is no number.
                    if (pending is not null || afterZero || i == 0)
                    {
                        return Fail(i, "零 must stand between two places");
                    }

                    afterZero = true;
                    continue;
                }

                if (digit > 0)
                {
                    if (pending is not null)
                    {
                        return Fail(i, "two digits stand in one place");
                    }

                    pending = digit;
                    pendingArabic = false;
                    continue;
                }

                var tens = TensWordOf(c);
                if (tens > 0)
                {
                    if (pending is not null || section != 0 || lastUnit <= 10)
                    {
                        return Fail(i, "廿, 卅 and 卌 must start a section");
                    }

                    section = tens;
                    lastUnit = 10;
                    afterZero = false;
                    continue;
                }

                var unit = SmallUnitOf(c, _features);
                if (unit > 0)
                {
                    if (unit >= lastUnit)
                    {
                        return Fail(i, "the places must fall from left to right");
                    }

                    if (pending is null)
                    {
                        // Only 十 may stand without a digit, and only at the start of a section: 十五, 二十万, 一亿零十.
                        if (unit != 10 || section != 0)
                        {
                            return Fail(i, "only 十 may stand without a digit, at the start of a section");
                        }

                        pending = 1;
                    }
                    else if (pendingFraction)
                    {
                        return Fail(i, "only 万 or 亿 may follow a fraction");
                    }

                    section += pending.Value * unit;
                    lastUnit = unit;
                    pending = null;
                    pendingArabic = false;
                    afterZero = false;
                    continue;
                }

                var scale = ScaleOf(c, _features);
                if (scale > 0)
                {
                    // A digit left after 百 or 千 has no place (二千九亿 is 2900亿 to one reader and 2009亿 to another);
                    // after 十 it is the ones (二十五万), after 零 too (二千零九亿).
                    if (pending is not null && lastUnit is >= 100 and not int.MaxValue && !afterZero)
                    {
                        return Fail(i, "the digit before the scale has no place");
                    }

                    var sectionValue = section + (pending ?? 0m);
                    if (!CloseGroup(sectionValue, scale, i))
                    {
                        return false;
                    }

                    lastScale = scale;
                    section = 0m;
                    pending = null;
                    pendingArabic = false;
                    bareFraction = false;
                    lastUnit = int.MaxValue;
                    afterZero = false;
                    continue;
                }

                return Fail(i, "the character is not part of a number");
            }

            if (pending is not null)
            {
                if (afterZero || bareFraction || (lastUnit == int.MaxValue && lastScale == 0) || (lastUnit == 10 && !pendingArabic))
                {
                    // The ones: 一万零五, 三万点五, 十八点二, 十五.
                    section += pending.Value;
                }
                else if (pendingArabic)
                {
                    return Fail(_text.Length - 1, "an Arabic number after a place has no place");
                }
                else if (sawFraction)
                {
                    return Fail(_text.Length - 1, "a colloquial trailing digit cannot have a fraction");
                }
                else if (lastUnit != int.MaxValue)
                {
                    // 二百五 = 250.
                    section += pending.Value * (lastUnit / 10);
                }
                else
                {
                    // 一万五 = 15000: the digit counts in the place below the last scale's thousands.
                    section += pending.Value * (lastScale / 10);
                }
            }
            else if (afterZero)
            {
                return Fail(_text.Length - 1, "a number cannot end with 零");
            }

            value = section;
            for (var g = 0; g < _groups; g++)
            {
                value += GroupValue(g);
            }

            return true;
        }

        private bool ReadArabic(ref int i, out decimal literal)
        {
            literal = 0m;
            var digits = 0;
            while (i < _text.Length && TextChars.IsDigit(_text[i]))
            {
                if (++digits > MaxArabicDigits)
                {
                    return Fail(i, "an Arabic number has at most 18 digits");
                }

                literal = (literal * 10) + TextChars.DigitValue(_text[i]);
                i++;
            }

            // Thousands separators: 1,234 and 12,345,678; a first group of 1-3 digits, then groups of exactly three.
            if (digits <= 3)
            {
                while (i < _text.Length && _text[i] == ',' && IsGroup(i + 1))
                {
                    digits += 3;
                    if (digits > MaxArabicDigits)
                    {
                        return Fail(i, "an Arabic number has at most 18 digits");
                    }

                    for (var k = 1; k <= 3; k++)
                    {
                        literal = (literal * 10) + TextChars.DigitValue(_text[i + k]);
                    }

                    i += 4;
                }
            }

            if (i < _text.Length && _text[i] == ',')
            {
                return Fail(i, "thousands separators must part groups of three digits");
            }

            i--;
            return true;
        }

        private readonly bool IsGroup(int index) =>
            index + 3 <= _text.Length && TextChars.IsAsciiDigit(_text[index]) && TextChars.IsAsciiDigit(_text[index + 1]) && TextChars.IsAsciiDigit(_text[index + 2])
            && (index + 3 == _text.Length || !TextChars.IsDigit(_text[index + 3]));

        private bool ReadFraction(ref int i, ref decimal? pending, ref bool pendingArabic)
        {
            var point = _text[i];
            var arabic = point is '.' or '．';
            if (!arabic ? pending is null && _groups == 0 && i == 0 : pending is null || !pendingArabic)
            {
                return Fail(i, "a decimal point must follow a number");
            }

            var j = i + 1;
            decimal place = 1m;
            decimal fraction = 0m;
            var count = 0;
            while (j < _text.Length)
            {
                var d = arabic ? (TextChars.IsDigit(_text[j]) ? TextChars.DigitValue(_text[j]) : -1) : DigitOf(_text[j], _features);
                if (d < 0 || (!arabic && _text[j] is '两' or '兩'))
                {
                    break;
                }

                if (++count > 10)
                {
                    return Fail(j, "a fraction has at most 10 decimals");
                }

                place /= 10m;
                fraction += d * place;
                j++;
            }

            if (count == 0)
            {
                return Fail(i, "a decimal point must be followed by a digit");
            }

            // Adding digit × 0.1ⁿ keeps the printed number of decimals as the scale: 十八点二〇 is 18.20.
            if (arabic || pending is not null)
            {
                pending = (pending ?? 0m) + fraction;
            }
            else
            {
                // 十八点二: the whole number before 点 ends in a unit; the fraction joins it as its ones.
                pending = fraction;
            }

            pendingArabic = arabic;
            i = j - 1;
            return true;
        }

        private readonly decimal GroupValue(int g) => g switch { 0 => _g0Value, 1 => _g1Value, _ => _g2Value };

        private readonly decimal GroupMagnitude(int g) => g switch { 0 => _g0Magnitude, 1 => _g1Magnitude, _ => _g2Magnitude };

        private void SetGroup(int g, decimal value, decimal magnitude)
        {
            switch (g)
            {
                case 0:
                    (_g0Value, _g0Magnitude) = (value, magnitude);
                    break;
                case 1:
                    (_g1Value, _g1Magnitude) = (value, magnitude);
                    break;
                default:
                    (_g2Value, _g2Magnitude) = (value, magnitude);
                    break;
            }
        }

        /// <summary>Closes a section with a scale: groups smaller than the scale join it (一万亿), larger ones stay before it.</summary>
        private bool CloseGroup(decimal sectionValue, long scale, int at)
        {
            var sum = sectionValue;
            var inner = 1m;
            while (_groups > 0 && GroupMagnitude(_groups - 1) < scale)
            {
                _groups--;
                sum += GroupValue(_groups);
                inner = Math.Max(inner, GroupMagnitude(_groups));
            }

            if (sum == 0m)
            {
                return Fail(at, "a scale needs a number before it");
            }

            var magnitude = scale * inner;
            if (_groups > 0 && GroupMagnitude(_groups - 1) <= magnitude)
            {
                return Fail(at, "the scales must fall from left to right");
            }

            if (_groups == 3 || sum > decimal.MaxValue / magnitude / 10_000m)
            {
                return Fail(at, "the number is too large");
            }

            SetGroup(_groups, sum * scale, magnitude);
            _groups++;
            return true;
        }
    }
}

/// <summary>Where a numeral run stops being a number, and why.</summary>
/// <param name="Index">The offset in the run of the character at fault.</param>
/// <param name="Reason">What is wrong, in a few words.</param>
internal readonly record struct NumeralError(int Index, string Reason);
