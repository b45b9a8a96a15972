using System;
using RuleOfLaw.Domain.Indicators;

namespace RuleOfLaw.Domain.Text;

/// <summary>The names of rates and shares: catalogue words, and the printed names of those no catalogue lists.</summary>
internal sealed partial class RateMentionScanner
{
    /// <summary>The longest printed name kept.</summary>
    private const int NameWindow = 24;

    // Characters that end a printed name when read backwards from its 率 or 比例: particles, joiners (和, 且), verbs of being and
    // another rate's 率 (参考率和合格率 are two names).
    private const string NameStops = "的和且是为使将了等均都把对由从于较率";

    // Words before a name that belong to the sentence, not to the name: a year's 年, scopes (全市执法协同响应率 is the
    // rate 执法协同响应率 of the city), connectives and verbs of reaching.
    private static readonly string[] NamePrefixes =
    [
        "年", "月", "及", "与", "和", "其中", "同时", "此外", "另外", "目前", "今年", "全年", "上年", "去年",
        "全市", "全省", "全区", "全县", "全国", "全镇", "全乡", "本市", "本区", "本县", "本省", "本级",
        "我市", "我区", "我县", "我省", "我镇", "我乡", "我局", "实现", "确保", "推动", "保持", "提升", "提高", "达到",
    ];

    // Words ending in 率 that are no proportion of counts.
    private static readonly string[] NotRates = ["效率", "频率"];

    private static readonly string[] LaterLevelWords =
    [
        "下降至", "下降到", "下降为", "降至", "降到", "降低至", "降低到", "降低为", "减少至", "减少到", "减至", "减到",
        "上升至", "上升到", "上升为", "升至", "升到", "提高至", "提高到", "提高为", "提升至", "提升到", "提升为",
        "增长至", "增长到", "增至", "增到",
    ];

    /// <summary>Where a name ending at the 率 or 比 at <paramref name="i"/> ends (率, 比例, 比重, 占比), or -1.</summary>
    private static int EndOfNameAt(string text, int i)
    {
        if (text[i] == '率')
        {
            return i + 1;
        }

        if (i + 1 < text.Length && text[i + 1] is '例' or '重')
        {
            return i + 2;
        }

        return i > 0 && text[i - 1] == '占' ? i + 1 : -1;
    }

    /// <summary>The rate or share name that ends at <paramref name="end"/>, or null.</summary>
    private NameMatch? MatchNameEndingAt(ScanContext context, int end)
    {
        var text = context.Text;
        if (end < 2 || end > text.Length)
        {
            return null;
        }

        var last = text[end - 1];
        if (last == '率')
        {
            if (end < text.Length && text[end] == '先')
            {
                return null;
            }

            if (MatchTermEndingAt(text, end) is { } listed
                && NameStart(context, listed.Span.Start) is var start
                && !listed.Term.NamesAnotherIndicator(text.AsSpan(start, listed.Span.Start - start)))
            {
                var word = text[listed.Span.Start..(end - 1)];
                return new NameMatch(listed.Term, listed.Term.Code, listed.Term.Definition.Kind, listed.Span, text[start..end], start, word, false);
            }

            var nameStart = NameStart(context, end - 1);
            if (nameStart >= end - 1 || IsNotRate(text, end))
            {
                return null;
            }

            var name = text[nameStart..end];
            return new NameMatch(null, IndicatorCode.ForUnlistedName(name).Value, IndicatorKind.Rate, SourceSpan.FromBounds(nameStart, end), name, nameStart, name.Length >= 3 ? name[^3..^1] : null, false);
        }

        var isShare = (last is '例' or '重' && text[end - 2] == '比') || (last == '比' && text[end - 2] == '占');
        if (!isShare)
        {
            return null;
        }

        var from = NameStart(context, end - 2);
        var shareName = text[from..end];
        var bare = shareName.AsSpan(0, shareName.Length - 2).Trim("所占").IsEmpty;
        return new NameMatch(null, IndicatorCode.ForUnlistedName(shareName).Value, IndicatorKind.Share, SourceSpan.FromBounds(from, end), shareName, from, null, bare);
    }

    /// <summary>Where the next name of a list starts right at <paramref name="next"/> (参考率、优秀率): the end of that name, or null.</summary>
    private int? NextNameStartingAt(ScanContext context, int next)
    {
        var text = context.Text;
        if (next >= text.Length)
        {
            return null;
        }

        var j = text.IndexOfAny(NameEndings, next, Math.Min(NameWindow, text.Length - next));
        while (j >= 0)
        {
            var end = EndOfNameAt(text, j);
            if (end > 0 && MatchNameEndingAt(context, end) is { } following)
            {
                return following.NameStart == next ? end : null;
            }

            j = j + 1 < Math.Min(text.Length, next + NameWindow) ? text.IndexOfAny(NameEndings, j + 1, Math.Min(next + NameWindow, text.Length) - j - 1) : -1;
        }

        return null;
    }

    /// <summary>Where a printed name starts that ends just after <paramref name="from"/>: back over ideographs and bracketed parts to a stop, a number or a clause mark, without the words of the sentence before it.</summary>
    private static int NameStart(ScanContext context, int from)
    {
        var text = context.Text;
        var floor = Math.Max(0, from - NameWindow);
        var p = from;
        while (p > floor && !context.EndsQuantity(p))
        {
            var c = text[p - 1];
            if (TextChars.IsCloseParenthesis(c))
            {
                var q = p - 2;
                while (q >= floor && !TextChars.IsOpenParenthesis(text[q]) && !TextChars.IsClauseEnd(text[q]))
                {
                    q--;
                }

                if (q < floor || !TextChars.IsOpenParenthesis(text[q]))
                {
                    break;
                }

                p = q;
                continue;
            }

            if (!IsIdeograph(c) || NameStops.Contains(c, StringComparison.Ordinal))
            {
                break;
            }

            p--;
        }

        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var prefix in NamePrefixes)
            {
                if (p + prefix.Length <= from && TextChars.At(text, p, prefix))
                {
                    p += prefix.Length;
                    stripped = true;
                }
            }
        }

        return p;
    }

    private static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or '〇';

    private static bool IsNotRate(string text, int end)
    {
        foreach (var word in NotRates)
        {
            if (TextChars.EndsAt(text, end, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The current level printed after an earlier one (31.18%下降至10.98%): its index, or null.</summary>
    private static int? LaterLevel(string text, System.Collections.Immutable.ImmutableArray<QuantityMatch> quantities, int figure)
    {
        if (figure + 1 >= quantities.Length)
        {
            return null;
        }

        var p = quantities[figure].End;
        foreach (var word in LaterLevelWords)
        {
            if (TextChars.At(text, p, word))
            {
                var next = quantities[figure + 1];
                return next.IsPercentFigure && next.Start == p + word.Length && next.Change is null ? figure + 1 : null;
            }
        }

        return null;
    }

    /// <summary>A rate's or share's name ending in the text.</summary>
    /// <param name="Term">The catalogue term, or null for a name no catalogue lists.</param>
    /// <param name="Code">The catalogue code, or the unlisted code of the printed name.</param>
    /// <param name="Kind">A rate or a share.</param>
    /// <param name="Span">The catalogue word matched, or the whole printed name.</param>
    /// <param name="Name">The printed name.</param>
    /// <param name="NameStart">Where the printed name starts.</param>
    /// <param name="Stem">The rate's word before its 率 (a catalogue word's, or the two characters of an unlisted name's), or null.</param>
    /// <param name="IsBare">Whether a share's name holds no part (占比, 所占比例): the part is printed before it.</param>
    private sealed record NameMatch(RateTerm? Term, string Code, IndicatorKind Kind, SourceSpan Span, string Name, int NameStart, string? Stem, bool IsBare)
    {
        public int End => Span.End;

        /// <summary>The share named by the part printed before its bare name (其他公文 + 占比).</summary>
        public NameMatch WithPart(string part) => this with { Name = part + Name, Code = IndicatorCode.ForUnlistedName(part + Name).Value };
    }
}
