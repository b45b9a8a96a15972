using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>
/// A number as Chinese reports write it, in Chinese numerals, Arabic digits or both, read exactly (数字): <c>三亿五千万</c>,
/// <c>1.8万亿</c>, <c>壹佰贰拾</c>, <c>廿一</c>, <c>四百余万</c>, <c>三分之二</c>, <c>3/5</c>, <c>百分之十八点二</c>, <c>18.2%</c>.
/// </summary>
/// <remarks>
/// <para>
/// Grammar. A section is digits (〇零一二两三四五六七八九, the financial 壹贰叁肆伍陆柒捌玖 and an Arabic number may each
/// stand for a digit) with the units 十 百 千 (拾 佰 仟), each unit smaller than the one before, 零 between places, and 十
/// alone at a section's start (十五, 一亿零十); 廿 卅 卌 are 二十 三十 四十. The scales 万 and 亿 close a section and
/// multiply every group before them that is smaller, so 一万亿 is 10¹², 一万八千亿 is 1.8 × 10¹² and 三亿五千万 is
/// 350,000,000. A run of two or more digits with no unit is read digit by digit (二〇二〇 = 2020). A fraction after 点 or
/// an Arabic decimal point is read digit by digit and may be followed by scales only (一点八万亿, 1.8万亿). The colloquial
/// 二百五 (250) and 一万五 (15000) are read as spoken. 余 or 多 after a place says "more than" (四百余万, 三千多万, 100余):
/// <see cref="Qualifier"/> is then <see cref="QuantityQualifier.MoreThan"/>. A leading 负 (負) or minus sign negates.
/// 百分之 before a number, or % after one, makes a <see cref="ChineseNumberForm.Percent"/>; <c>X分之Y</c> a
/// <see cref="ChineseNumberForm.Fraction"/> Y/X, and so does <c>Y/X</c> with an Arabic number on each side of the slash
/// (<c>1/4</c>, <c>3/5</c>).
/// </para>
/// <para>
/// Not numbers, because their value would be a guess: a zero before anything it separates (〇三万), a digit left after
/// 百 or 千 when a scale closes the section (二千九亿: 2900亿 or 2009亿?), a colloquial trailing digit with a fraction
/// (三万九点三), repeated or rising scales (一万万, 一亿二亿), and anything longer than <see cref="MaxLength"/> characters.
/// </para>
/// <para>
/// Equality compares form, qualifier, numerator and denominator by value (十八点二〇 equals 18.2); there is no order,
/// since a qualified number is an interval. The default is the exact plain number 0.
/// </para>
/// </remarks>
public readonly struct ChineseNumber : IEquatable<ChineseNumber>
{
    /// <summary>The longest text <see cref="TryParse(ReadOnlySpan{char}, out ChineseNumber)"/> reads.</summary>
    public const int MaxLength = NumeralGrammar.MaxLength + 4;

    private readonly decimal _denominator;

    private ChineseNumber(decimal numerator, decimal denominator, ChineseNumberForm form, QuantityQualifier qualifier)
    {
        Numerator = numerator;
        _denominator = denominator;
        Form = form;
        Qualifier = qualifier;
    }

    /// <summary>Gets the value: the number itself, the number of percent (18.2 for 百分之十八点二), or the fraction's quotient.</summary>
    /// <remarks>A fraction's quotient is exact when the denominator divides the numerator; otherwise it is rounded to
    /// <see cref="decimal"/>'s 28 significant digits (see <see cref="IsExact"/>), while <see cref="Numerator"/> and
    /// <see cref="Denominator"/> stay exact.</remarks>
    public decimal Value => Form == ChineseNumberForm.Fraction ? Numerator / _denominator : Numerator;

    /// <summary>Gets the numerator: the value of a number or a percentage, the Y of a fraction X分之Y.</summary>
    public decimal Numerator { get; }

    /// <summary>Gets the denominator: 1 for a number and a percentage (whose value is already in percent), X for X分之Y.</summary>
    public decimal Denominator => Form == ChineseNumberForm.Fraction ? _denominator : 1m;

    /// <summary>Gets how the number is written.</summary>
    public ChineseNumberForm Form { get; }

    /// <summary>Gets <see cref="QuantityQualifier.MoreThan"/> when 余 or 多 inside the number says so, else <see cref="QuantityQualifier.Exact"/>.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>Gets a value indicating whether <see cref="Value"/> is exact (false only for a fraction such as 三分之二).</summary>
    public bool IsExact => Form != ChineseNumberForm.Fraction || Value * _denominator == Numerator;

    /// <summary>Tests two numbers for equality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ChineseNumber left, ChineseNumber right) => left.Equals(right);

    /// <summary>Tests two numbers for inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ChineseNumber left, ChineseNumber right) => !left.Equals(right);

    /// <summary>Reads a whole text as one number.</summary>
    /// <param name="text">The text, such as <c>三亿五千万</c> or <c>百分之十八点二</c>; no blanks or other words around it.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number; the message names the character at fault and why.</exception>
    public static ChineseNumber Parse(string text)
    {
        Guard.NotNull(text, nameof(text));
        if (TryRead(text, out var number, out var error))
        {
            return number;
        }

        var at = Math.Clamp(error.Index, 0, Math.Max(text.Length - 1, 0));
        throw Guard.Format(text.Length == 0
            ? Message.NumberTextEmpty.Format()
            : Message.NotANumber.Format(text, at + 1, text[at], error.Reason));
    }

    /// <summary>Reads a whole text as one number.</summary>
    /// <param name="text">The text; <see langword="null"/> is no number.</param>
    /// <param name="number">The number, or the default when the text is not one.</param>
    /// <returns><see langword="true"/> when the whole text is one number.</returns>
    public static bool TryParse(string? text, out ChineseNumber number) => TryParse(text.AsSpan(), out number);

    /// <summary>Reads a whole text as one number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The number, or the default when the text is not one.</param>
    /// <returns><see langword="true"/> when the whole text is one number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ChineseNumber number) => TryRead(text, out number, out _);

    /// <inheritdoc/>
    public bool Equals(ChineseNumber other) =>
        Form == other.Form && Qualifier == other.Qualifier && Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChineseNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Form, Qualifier, Numerator, Denominator);

    /// <summary>Returns the number in invariant Arabic form: <c>350000000</c>, <c>18.2%</c>, <c>2/3</c>, <c>&gt;4000000</c>.</summary>
    /// <returns>The number.</returns>
    public override string ToString()
    {
        var prefix = Qualifier == QuantityQualifier.MoreThan ? ">" : string.Empty;
        return Form switch
        {
            ChineseNumberForm.Percent => Invariant.Format("{0}{1}%", prefix, Numerator),
            ChineseNumberForm.Fraction => Invariant.Format("{0}{1}/{2}", prefix, Numerator, _denominator),
            _ => Invariant.Format("{0}{1}", prefix, Numerator),
        };
    }

    private static bool TryRead(ReadOnlySpan<char> text, out ChineseNumber number, out NumeralError error)
    {
        number = default;
        if (text.Length > MaxLength)
        {
            error = new NumeralError(MaxLength, string.Create(CultureInfo.InvariantCulture, $"a number is at most {MaxLength} characters long"));
            return false;
        }

        var offset = 0;
        var negative = false;
        if (!text.IsEmpty && text[0] is '-' or '−' or '负' or '負')
        {
            negative = true;
            offset = 1;
        }

        var body = text[offset..];
        if (body.StartsWith("百分之", StringComparison.Ordinal))
        {
            return TryReadPart(body[3..], offset + 3, allowQualifier: false, loneUnit: true, out var percent, out _, out error)
                && Build(negative ? -percent : percent, 1m, ChineseNumberForm.Percent, QuantityQualifier.Exact, out number);
        }

        if (!body.IsEmpty && body[^1] is '%' or '％')
        {
            return TryReadPart(body[..^1], offset, allowQualifier: false, loneUnit: false, out var percent, out _, out error)
                && Build(negative ? -percent : percent, 1m, ChineseNumberForm.Percent, QuantityQualifier.Exact, out number);
        }

        var slash = body.IndexOfAny('/', '／');
        if (slash >= 0)
        {
            // 1/4, 3/5: an Arabic fraction, the numerator first; Chinese numerals never stand around a slash.
            if (!IsArabicTerm(body[..slash]) || !IsArabicTerm(body[(slash + 1)..]))
            {
                error = new NumeralError(offset + slash, "a fraction with a slash has an Arabic number on each side");
                return false;
            }

            if (!TryReadPart(body[..slash], offset, allowQualifier: false, loneUnit: false, out var over, out _, out error)
                || !TryReadPart(body[(slash + 1)..], offset + slash + 1, allowQualifier: false, loneUnit: false, out var under, out _, out error))
            {
                return false;
            }

            return BuildFraction(negative ? -over : over, under, offset, out number, out error);
        }

        var of = body.IndexOf("分之", StringComparison.Ordinal);
        if (of >= 0)
        {
            if (!TryReadPart(body[..of], offset, allowQualifier: false, loneUnit: true, out var denominator, out _, out error)
                || !TryReadPart(body[(of + 2)..], offset + of + 2, allowQualifier: false, loneUnit: false, out var numerator, out _, out error))
            {
                return false;
            }

            return BuildFraction(negative ? -numerator : numerator, denominator, offset, out number, out error);
        }

        if (!TryReadPart(body, offset, allowQualifier: true, loneUnit: false, out var value, out var moreThan, out error))
        {
            return false;
        }

        return Build(negative ? -value : value, 1m, ChineseNumberForm.Number, moreThan ? QuantityQualifier.MoreThan : QuantityQualifier.Exact, out number);
    }

    private static bool TryReadPart(ReadOnlySpan<char> part, int offset, bool allowQualifier, bool loneUnit, out decimal value, out bool moreThan, out NumeralError error)
    {
        // 百分之百, 千分之五: a lone 百 or 千 there means one hundred or one thousand.
        if (loneUnit && part.Length == 1 && NumeralGrammar.SmallUnitOf(part[0], NumeralFeatures.Financial) > 0)
        {
            value = NumeralGrammar.SmallUnitOf(part[0], NumeralFeatures.Financial);
            moreThan = false;
            error = default;
            return true;
        }

        var features = allowQualifier ? NumeralFeatures.All : NumeralFeatures.Arabic | NumeralFeatures.Financial;
        if (NumeralGrammar.TryParse(part, features, out value, out moreThan, out error))
        {
            return true;
        }

        error = error with { Index = error.Index + offset };
        return false;
    }

    private static bool IsArabicTerm(ReadOnlySpan<char> term)
    {
        if (term.IsEmpty || !TextChars.IsDigit(term[0]) || !TextChars.IsDigit(term[^1]))
        {
            return false;
        }

        foreach (var c in term)
        {
            if (!TextChars.IsDigit(c) && c is not ('.' or '．' or ','))
            {
                return false;
            }
        }

        return true;
    }

    private static bool BuildFraction(decimal numerator, decimal denominator, int offset, out ChineseNumber number, out NumeralError error)
    {
        number = default;
        if (denominator == 0m)
        {
            error = new NumeralError(offset, "a fraction's denominator cannot be zero");
            return false;
        }

        error = default;
        return Build(numerator, denominator, ChineseNumberForm.Fraction, QuantityQualifier.Exact, out number);
    }

    private static bool Build(decimal numerator, decimal denominator, ChineseNumberForm form, QuantityQualifier qualifier, out ChineseNumber number)
    {
        number = new ChineseNumber(numerator, denominator, form, qualifier);
        return true;
    }
}
