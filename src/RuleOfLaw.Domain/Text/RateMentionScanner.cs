using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>Finds the named rates and shares of a report text, their printed figures, benchmark figures and the counts they rest on.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A rate name (纠正率) followed within a few characters of the same clause by a percentage is a published rate;
/// names joined by 、 or 和 share the figure (参考率、优秀率均为100%). A name the catalogue does not list (执法协同响应率) is
/// read the same way and keeps its printed name; so is a share's name (全程网办事项比例, 占比, 比重).</item>
/// <item>A percentage led by 占 in its clause (其他公文5条,占41%; 调解30件占受理案件的30%) is a share: its numerator is the
/// count printed with it, its denominator the whole stated before it in its section.</item>
/// <item>A percentage led by a change word (纠错率同比增长5%) is a change of the rate, not its figure (<see cref="RateChangeScanner"/>);
/// a level followed by 下降至 / 提高到 and another percentage (较2022年的31.18%下降至10.98%) is an earlier level, and the
/// second percentage is the rate's figure.</item>
/// <item>A percentage in brackets right after it, led by a scope word (全市, 全省, 全国, 全区, 全县), is a benchmark of that
/// scope: (全市16.2%).</item>
/// <item>Counts are linked in the rate's clause and sentence first, then in the sentence before, then in its section,
/// never across a heading (<see cref="Indicators.CountLink"/>), by the words of their clause: the numerator's (纠错, or
/// the addends 撤销, 确认违法 …) and the denominator's (受理, 审结 …).</item>
/// <item>A count followed by 均/全部 and a verb (收到检察建议书8宗,均已完成整改) states a rate of all of that count, when
/// the words around it name one (检察建议 + 整改).</item>
/// </list>
/// All look-arounds are bounded, so the scan is linear.
/// </remarks>
internal sealed partial class RateMentionScanner
{
    private const int FigureWindow = 8;
    private const int SentenceWindow = 160;
    private const int ClauseWindow = 40;
    private const int AllOfWindow = 30;

    private static readonly (string Word, string Scope)[] Scopes =
    [
        ("全国", "national"), ("全省", "province"), ("全市", "city"), ("全区", "district"), ("全县", "county"),
    ];

    private static readonly char[] NameEndings = ['率', '比'];

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
    /// <param name="text">The text.</param>
    /// <param name="quantities">Its quantities, in order.</param>
    /// <param name="headingStarts">Where each heading of the text starts, in order: counts are never linked across one.</param>
    public ImmutableArray<RateMention> Scan(string? text, ImmutableArray<QuantityMatch> quantities, ImmutableArray<int> headingStarts = default)
    {
        var result = ImmutableArray.CreateBuilder<RateMention>();
        if (string.IsNullOrEmpty(text) || quantities.IsDefaultOrEmpty)
        {
            return result.ToImmutable();
        }

        var context = new ScanContext(text, quantities, headingStarts.IsDefault ? [] : headingStarts);
        var q = 0;
        var i = text.IndexOfAny(NameEndings);
        // One list for the names that share a figure, emptied for each group: no group outlives its turn.
        var group = new List<NameMatch>();
        while (i >= 0)
        {
            group.Clear();
            var end = EndOfNameAt(text, i);
            while (end > 0 && MatchNameEndingAt(context, end) is { } match)
            {
                group.Add(match);
                end = match.End;
                var next = end;
                if (next < text.Length && text[next] is '、' or '和' or '及' or '与')
                {
                    next++;
                }

                if (NextNameStartingAt(context, next) is not { } following)
                {
                    break;
                }

                end = following;
            }

            var resume = Math.Max(end, i + 1);
            if (group.Count > 0)
            {
                resume = Math.Max(resume, group[^1].End);
                while (q < quantities.Length && quantities[q].Start < group[^1].End)
                {
                    q++;
                }

                if (FigureAfter(text, quantities, q, group[^1].End) is { } f)
                {
                    resume = Math.Max(resume, AddPublished(context, group, f, result));
                }
            }

            i = resume < text.Length ? text.IndexOfAny(NameEndings, resume) : -1;
        }

        AddShares(context, result);
        AddAllOfStatements(context, result);
        result.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : RateMention.CompareIndicators(a, b));
        return result.ToImmutable();
    }

    /// <summary>Adds the mentions of names that share one figure, its benchmark and a later level; returns where the scan resumes.</summary>
    private static int AddPublished(ScanContext context, List<NameMatch> group, int f, ImmutableArray<RateMention>.Builder result)
    {
        var (text, quantities) = (context.Text, context.Quantities);
        context.Used.Add(f);
        var resume = quantities[f].End;
        var level = f;
        if (LaterLevel(text, quantities, f) is { } later)
        {
            context.Used.Add(later);
            foreach (var name in group)
            {
                result.Add(Mention(name, RateMentionKind.EarlierLevel, null, quantities[f], default));
            }

            level = later;
            resume = quantities[later].End;
        }

        foreach (var name in group)
        {
            var counts = name.Kind == Indicators.IndicatorKind.Share
                ? ShareCounts(context, name.NameStart, level, name.IsBare, null)
                : LinkCounts(context, name, quantities[level].Start);
            var named = counts.Part is { Length: > 0 } part && name.IsBare ? name.WithPart(part) : name;
            result.Add(Mention(named, RateMentionKind.Published, null, quantities[level], FitFigure(context, counts, quantities[level])));
        }

        if (level == f && BenchmarkAfter(text, quantities, f) is { } benchmark)
        {
            context.Used.Add(benchmark.Index);
            foreach (var name in group)
            {
                result.Add(Mention(name, RateMentionKind.Benchmark, benchmark.Scope, quantities[benchmark.Index], default));
            }

            resume = Math.Max(resume, quantities[benchmark.Index].End);
        }

        return resume;
    }

    private static RateMention Mention(NameMatch name, RateMentionKind kind, string? scope, QuantityMatch figure, CountLinks counts) =>
        new(name.Code, scope, kind, name.Span, figure, counts.Numerator, counts.Denominator, counts.NumeratorValue)
        {
            Name = name.Name,
            ValueKind = name.Kind,
            NumeratorLink = counts.NumeratorValue is null ? null : counts.NumeratorLink,
            DenominatorLink = counts.Denominator is null ? null : counts.DenominatorLink,
            MismatchedBase = counts.MismatchedBase,
        };

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
                if (!candidate.IsPercentFigure)
                {
                    return null;
                }

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
            if (next.IsPercentFigure && next.Start > at && next.Start - p <= 16 && !HasBreak(text, p, next.Start))
            {
                return (figure + 1, scope);
            }
        }

        return null;
    }

    private void AddAllOfStatements(ScanContext context, ImmutableArray<RateMention>.Builder result)
    {
        var (text, quantities, used) = (context.Text, context.Quantities, context.Used);
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

                if ((c == '均' || (c == '全' && (TextChars.At(text, p, "全部") || TextChars.At(text, p, "全都")))) && !IsFollowedByFigureVerb(text, p))
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

            var contextStart = Math.Max(WindowStart(text, count.Start, context.SectionStart(count.Start)), count.Start - ClauseWindow);
            if (AllOfTerm(text.AsSpan(contextStart, statementEnd - contextStart)) is { } term)
            {
                var value = (long)Math.Min(count.Value, 1_000_000_000_000m);
                result.Add(new RateMention(term.Code, null, RateMentionKind.AllOf, SourceSpan.FromBounds(count.Start, statementEnd), null, count, count, value)
                {
                    Name = term.Definition.ChineseName,
                    NumeratorLink = Indicators.CountLink.AllOfStatement,
                    DenominatorLink = Indicators.CountLink.AllOfStatement,
                });
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

    /// <summary>The start of the previous sentence on the same line, bounded by the sentence window and the section.</summary>
    private static int WindowStart(string text, int index, int sectionStart)
    {
        var floor = Math.Max(sectionStart, Math.Max(0, index - SentenceWindow));
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
