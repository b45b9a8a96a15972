using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>A total and its parts found in a text, as indexes into the scanned quantities.</summary>
/// <param name="Total">The index of the total, or -1 when the parts are shares of one whole (100%).</param>
/// <param name="Parts">The indexes of the parts, in order.</param>
/// <param name="Completeness">Whether the wording closes the list of parts.</param>
internal sealed record BreakdownMatch(int Total, ImmutableArray<int> Parts, BreakdownCompleteness Completeness)
{
    /// <summary>Gets the index of the first quantity the breakdown names.</summary>
    public int First => Total >= 0 ? Math.Min(Total, Parts[0]) : Parts[0];
}

/// <summary>
/// Finds totals with their parts (合计与分项) among the quantities of a text: a 其中 list after a stated count or sum of
/// money, and a run of shares of one whole.
/// </summary>
/// <remarks>
/// <para>
/// A 其中 list: the parts are the counts (or sums of money) printed after 其中 up to the end of its sentence (。！？ or a
/// line break; a semicolon does not end it), a further 其中 or a parenthesis it does not open, and not inside
/// parentheses of their own (<c>审结298件（维持205件，撤销15件）</c> is a breakdown of its own kind, not read); they are the
/// levels that share the first one's unit and kind, so a change (同比增加5件) or a sum of money among counts is no part.
/// The total is the nearest such level before 其中, in its sentence or the one before, on the same line: in
/// <c>受理100件，审结90件，其中维持80件</c> it is 审结90件.
/// </para>
/// <para>
/// A run of shares: two or more percentages printed directly after 占 (占8%, 占比42.1%) in one sentence are shares of
/// one whole, 100%. A share of a named whole (占全市的8%) leaves its run unread, because each may name another whole.
/// </para>
/// <para>
/// 其中 (and 在…中，) says "among them": such a list is <see cref="BreakdownCompleteness.Partial"/>, as is one closed by
/// 等. A list whose last part is a remainder (其他…, 其它…, 其余…, 剩余…, 余下…) is
/// <see cref="BreakdownCompleteness.Exhaustive"/>, and so is a run of shares with no such word.
/// </para>
/// <para>Each 其中 is looked at once, and every window is bounded: the scan is linear in the text.</para>
/// </remarks>
internal static class BreakdownScanner
{
    /// <summary>How far after 其中 its sentence's end is looked for.</summary>
    private const int SentenceWindow = 400;

    /// <summary>How far before 其中 its total is looked for.</summary>
    private const int TotalWindow = 200;

    /// <summary>How far before a share its 占 is looked for (the role window of the quantity scanner).</summary>
    private const int ShareWindow = 30;

    private const string Among = "其中";

    private static readonly string[] RemainderWords = ["其他", "其它", "其余", "剩余", "余下"];

    /// <summary>Finds the breakdowns, in order of their first quantity.</summary>
    public static ImmutableArray<BreakdownMatch> Scan(string text, ImmutableArray<QuantityMatch> quantities)
    {
        if (quantities.Length < 2)
        {
            return [];
        }

        var found = new List<BreakdownMatch>();
        AmongLists(text, quantities, found);
        ShareRuns(text, quantities, found);
        found.Sort(static (a, b) => a.First.CompareTo(b.First));
        return [.. found];
    }

    private static void AmongLists(string text, ImmutableArray<QuantityMatch> quantities, List<BreakdownMatch> found)
    {
        for (var p = text.IndexOf(Among, StringComparison.Ordinal); p >= 0; p = text.IndexOf(Among, p + Among.Length, StringComparison.Ordinal))
        {
            var from = p + Among.Length;
            var end = ListEnd(text, from);
            var parts = new List<int>();
            string? unit = null;
            var kind = QuantityKind.Count;
            var depth = 0;
            var scanned = from;
            for (var k = TextSpans.LowerBound(quantities, from, static q => q.Start); k < quantities.Length && quantities[k].End <= end; k++)
            {
                var q = quantities[k];
                depth += Depth(text, scanned, q.Start);
                scanned = q.Start;
                if (depth > 0 || !IsAddable(q))
                {
                    continue;
                }

                unit ??= q.Unit;
                kind = parts.Count == 0 ? q.Kind : kind;
                if (q.Unit == unit && q.Kind == kind)
                {
                    parts.Add(k);
                }
            }

            if (parts.Count == 0 || TotalBefore(text, quantities, p, unit!, kind) is not { } total)
            {
                continue;
            }

            var last = quantities[parts[^1]];
            var labelFrom = parts.Count > 1 ? quantities[parts[^2]].End : from;
            var exhaustive = IsRemainder(text, labelFrom, last.Start) && !IsClosedByEtc(text, last.End);
            found.Add(new BreakdownMatch(total, [.. parts], exhaustive ? BreakdownCompleteness.Exhaustive : BreakdownCompleteness.Partial));
        }
    }

    private static void ShareRuns(string text, ImmutableArray<QuantityMatch> quantities, List<BreakdownMatch> found)
    {
        var run = new List<int>();
        var named = false;
        for (var k = 0; k <= quantities.Length; k++)
        {
            var q = k < quantities.Length ? quantities[k] : null;
            if (q is not null && !IsShare(q))
            {
                continue;
            }

            if (q is not null && run.Count > 0 && !HasBreak(text, quantities[run[^1]].End, q.Start))
            {
                run.Add(k);
                named |= NamesWhole(text, q.Start);
                continue;
            }

            if (run.Count >= 2 && !named)
            {
                found.Add(new BreakdownMatch(-1, [.. run], ShareCompleteness(text, quantities, run)));
            }

            run.Clear();
            if (q is not null)
            {
                run.Add(k);
                named = NamesWhole(text, q.Start);
            }
        }
    }

    private static BreakdownCompleteness ShareCompleteness(string text, ImmutableArray<QuantityMatch> quantities, List<int> run)
    {
        var first = quantities[run[0]];
        var last = quantities[run[^1]];
        if (IsRemainder(text, run.Count > 1 ? quantities[run[^2]].End : SentenceStart(text, first.Start), OccupyIndex(text, last.Start)))
        {
            return BreakdownCompleteness.Exhaustive;
        }

        var start = SentenceStart(text, first.Start);
        var among = text.IndexOf(Among, start, first.Start - start, StringComparison.Ordinal) >= 0 || HasInClause(text, start, first.Start);
        return among || IsClosedByEtc(text, last.End) ? BreakdownCompleteness.Partial : BreakdownCompleteness.Exhaustive;
    }

    /// <summary>Whether 在…中 opens the sentence's list: a 中 followed by a comma before the first share.</summary>
    private static bool HasInClause(string text, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (text[i] == '中' && TextChars.IsComma(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A count or a sum of money that is a level: what a total and its parts are.</summary>
    private static bool IsAddable(QuantityMatch q) =>
        q.Role == QuantityRole.Level && q.Change is null && q.Kind is QuantityKind.Count or QuantityKind.Money;

    private static bool IsShare(QuantityMatch q) => q.Role == QuantityRole.Share && q.Kind == QuantityKind.Percent && q.Change is null;

    /// <summary>The nearest level of the unit and kind before 其中, in its sentence or the one before, on its line.</summary>
    private static int? TotalBefore(string text, ImmutableArray<QuantityMatch> quantities, int among, string unit, QuantityKind kind)
    {
        var limit = Math.Max(0, among - TotalWindow);
        var periods = 0;
        var i = among - 1;
        for (; i >= limit; i--)
        {
            if (TextChars.IsLineBreak(text[i]) || (IsPeriod(text[i]) && ++periods == 2))
            {
                break;
            }
        }

        for (var k = TextSpans.LowerBound(quantities, among, static q => q.Start) - 1; k >= 0 && quantities[k].Start > i; k--)
        {
            var q = quantities[k];
            if (IsAddable(q) && q.Unit == unit && q.Kind == kind)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Where a 其中 list ends: its sentence's end, a further 其中, or a parenthesis it did not open.</summary>
    private static int ListEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + SentenceWindow);
        var depth = 0;
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (IsPeriod(c) || TextChars.IsLineBreak(c) || (c == '其' && i + 1 < text.Length && text[i + 1] == '中'))
            {
                return i;
            }

            depth += TextChars.IsOpenParenthesis(c) ? 1 : TextChars.IsCloseParenthesis(c) ? -1 : 0;
            if (depth < 0)
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>The change of parenthesis depth from one index to another.</summary>
    private static int Depth(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            depth += TextChars.IsOpenParenthesis(text[i]) ? 1 : TextChars.IsCloseParenthesis(text[i]) ? -1 : 0;
        }

        return depth;
    }

    /// <summary>Whether the label printed before a part (or a share's 占), from its clause's start, begins with a remainder word (其他, 其余 …).</summary>
    private static bool IsRemainder(string text, int from, int partStart)
    {
        var start = partStart;
        // A share's label may stand in the clause before its 占 (其他公文5条，占41%).
        while (start > from && (TextChars.IsBlank(text[start - 1]) || TextChars.IsComma(text[start - 1])))
        {
            start--;
        }

        while (start > from && !TextChars.IsClauseEnd(text[start - 1]))
        {
            start--;
        }

        while (start < partStart && (TextChars.IsBlank(text[start]) || TextChars.IsClauseEnd(text[start])))
        {
            start++;
        }

        foreach (var word in RemainderWords)
        {
            if (start + word.Length <= partStart && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether 等 follows the last part, which makes the list a selection.</summary>
    private static bool IsClosedByEtc(string text, int end)
    {
        while (end < text.Length && TextChars.IsBlank(text[end]))
        {
            end++;
        }

        return end < text.Length && text[end] == '等';
    }

    /// <summary>Whether a share names its whole (占全市的8%) rather than being printed straight after 占 (占8%, 占比8%, 占比为8%).</summary>
    private static bool NamesWhole(string text, int start)
    {
        var occupy = OccupyIndex(text, start);
        if (occupy < 0)
        {
            // No 占 before it: a share of 比例 or 比重 (全程网办事项比例达到99%) is a proportion of its own items, not part of one whole.
            return true;
        }

        for (var j = occupy + 1; j < start; j++)
        {
            if (text[j] is not ('比' or '为' or '了' or '到' or '达' or '约') && !TextChars.IsBlank(text[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the 占 of a share is, in its clause before it, or -1.</summary>
    private static int OccupyIndex(string text, int start)
    {
        var stop = Math.Max(0, start - ShareWindow);
        for (var i = start - 1; i >= stop; i--)
        {
            if (text[i] == '占')
            {
                return i;
            }

            if (TextChars.IsClauseEnd(text[i]) && text[i] is not ('、' or ':' or '：'))
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>Whether a sentence ends, or 其中 starts a new list, between two shares.</summary>
    private static bool HasBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsPeriod(text[i]) || TextChars.IsLineBreak(text[i]) || (text[i] == '其' && i + 1 < to && text[i + 1] == '中'))
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceStart(string text, int index)
    {
        var stop = Math.Max(0, index - SentenceWindow);
        var i = index;
        while (i > stop && !IsPeriod(text[i - 1]) && !TextChars.IsLineBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>A full stop, question or exclamation mark: the end of a sentence; a semicolon joins the clauses of a list.</summary>
    private static bool IsPeriod(char c) => c is '。' or '！' or '？' or '!' or '?';
}
