using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>Finds the named rates of a report text, their printed figures, benchmark figures and the counts they rest on.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A rate name (纠正率) followed within a few characters of the same clause by a percentage is a published rate;
/// names joined by 、 or 和 share the figure (参考率、优秀率均为100%).</item>
/// <item>A percentage led by a change word (纠错率同比增长5%) is a change of the rate, not its figure (<see cref="RateChangeScanner"/>).</item>
/// <item>A percentage in brackets right after it, led by a scope word (全市, 全省, 全国, 全区, 全县), is a benchmark of that
/// scope: (全市16.2%).</item>
/// <item>Counts stated earlier in the same or the previous sentence are linked by the words of their clause: the
/// numerator's (纠错, or the addends 撤销, 确认违法 …) and the denominator's (受理, 审结 …).</item>
/// <item>A count followed by 均/全部 and a verb (收到检察建议书8宗,均已完成整改) states a rate of all of that count, when
/// the words around it name one (检察建议 + 整改).</item>
/// </list>
/// All look-arounds are bounded, so the scan is linear.
/// </remarks>
internal sealed class RateMentionScanner
{
    private const int FigureWindow = 8;
    private const int SentenceWindow = 160;
    private const int ClauseWindow = 40;
    private const int AllOfWindow = 30;

    private static readonly (string Word, string Scope)[] Scopes =
    [
        ("全国", "national"), ("全省", "province"), ("全市", "city"), ("全区", "district"), ("全县", "county"),
    ];

    private readonly ImmutableArray<RateTerm> _terms;

    // Rate names by the character before their final 率, longest first, so a lookup tries only a few names.
    private readonly Dictionary<char, (string Word, RateTerm Term)[]> _wordsByPenultimate;

    public RateMentionScanner(ImmutableArray<RateTerm> terms)
    {
        _terms = terms.IsDefault ? [] : terms;
        _wordsByPenultimate = _terms
            .SelectMany(term => term.Words.Where(word => word.Length >= 2 && word[^1] == '率').Select(word => (Word: word, Term: term)))
            .GroupBy(entry => entry.Word[^2])
            .ToDictionary(group => group.Key, group => group.OrderByDescending(entry => entry.Word.Length).ThenBy(entry => entry.Word, StringComparer.Ordinal).ToArray());
    }

    public static RateMentionScanner Default { get; } = new(RateTermCatalogue.Default);

    /// <summary>Finds the rate mentions of a text whose quantities have been scanned already.</summary>
    public ImmutableArray<RateMention> Scan(string? text, ImmutableArray<QuantityMatch> quantities)
    {
        var result = ImmutableArray.CreateBuilder<RateMention>();
        if (string.IsNullOrEmpty(text) || quantities.IsDefaultOrEmpty)
        {
            return result.ToImmutable();
        }

        var used = new HashSet<int>();
        var q = 0;
        var i = text.IndexOf('率', StringComparison.Ordinal);
        while (i >= 0)
        {
            var group = new List<(RateTerm Term, SourceSpan Span)>();
            var end = i + 1;
            while (MatchTermEndingAt(text, end) is { } match)
            {
                group.Add(match);
                end = match.Span.End;
                var next = end;
                if (next < text.Length && text[next] is '、' or '和' or '及' or '与')
                {
                    next++;
                }

                var nextRate = next < text.Length ? text.IndexOf('率', next, Math.Min(8, text.Length - next)) : -1;
                if (nextRate < 0 || MatchTermEndingAt(text, nextRate + 1) is not { } following || following.Span.Start != next)
                {
                    break;
                }

                end = nextRate + 1;
            }

            var resume = end;
            if (group.Count > 0)
            {
                while (q < quantities.Length && quantities[q].Start < end)
                {
                    q++;
                }

                var figure = FigureAfter(text, quantities, q, end);
                if (figure is { } f)
                {
                    var figureMatch = quantities[f];
                    used.Add(f);
                    foreach (var (term, span) in group)
                    {
                        var (numerator, numeratorValue, denominator) = LinkCounts(text, quantities, term, span.Start, used);
                        result.Add(new RateMention(term.Code, null, RateMentionKind.Published, span, figureMatch, numerator, denominator, numeratorValue));
                    }

                    if (BenchmarkAfter(text, quantities, f) is { } benchmark)
                    {
                        used.Add(benchmark.Index);
                        foreach (var (term, span) in group)
                        {
                            result.Add(new RateMention(term.Code, benchmark.Scope, RateMentionKind.Benchmark, span, quantities[benchmark.Index], null, null, null));
                        }

                        resume = Math.Max(resume, quantities[benchmark.Index].End);
                    }
                    else
                    {
                        resume = Math.Max(resume, figureMatch.End);
                    }
                }
            }

            i = resume < text.Length ? text.IndexOf('率', resume) : -1;
        }

        AddAllOfStatements(text, quantities, used, result);
        result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Indicator, b.Indicator));
        return result.ToImmutable();
    }

    private (RateTerm Term, SourceSpan Span)? MatchTermEndingAt(string text, int end)
    {
        if (end < 1 || end > text.Length || text[end - 1] != '率' || (end < text.Length && text[end] == '先'))
        {
            return null;
        }

        if (end < 2 || !_wordsByPenultimate.TryGetValue(text[end - 2], out var candidates))
        {
            return null;
        }

        foreach (var (word, term) in candidates)
        {
            if (TextChars.EndsAt(text, end, word))
            {
                return (term, SourceSpan.FromBounds(end - word.Length, end));
            }
        }

        return null;
    }

    private static int? FigureAfter(string text, ImmutableArray<QuantityMatch> quantities, int from, int end)
    {
        for (var k = from; k < quantities.Length && quantities[k].Start - end <= FigureWindow; k++)
        {
            var candidate = quantities[k];
            if (HasBreak(text, end, candidate.Start))
            {
                return null;
            }

            if (candidate.Kind == QuantityKind.Percent)
            {
                // 纠错率同比增长5%: the percentage is a change of the rate, not its level.
                return RateChangeScanner.EndsWithLead(text, end, candidate.Start) ? null : k;
            }
        }

        return null;
    }

    private static (int Index, string Scope)? BenchmarkAfter(string text, ImmutableArray<QuantityMatch> quantities, int figure)
    {
        var p = quantities[figure].End;
        while (p < text.Length && TextChars.IsBlank(text[p]))
        {
            p++;
        }

        if (p >= text.Length || !TextChars.IsOpenParenthesis(text[p]) || figure + 1 >= quantities.Length)
        {
            return null;
        }

        foreach (var (word, scope) in Scopes)
        {
            var at = text.IndexOf(word, p + 1, Math.Min(6, text.Length - p - 1), StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var next = quantities[figure + 1];
            if (next.Kind == QuantityKind.Percent && next.Start > at && next.Start - p <= 16 && !HasBreak(text, p, next.Start))
            {
                return (figure + 1, scope);
            }
        }

        return null;
    }

    private static (QuantityMatch? Numerator, long? NumeratorValue, QuantityMatch? Denominator) LinkCounts(
        string text, ImmutableArray<QuantityMatch> quantities, RateTerm term, int termStart, HashSet<int> used)
    {
        var windowStart = WindowStart(text, termStart);
        QuantityMatch? whole = null, denominator = null, firstPart = null;
        var denominatorRank = int.MaxValue;
        long parts = 0;
        var partCount = 0;
        for (var k = TextSpans.LowerBound(quantities, windowStart, static q => q.Start); k < quantities.Length && quantities[k].End <= termStart; k++)
        {
            var count = quantities[k];
            if (count.Kind != QuantityKind.Count || count.Scale != ScaleWord.None || count.Decimals != 0 || used.Contains(k))
            {
                continue;
            }

            var clause = Clause(text, count.Start);
            if (whole is null && ContainsAny(clause, term.NumeratorWords))
            {
                whole = count;
            }
            else if (ContainsAny(clause, term.NumeratorPartWords))
            {
                firstPart ??= count;
                parts += (long)Math.Min(count.Value, 1_000_000_000_000m);
                partCount++;
            }
            else if (FirstIndexOfAny(clause, term.DenominatorWords) is var rank && rank >= 0 && rank < denominatorRank)
            {
                denominator = count;
                denominatorRank = rank;
            }
        }

        if (whole is not null)
        {
            return (whole, (long)Math.Min(whole.Value, 1_000_000_000_000m), denominator);
        }

        return partCount > 0 ? (firstPart, parts, denominator) : (null, null, denominator);
    }

    private void AddAllOfStatements(string text, ImmutableArray<QuantityMatch> quantities, HashSet<int> used, ImmutableArray<RateMention>.Builder result)
    {
        for (var k = 0; k < quantities.Length; k++)
        {
            var count = quantities[k];
            if (count.Kind != QuantityKind.Count || used.Contains(k) || count.Scale != ScaleWord.None || count.Qualifier != QuantityQualifier.Exact)
            {
                continue;
            }

            var limit = Math.Min(text.Length, count.End + AllOfWindow);
            if (k + 1 < quantities.Length)
            {
                limit = Math.Min(limit, quantities[k + 1].Start);
            }

            var commas = 0;
            var allAt = -1;
            for (var p = count.End; p < limit; p++)
            {
                var c = text[p];
                if (TextChars.IsSentenceEnd(c) || (TextChars.IsComma(c) && ++commas > 1))
                {
                    break;
                }

                if ((c == '均' || TextChars.At(text, p, "全部") || TextChars.At(text, p, "全都")) && !IsFollowedByFigureVerb(text, p))
                {
                    allAt = p;
                    break;
                }
            }

            if (allAt < 0)
            {
                continue;
            }

            var statementEnd = allAt;
            while (statementEnd < text.Length && statementEnd - allAt < AllOfWindow && !TextChars.IsClauseEnd(text[statementEnd]))
            {
                statementEnd++;
            }

            var contextStart = Math.Max(WindowStart(text, count.Start), count.Start - ClauseWindow);
            if (AllOfTerm(text.AsSpan(contextStart, statementEnd - contextStart)) is { } term)
            {
                var value = (long)Math.Min(count.Value, 1_000_000_000_000m);
                result.Add(new RateMention(term.Code, null, RateMentionKind.AllOf, SourceSpan.FromBounds(count.Start, statementEnd), null, count, count, value));
                used.Add(k);
            }
        }
    }

    private RateTerm? AllOfTerm(ReadOnlySpan<char> context)
    {
        foreach (var term in _terms)
        {
            foreach (var words in term.AllOfWords)
            {
                if (ContainsAll(context, words))
                {
                    return term;
                }
            }
        }

        return null;
    }

    /// <summary>均为, 均达, 均是 followed by a number state a shared figure, not an all-of statement.</summary>
    private static bool IsFollowedByFigureVerb(string text, int index)
    {
        var p = index + (text[index] == '均' ? 1 : 2);
        if (p < text.Length && text[p] is '为' or '达' or '是' or '在')
        {
            return true;
        }

        return p < text.Length && NumberToken.CanStart(text[p]);
    }

    /// <summary>The start of the previous sentence on the same line, bounded by the sentence window.</summary>
    private static int WindowStart(string text, int index)
    {
        var floor = Math.Max(0, index - SentenceWindow);
        var sentencesSeen = 0;
        for (var p = index - 1; p >= floor; p--)
        {
            var c = text[p];
            if (TextChars.IsLineBreak(c))
            {
                return p + 1;
            }

            if (TextChars.IsSentenceEnd(c) && ++sentencesSeen == 2)
            {
                return p + 1;
            }
        }

        return floor;
    }

    /// <summary>The clause that ends at a count: back to the previous clause mark, bounded.</summary>
    private static ReadOnlySpan<char> Clause(string text, int end)
    {
        var floor = Math.Max(0, end - ClauseWindow);
        var p = end;
        while (p > floor && !TextChars.IsClauseEnd(text[p - 1]))
        {
            p--;
        }

        return text.AsSpan(p, end - p);
    }

    private static bool HasBreak(string text, int start, int end)
    {
        for (var p = start; p < end && p < text.Length; p++)
        {
            if (TextChars.IsSentenceEnd(text[p]) || TextChars.IsComma(text[p]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, ImmutableArray<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index in <paramref name="words"/> of the first word the text contains, or -1.</summary>
    private static int FirstIndexOfAny(ReadOnlySpan<char> text, ImmutableArray<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (text.Contains(words[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool ContainsAll(ReadOnlySpan<char> text, ImmutableArray<string> words)
    {
        foreach (var word in words)
        {
            if (!text.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
