using System;
using System.Globalization;
using System.Text;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>How <see cref="ChineseNumeralWriter"/> writes a number.</summary>
/// <param name="Upper">Upper case (大写: 壹贰叁…拾佰仟) instead of lower case (一二三…十百千).</param>
/// <param name="BareTen">十 alone for 一十 at the start of the number (十五, 十万), as speech has it.</param>
/// <param name="Liang">两 for a 2 before 百, 千, 万 or 亿 (两千三百万), as counts are often written.</param>
internal readonly record struct NumeralStyle(bool Upper, bool BareTen, bool Liang);

/// <summary>
/// A test-side writer of Chinese numerals, written apart from the parser (by place values of whole 4-digit groups, not
/// by a grammar), so a round trip through both checks one against the other.
/// </summary>
internal static class ChineseNumeralWriter
{
    private const string LowerDigits = "零一二三四五六七八九";
    private const string UpperDigits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>The bound of the magnitudes written: below 10^16 (亿亿 and 万万亿 are not written).</summary>
    public const decimal Limit = 10_000_000_000_000_000m;

    /// <summary>Writes a decimal of magnitude below <see cref="Limit"/>: 负 for a minus, 点 and the decimals digit by digit.</summary>
    public static string Write(decimal value, NumeralStyle style)
    {
        if (Math.Abs(value) >= Limit)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The writer writes magnitudes below 10^16.");
        }

        var text = new StringBuilder();
        if (value < 0)
        {
            text.Append('负');
            value = -value;
        }

        var invariant = value.ToString(CultureInfo.InvariantCulture);
        var point = invariant.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? invariant : invariant[..point];
        text.Append(WriteWhole(ulong.Parse(whole, CultureInfo.InvariantCulture), style));
        if (point >= 0)
        {
            text.Append('点');
            var digits = style.Upper ? UpperDigits : LowerDigits;
            foreach (var d in invariant[(point + 1)..])
            {
                text.Append(digits[d - '0']);
            }
        }

        return text.ToString();
    }

    private static string WriteWhole(ulong n, NumeralStyle style)
    {
        if (n == 0)
        {
            return (style.Upper ? UpperDigits : LowerDigits)[0].ToString();
        }

        // 亿 closes the number of hundred millions, itself written with 万 (一万八千亿); the rest follows, after 零 when
        // its highest place is empty.
        var text = new StringBuilder();
        var high = n / 100_000_000;
        var low = n % 100_000_000;
        if (high > 0)
        {
            text.Append(WriteBelowHundredMillion(high, style, first: true)).Append('亿');
        }

        if (low > 0)
        {
            if (high > 0 && low < 10_000_000)
            {
                text.Append((style.Upper ? UpperDigits : LowerDigits)[0]);
            }

            text.Append(WriteBelowHundredMillion(low, style, first: high == 0));
        }

        return text.ToString();
    }

    private static string WriteBelowHundredMillion(ulong n, NumeralStyle style, bool first)
    {
        var text = new StringBuilder();
        var high = (int)(n / 10_000);
        var low = (int)(n % 10_000);
        if (high > 0)
        {
            text.Append(WriteGroup(high, style, first, beforeScale: true)).Append('万');
        }

        if (low > 0)
        {
            if (high > 0 && low < 1000)
            {
                text.Append((style.Upper ? UpperDigits : LowerDigits)[0]);
            }

            text.Append(WriteGroup(low, style, first && high == 0, beforeScale: false));
        }

        return text.ToString();
    }

    private static string WriteGroup(int group, NumeralStyle style, bool first, bool beforeScale)
    {
        var digits = style.Upper ? UpperDigits : LowerDigits;
        var units = style.Upper ? "仟佰拾" : "千百十";
        var text = new StringBuilder();
        var zero = false;
        var places = new[] { 1000, 100, 10, 1 };
        for (var p = 0; p < 4; p++)
        {
            var digit = group / places[p] % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            if (zero)
            {
                text.Append(digits[0]);
                zero = false;
            }

            var unit = p < 3 ? units[p].ToString() : string.Empty;
            var isLeading = text.Length == 0;
            if (p == 2 && digit == 1 && isLeading && first && style.BareTen)
            {
                text.Append(unit); // 十五, 十万
            }
            else if (digit == 2 && !style.Upper && style.Liang && isLeading && (p < 2 || (p == 3 && beforeScale && group == 2)))
            {
                text.Append('两').Append(unit); // 两千, 两百, 两万
            }
            else
            {
                text.Append(digits[digit]).Append(unit);
            }
        }

        return text.ToString();
    }
}
