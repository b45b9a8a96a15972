using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Text;

/// <summary>Linking rates and shares to the counts stated with them: clause, sentence, the sentence before, the section; never across a heading.</summary>
internal sealed partial class RateMentionScanner
{
    /// <summary>How far back in its section a rate's base or a share's whole is looked for.</summary>
    private const int SectionWindow = 600;

    /// <summary>How far before its figure a share's 占 may stand.</summary>
    private const int ShareWindow = 16;

    // 占 in 占用, 占地, 占有, 占领, 占据 is no share.
    private const string NotShareAfter = "用地有领据";

    private const string Among = "其中";

    private static readonly string[] WholeSuffixes = ["的比例", "的比重", "比例", "比重", "总数的", "总量的", "的", "为", "达", "约", "近"];

    private static CountLinks LinkCounts(ScanContext context, NameMatch name, int figureStart)
    {
        var (text, quantities) = (context.Text, context.Quantities);
        var termStart = name.Span.Start;
        var sectionStart = context.SectionStart(termStart);
        var windowStart = WindowStart(text, termStart, sectionStart);
        if (name.Term is not { } term)
        {
            // A rate no catalogue lists: its numerator is the count whose clause holds the word before its 率 (响应 of
            // 响应率), its denominator the whole of the same unit stated before that in the sentence.
            if (name.Stem is null || FindByWords(context, [name.Stem], [], [], windowStart, termStart) is not { Numerator: { } n } own)
            {
                return default;
            }

            var whole = WholeBefore(context, own.NumeratorIndex, windowStart, n.Unit, n.Value, null);
            return Links(text, n, own.NumeratorValue, whole is { } w ? quantities[w] : null, figureStart);
        }

        var found = FindByWords(context, term.NumeratorWords, term.NumeratorPartWords, term.DenominatorWords, windowStart, termStart);
        var denominator = found.Denominator;
        var sectionLink = false;
        if (found.Numerator is not null && denominator is null && windowStart > sectionStart)
        {
            // Then the section: a base named by its words earlier under the same heading.
            var floor = Math.Max(sectionStart, windowStart - SectionWindow);
            denominator = FindByWords(context, [], [], term.DenominatorWords, floor, windowStart).Denominator;
            sectionLink = denominator is not null;
        }

        var links = Links(text, found.Numerator, found.NumeratorValue, denominator, figureStart);
        return sectionLink ? links with { DenominatorLink = CountLink.SameSection } : links;
    }

    /// <summary>
    /// The counts of a window named by a rate's words. A clause naming only the numerator's words is a better numerator
    /// than one naming both (纳入调解27件 names the base, 调解结案17件 the numerator); addends are summed when no whole is
    /// printed; the denominator is the clause whose word comes first in the rate's list.
    /// </summary>
    private static Found FindByWords(ScanContext context, ImmutableArray<string> numeratorWords, ImmutableArray<string> partWords, ImmutableArray<string> denominatorWords, int from, int to)
    {
        var (text, quantities) = (context.Text, context.Quantities);
        int numeratorOnly = -1, both = -1, bothRank = -1, denominator = -1, firstPart = -1, partCount = 0;
        var denominatorRank = int.MaxValue;
        long parts = 0;
        for (var k = TextSpans.LowerBound(quantities, from, static q => q.Start); k < quantities.Length && quantities[k].End <= to; k++)
        {
            var count = quantities[k];
            if (!IsWholeCount(count) || context.Used.Contains(k))
            {
                continue;
            }

            var clause = Clause(text, count.Start);
            var named = ContainsAny(clause, numeratorWords);
            var rank = FirstIndexOfAny(clause, denominatorWords);
            if (named && rank < 0)
            {
                numeratorOnly = numeratorOnly < 0 ? k : numeratorOnly;
            }
            else if (named)
            {
                if (both < 0)
                {
                    (both, bothRank) = (k, rank);
                }
            }
            else if (ContainsAny(clause, partWords))
            {
                firstPart = firstPart < 0 ? k : firstPart;
                parts += Value(count);
                partCount++;
            }
            else if (rank >= 0 && rank < denominatorRank)
            {
                (denominator, denominatorRank) = (k, rank);
            }
        }

        if (numeratorOnly >= 0 && both >= 0 && bothRank < denominatorRank)
        {
            denominator = both;
        }

        var numerator = numeratorOnly >= 0 ? numeratorOnly : both >= 0 ? both : -1;
        if (numerator >= 0)
        {
            return new Found(quantities[numerator], numerator, Value(quantities[numerator]), denominator >= 0 ? quantities[denominator] : null);
        }

        return partCount > 0
            ? new Found(quantities[firstPart], firstPart, parts, denominator >= 0 ? quantities[denominator] : null)
            : new Found(null, -1, null, denominator >= 0 ? quantities[denominator] : null);
    }

    /// <summary>Finds the shares led by 占 that no name claimed: 其他公文5条,占41%; 调解30件占受理案件的30%.</summary>
    private static void AddShares(ScanContext context, ImmutableArray<RateMention>.Builder result)
    {
        var (text, quantities) = (context.Text, context.Quantities);
        for (var k = 0; k < quantities.Length; k++)
        {
            var figure = quantities[k];
            if (!figure.IsPercentFigure || figure.Change is not null || context.Used.Contains(k))
            {
                continue;
            }

            var at = -1;
            for (var p = figure.Start - 1; p >= Math.Max(0, figure.Start - ShareWindow) && !TextChars.IsClauseEnd(text[p]); p--)
            {
                if (text[p] == '占' && p + 1 < text.Length && !NotShareAfter.Contains(text[p + 1], StringComparison.Ordinal))
                {
                    at = p;
                    break;
                }
            }

            if (at < 0)
            {
                continue;
            }

            var whole = TrimWhole(text.AsSpan(at + 1, figure.Start - at - 1));
            var counts = ShareCounts(context, at, k, true, whole.Length > 0 ? whole : null);
            var name = (counts.Part ?? string.Empty) + "占" + (whole.Length > 0 ? whole + "比例" : "比");
            context.Used.Add(k);
            var start = counts.PartStart ?? at;
            result.Add(new RateMention(IndicatorCode.ForUnlistedName(name).Value, null, RateMentionKind.Published, SourceSpan.FromBounds(start, figure.Start), figure, counts.Numerator, counts.Denominator, counts.NumeratorValue)
            {
                Name = name,
                ValueKind = IndicatorKind.Share,
                NumeratorLink = counts.NumeratorValue is null ? null : counts.NumeratorLink,
                DenominatorLink = counts.Denominator is null ? null : counts.DenominatorLink,
            });
        }
    }

    private static string TrimWhole(ReadOnlySpan<char> between)
    {
        var whole = between.Trim();
        var trimmed = true;
        while (trimmed && whole.Length > 0)
        {
            trimmed = false;
            foreach (var suffix in WholeSuffixes)
            {
                if (whole.EndsWith(suffix, StringComparison.Ordinal))
                {
                    whole = whole[..^suffix.Length];
                    trimmed = true;
                }
            }
        }

        foreach (var c in whole)
        {
            if (!IsIdeograph(c))
            {
                return string.Empty;
            }
        }

        return whole.ToString();
    }

    /// <summary>
    /// A share's counts: the part is the count printed in its clause before <paramref name="nameStart"/>, or, when the
    /// clause starts with the share (其他公文5条,占41%), the count that ends the clause before; the whole is the count of
    /// the same unit stated before the part in the section, not smaller and not itself a part.
    /// </summary>
    private static CountLinks ShareCounts(ScanContext context, int nameStart, int figure, bool bare, string? wholeNoun)
    {
        var (text, quantities) = (context.Text, context.Quantities);
        var clauseStart = ClauseStart(text, nameStart);
        var part = LastCountIn(context, clauseStart, nameStart);
        var partStart = clauseStart;
        if (part < 0 && bare && clauseStart == nameStart && clauseStart > 0 && TextChars.IsComma(text[clauseStart - 1]))
        {
            var previousStart = ClauseStart(text, clauseStart - 1);
            var candidate = LastCountIn(context, previousStart, clauseStart - 1);
            if (candidate >= 0 && IsBlankBetween(text, quantities[candidate].End, clauseStart - 1))
            {
                (part, partStart) = (candidate, previousStart);
            }
        }

        var noun = PartNoun(text, partStart, part >= 0 ? quantities[part].Start : nameStart);
        if (part < 0)
        {
            return new CountLinks(null, null, null, null, null) { Part = noun, PartStart = noun is null ? null : partStart };
        }

        context.ShareParts.Add(part);
        var numerator = quantities[part];
        var floor = Math.Max(context.SectionStart(numerator.Start), numerator.Start - SectionWindow);
        var whole = WholeBefore(context, part, floor, numerator.Unit, numerator.Value, wholeNoun);
        var links = Links(text, numerator, Value(numerator), whole is { } w ? quantities[w] : null, quantities[figure].Start);
        return links with { Part = noun, PartStart = partStart };
    }

    /// <summary>
    /// The nearest count before <paramref name="before"/> and after <paramref name="floor"/> of the same unit, not below
    /// <paramref name="atLeast"/>, not a part of a share and not a sibling of the part in its 其中 list (in 共12条,其中A7条,
    /// B5条,占41.7% the whole of 5 is 12, not 7); the one whose clause names the whole when it is printed.
    /// </summary>
    private static int? WholeBefore(ScanContext context, int before, int floor, string unit, decimal atLeast, string? wholeNoun)
    {
        var (text, quantities) = (context.Text, context.Quantities);
        var listStart = AmongBefore(text, floor, quantities[before].Start);
        int? nearest = null;
        for (var k = before - 1; k >= 0 && quantities[k].Start >= floor; k--)
        {
            var count = quantities[k];
            if (!IsWholeCount(count) || count.Unit != unit || count.Value < atLeast || count.Start >= listStart || context.ShareParts.Contains(k) || context.Used.Contains(k))
            {
                continue;
            }

            if (wholeNoun is null || Clause(text, count.Start).Contains(wholeNoun.AsSpan(Math.Max(0, wholeNoun.Length - 2)), StringComparison.Ordinal))
            {
                return k;
            }

            nearest ??= k;
        }

        return nearest;
    }

    /// <summary>
    /// When the linked counts give a different figure under every rounding rule (<see cref="RateCheck"/> with all of
    /// <see cref="RoundingModes.All"/>), looks in the section for the one stated count that, as the base, gives the
    /// figure under the accepted rules, and takes it; either way the mismatched base is kept for a read note.
    /// </summary>
    private static CountLinks FitFigure(ScanContext context, CountLinks counts, QuantityMatch figure)
    {
        if (counts.NumeratorValue is not { } n || counts.Denominator is not { } stated || !IsWholeCount(stated) || !RateMention.IsCheckable(figure) || n > Value(stated))
        {
            return counts;
        }

        var published = PublishedFigure.Of(figure.Value, figure.Decimals);
        if (RateCheck.Check(n, Value(stated), published, RoundingModes.All).Outcome != ConsistencyOutcome.Inconsistent)
        {
            return counts;
        }

        var quantities = context.Quantities;
        var floor = Math.Max(context.SectionStart(figure.Start), figure.Start - SectionWindow);
        var accepted = Validation.RuleSet.National.AcceptedRounding;
        QuantityMatch? fitting = null;
        var values = new HashSet<long>();
        for (var k = TextSpans.LowerBound(quantities, figure.Start, static q => q.Start) - 1; k >= 0 && quantities[k].Start >= floor; k--)
        {
            var count = quantities[k];
            if (!IsWholeCount(count) || ReferenceEquals(count, counts.Numerator) || Value(count) < n || Value(count) == Value(stated))
            {
                continue;
            }

            if (RateCheck.Check(n, Value(count), published, accepted).IsConsistent && values.Add(Value(count)))
            {
                fitting ??= count;
            }
        }

        return values.Count == 1 && fitting is not null
            ? counts with { Denominator = fitting, DenominatorLink = CountLink.FitsPrintedFigure, MismatchedBase = stated }
            : counts with { MismatchedBase = stated };
    }

    private static CountLinks Links(string text, QuantityMatch? numerator, long? numeratorValue, QuantityMatch? denominator, int figureStart) =>
        new(numerator, numeratorValue, denominator,
            numerator is null ? null : LinkOf(text, numerator.End, figureStart),
            denominator is null ? null : LinkOf(text, denominator.End, figureStart));

    /// <summary>How far a count ending at <paramref name="end"/> stands from the figure at <paramref name="figureStart"/>.</summary>
    private static CountLink LinkOf(string text, int end, int figureStart)
    {
        var sentences = 0;
        var clauses = 0;
        for (var p = Math.Max(0, end); p < figureStart && p < text.Length; p++)
        {
            var c = text[p];
            if (TextChars.IsLineBreak(c))
            {
                return CountLink.SameSection;
            }

            if (TextChars.IsSentenceEnd(c))
            {
                sentences++;
            }
            else if (TextChars.IsClauseEnd(c))
            {
                clauses++;
            }
        }

        return sentences switch
        {
            0 => clauses == 0 ? CountLink.SameClause : CountLink.SameSentence,
            1 => CountLink.PreviousSentence,
            _ => CountLink.SameSection,
        };
    }

    /// <summary>Where the 其中 list holding <paramref name="index"/> starts: the last 其中 of its sentence (a semicolon does not end it) after <paramref name="floor"/>, or <see cref="int.MaxValue"/>.</summary>
    private static int AmongBefore(string text, int floor, int index)
    {
        for (var p = index - Among.Length; p >= floor && p >= 0; p--)
        {
            // A semicolon does not close a 其中 list (其中A7条；B5条), as in the breakdown scanner.
            if (text[p] is '。' or '！' or '？' or '!' or '?' || TextChars.IsLineBreak(text[p]))
            {
                break;
            }

            if (TextChars.At(text, p, Among))
            {
                return p;
            }
        }

        return int.MaxValue;
    }

    private static int LastCountIn(ScanContext context, int from, int to)
    {
        var quantities = context.Quantities;
        for (var k = TextSpans.LowerBound(quantities, to, static q => q.Start) - 1; k >= 0 && quantities[k].Start >= from; k--)
        {
            if (IsWholeCount(quantities[k]) && quantities[k].End <= to && !context.Used.Contains(k))
            {
                return k;
            }
        }

        return -1;
    }

    private static string? PartNoun(string text, int from, int to)
    {
        var start = from;
        foreach (var prefix in NamePrefixes)
        {
            if (start + prefix.Length <= to && TextChars.At(text, start, prefix))
            {
                start += prefix.Length;
            }
        }

        // A bracket opened before the share and not closed holds it (依法决策（占总分的20%）): the words before it are no part.
        var depth = 0;
        for (var p = to - 1; p >= start; p--)
        {
            if (TextChars.IsCloseParenthesis(text[p]))
            {
                depth++;
            }
            else if (text[p] is '(' or '（' && depth-- == 0)
            {
                start = p + 1;
                break;
            }
        }

        var noun = text.AsSpan(start, Math.Max(0, to - start)).Trim();
        if (noun.Length > NameWindow)
        {
            noun = noun[^NameWindow..];
        }

        return noun.IsEmpty ? null : noun.ToString();
    }

    private static int ClauseStart(string text, int index)
    {
        var floor = Math.Max(0, index - ClauseWindow);
        var p = index;
        while (p > floor && !TextChars.IsClauseEnd(text[p - 1]))
        {
            p--;
        }

        return p;
    }

    private static bool IsBlankBetween(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (!TextChars.IsBlank(text[p]) && !TextChars.IsCloseParenthesis(text[p]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWholeCount(QuantityMatch count) =>
        count.Kind == QuantityKind.Count && count.Scale == ScaleWord.None && count.Decimals == 0 && count.Value == decimal.Truncate(count.Value);

    private static long Value(QuantityMatch count) => (long)Math.Min(count.Value, 1_000_000_000_000m);

    /// <summary>The counts of one window named by a rate's words.</summary>
    private readonly record struct Found(QuantityMatch? Numerator, int NumeratorIndex, long? NumeratorValue, QuantityMatch? Denominator);

    /// <summary>The counts linked to one figure, why, and the part of a share.</summary>
    private readonly record struct CountLinks(QuantityMatch? Numerator, long? NumeratorValue, QuantityMatch? Denominator, CountLink? NumeratorLink, CountLink? DenominatorLink)
    {
        public QuantityMatch? MismatchedBase { get; init; }

        public string? Part { get; init; }

        public int? PartStart { get; init; }
    }

    /// <summary>A set of indexes into a scan's quantities: one flag an index, no hashing and no growth.</summary>
    private sealed class QuantitySet(int count)
    {
        private readonly bool[] _members = new bool[count];

        public void Add(int index) => _members[index] = true;

        public bool Contains(int index) => _members[index];
    }

    /// <summary>One scan's text, quantities, headings and the figures and counts already taken.</summary>
    private sealed class ScanContext(string text, ImmutableArray<QuantityMatch> quantities, ImmutableArray<int> headingStarts)
    {
        private int[]? _quantityEnds;

        private bool? _endsInOrder;

        public string Text { get; } = text;

        public ImmutableArray<QuantityMatch> Quantities { get; } = quantities;

        /// <summary>The figures (and all-of counts) taken by a mention.</summary>
        public QuantitySet Used { get; } = new(quantities.Length);

        /// <summary>The counts taken as parts of shares, which are no whole.</summary>
        public QuantitySet ShareParts { get; } = new(quantities.Length);

        /// <summary>Where the section holding <paramref name="index"/> starts: the last heading at or before it, or 0.</summary>
        public int SectionStart(int index)
        {
            int lo = 0, hi = headingStarts.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (headingStarts[mid] <= index)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo == 0 ? 0 : headingStarts[lo - 1];
        }

        /// <summary>Whether a quantity ends at <paramref name="index"/> (a name never holds one).</summary>
        public bool EndsQuantity(int index)
        {
            // The ends in ascending order, searched by halving: no hash set of one entry per quantity. Quantities that do
            // not overlap end in order already, and are searched as they are; only otherwise is an array of the ends sorted.
            if (_endsInOrder is null)
            {
                var sorted = true;
                for (var k = 1; k < Quantities.Length && sorted; k++)
                {
                    sorted = Quantities[k - 1].End <= Quantities[k].End;
                }

                _endsInOrder = sorted;
                if (!sorted)
                {
                    var ends = new int[Quantities.Length];
                    for (var k = 0; k < ends.Length; k++)
                    {
                        ends[k] = Quantities[k].End;
                    }

                    Array.Sort(ends);
                    _quantityEnds = ends;
                }
            }

            if (_quantityEnds is not null)
            {
                return Array.BinarySearch(_quantityEnds, index) >= 0;
            }

            var at = TextSpans.LowerBound(Quantities, index, static q => q.End);
            return at < Quantities.Length && Quantities[at].End == index;
        }
    }
}
