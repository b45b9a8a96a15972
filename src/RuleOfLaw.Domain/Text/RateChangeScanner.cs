using System.Collections.Immutable;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Text;

/// <summary>A change from the previous year printed after a rate's figure, and where it is printed.</summary>
/// <param name="Change">The change, negative for a fall.</param>
/// <param name="Span">From the word naming the previous year (同比, 较上年 …) to the end of the unit.</param>
internal sealed record RateChange(PublishedChange Change, SourceSpan Span);

/// <summary>
/// Reads a change from the previous year (同比 / 较上年) printed with a rate: <c>纠正率18.2%，较上年下降4.7个百分点</c>,
/// <c>参考率为98%，同比提高2个百分点</c>, <c>同比增长20%</c>.
/// </summary>
/// <remarks>
/// A change is a word naming the previous year (同比, 较上年, 比上年, 较去年, 与上年相比 …, optionally 同期), optionally a
/// comma, a verb of rise (增长, 增加, 上升, 提高, 提升, 上涨) or fall (下降, 减少, 降低, 回落, 下滑, 下跌), optionally 了, 达 or
/// 为, and then an exact percentage or a number of percentage points. A verb followed by 至 or 到 (下降至10.98%) names the
/// new level, not a change, and is not read as one. Only the text right after the rate's figure (and a bracketed
/// benchmark after it) is read, within the same sentence, so the scan stays linear.
/// </remarks>
internal static class RateChangeScanner
{
    private const int LeadWindow = 16;

    // Longest first at each start, so 较上年同期 wins over 较上年.
    private static readonly string[] PreviousYearWords =
    [
        "与上年同期相比", "与去年同期相比", "较上年同期", "比上年同期", "较去年同期", "比去年同期", "与上年相比", "与去年相比",
        "较上一年度", "较上一年", "较上年度", "比上年度", "较上年", "比上年", "较去年", "比去年", "同比", "环比",
    ];

    private static readonly (string Word, int Sign)[] Verbs =
    [
        ("增长", 1), ("增加", 1), ("上升", 1), ("提高", 1), ("提升", 1), ("上涨", 1),
        ("下降", -1), ("减少", -1), ("降低", -1), ("回落", -1), ("下滑", -1), ("下跌", -1),
    ];

    /// <summary>Reads the change printed right after <paramref name="from"/> (the end of a rate's figure), if any.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="quantities">The text's quantities, in order.</param>
    /// <param name="from">Where the rate's figure ends.</param>
    /// <returns>The change, or null when none is printed there.</returns>
    public static RateChange? After(string text, ImmutableArray<QuantityMatch> quantities, int from)
    {
        var p = SkipBenchmark(text, from);
        while (p < text.Length && (TextChars.IsBlank(text[p]) || TextChars.IsComma(text[p])))
        {
            p++;
        }

        var k = TextSpans.LowerBound(quantities, p, static q => q.Start);
        if (k >= quantities.Length || quantities[k].Start - p > LeadWindow)
        {
            return null;
        }

        var number = quantities[k];
        if (number.Qualifier != QuantityQualifier.Exact || number.Scale != ScaleWord.None
            || number.Kind is not (QuantityKind.Percent or QuantityKind.PercentagePoints)
            || Lead(text, p, number.Start) is not { } sign)
        {
            return null;
        }

        var unit = number.Kind == QuantityKind.Percent ? ChangeUnit.Percent : ChangeUnit.PercentagePoints;
        var value = sign * number.Value;
        if (number.Value.Scale > PublishedFigure.MaxDecimals || value < -100m || (unit == ChangeUnit.PercentagePoints && value > 100m) || value > PublishedFigure.MaxMagnitude)
        {
            return null;
        }

        return new RateChange(new PublishedChange(PublishedFigure.Of(value), unit), SourceSpan.FromBounds(p, number.End));
    }

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> ends with a change's lead (同比增长), so the number at <paramref name="end"/> is a change, not a level.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="start">Where to start looking.</param>
    /// <param name="end">Where the number starts.</param>
    /// <returns>True when some suffix of the text is a lead.</returns>
    public static bool EndsWithLead(string text, int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            if (Lead(text, p, end) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the change printed right before a quantity: a verb of rise or fall (optionally 了, 达 or 为) ending where the
    /// quantity starts, after the base period when one is printed (同比下降12.5%, 较2020年增长9.6%, 提升4.7个百分点); or,
    /// before a percentage, a minus sign that follows no digit, letter or percent sign (<c>-8.0%</c> in a table).
    /// </summary>
    /// <param name="text">The report text.</param>
    /// <param name="start">Where the quantity starts, a qualifier word printed before the number included.</param>
    /// <param name="kind">The quantity's kind.</param>
    /// <returns>
    /// The change and how many characters of sign to add to the quantity's span (1 for a minus sign), or null when none is
    /// printed there. A count, an amount or a duration is an absolute change only when the base period is printed
    /// (同比减少12件): a bare 增加5个 is as often a number of things added.
    /// </returns>
    public static (QuantityChange Change, int SignLength)? Before(string text, int start, QuantityKind kind)
    {
        if (kind == QuantityKind.Rank)
        {
            return null;
        }

        var isPercentage = kind is QuantityKind.Percent or QuantityKind.PercentagePoints;
        var unit = kind switch
        {
            QuantityKind.Percent => ChangeUnit.Percent,
            QuantityKind.PercentagePoints => ChangeUnit.PercentagePoints,
            _ => ChangeUnit.Absolute,
        };
        if (isPercentage && start > 0 && text[start - 1] is '-' or '−' or '－' && (start == 1 || !IsBeforeSign(text[start - 2])))
        {
            return (new QuantityChange(unit, ChangeDirection.Down, BaseEndingAt(text, start - 1)), 1);
        }

        var e = start;
        if (e > 0 && text[e - 1] is '达' or '为')
        {
            e--;
        }

        if (e > 0 && text[e - 1] == '了')
        {
            e--;
        }

        foreach (var (word, sign) in Verbs)
        {
            if (!TextChars.EndsAt(text, e, word))
            {
                continue;
            }

            var verbStart = e - word.Length;
            var basePeriod = BaseEndingAt(text, verbStart > 0 && TextChars.IsComma(text[verbStart - 1]) ? verbStart - 1 : verbStart);
            return isPercentage || basePeriod is not null
                ? (new QuantityChange(unit, sign > 0 ? ChangeDirection.Up : ChangeDirection.Down, basePeriod), 0)
                : null;
        }

        return null;
    }

    /// <summary>Whether a character before a minus sign makes it a dash of a range or a hyphen rather than a sign.</summary>
    private static bool IsBeforeSign(char c) => TextChars.IsDigit(c) || TextChars.IsAsciiLetter(c) || c is '%' or '％' or '.' or '-' or '~' or '～' or '—';

    /// <summary>The base period printed right before <paramref name="end"/>: a word naming the previous year, or 较 / 比 and a year (较2020年, 比2020年同期).</summary>
    private static string? BaseEndingAt(string text, int end)
    {
        foreach (var word in PreviousYearWords)
        {
            if (TextChars.EndsAt(text, end, word))
            {
                return word;
            }
        }

        var e = TextChars.EndsAt(text, end, "同期") ? end - 2 : end;
        e = TextChars.EndsAt(text, e, "年度") ? e - 2 : TextChars.EndsAt(text, e, "年") ? e - 1 : -1;
        if (e < 5 || !TextChars.IsDigit(text[e - 1]) || !TextChars.IsDigit(text[e - 2]) || !TextChars.IsDigit(text[e - 3]) || !TextChars.IsDigit(text[e - 4]))
        {
            return null;
        }

        var word0 = e - 5;
        return text[word0] is '较' or '比' && (word0 == 0 || !TextChars.IsDigit(text[word0 - 1])) ? text[word0..end] : null;
    }

    /// <summary>The sign of the change when the text from <paramref name="start"/> to <paramref name="end"/> is exactly a lead; otherwise null.</summary>
    private static int? Lead(string text, int start, int end)
    {
        var p = start;
        if (MatchAt(text, p, PreviousYearWords) is not { } previousYear)
        {
            return null;
        }

        p += previousYear.Length;
        if (p < end && TextChars.IsComma(text[p]))
        {
            p++;
        }

        int? sign = null;
        foreach (var (word, verbSign) in Verbs)
        {
            if (TextChars.At(text, p, word))
            {
                sign = verbSign;
                p += word.Length;
                break;
            }
        }

        if (sign is null)
        {
            return null;
        }

        if (p < end && text[p] == '了')
        {
            p++;
        }

        if (p < end && text[p] is '达' or '为')
        {
            p++;
        }

        return p == end ? sign : null;
    }

    private static string? MatchAt(string text, int p, string[] words)
    {
        foreach (var word in words)
        {
            if (TextChars.At(text, p, word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Past a bracketed benchmark right after the figure, such as <c>(全市16.2%)</c>, so a change after it is found.</summary>
    private static int SkipBenchmark(string text, int from)
    {
        var p = from;
        while (p < text.Length && TextChars.IsBlank(text[p]))
        {
            p++;
        }

        if (p >= text.Length || !TextChars.IsOpenParenthesis(text[p]))
        {
            return from;
        }

        for (var q = p + 1; q < text.Length && q - p <= LeadWindow; q++)
        {
            if (TextChars.IsCloseParenthesis(text[q]))
            {
                return q + 1;
            }

            if (TextChars.IsSentenceEnd(text[q]))
            {
                break;
            }
        }

        return from;
    }
}
