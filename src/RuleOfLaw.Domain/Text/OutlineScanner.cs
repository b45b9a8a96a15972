using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Text;

/// <summary>Finds the numbered headings of a report text, line by line, with their titles, levels and bodies.</summary>
/// <remarks>
/// <para>
/// A heading is a line that starts (after indentation) with a marker of one of the five families (<c>一、</c>,
/// <c>（一）</c> or the malformed <c>一)</c>, <c>1.</c>, <c>（1）</c>, <c>①</c>, ASCII and full-width alike, blanks after
/// the marker allowed), or with a bracketed heading <c>【…】</c>; a <c>一、</c> heading flattened into a paragraph after
/// a colon and blanks is found too. The title is found by <see cref="HeadingBoundary"/>.
/// Numbering is not checked: an excerpt that starts at <c>（五）</c>, a <c>（一）</c> that restarts under each
/// <c>一、</c>, or a skipped number are headings like any other.
/// </para>
/// <para>
/// Levels: a family fixes its level (<c>一、</c> = 1 … <c>①</c> = 5), with three exceptions read from the text's
/// shape. A <c>一、</c> that restarts at 一 straight after a <c>一、</c> heading, with nothing numbered between, opens a
/// list one level down (<c>一、2020年工作总结</c> / <c>一、加强组织领导</c> / <c>二、…</c>): its numbers go on while
/// they count on, and the first that counts on the outer list instead returns to it; headings of deeper families
/// inside that list move one level down too. Paragraph-initial <c>一是</c>, <c>二是</c> … are headings only where the
/// text has no <c>（一）</c> heading and at least two whole paragraphs start with them counting from 一; they take the
/// <c>（一）</c> level; inline ones inside a paragraph never are. A <c>【…】</c> heading sits one level below the last
/// numbered heading before it (level 1 when there is none). No level goes past 5.
/// </para>
/// <para>
/// A section's body runs to the next heading; its content (body and subsections) to the next heading at its level or
/// above. Linear in the text.
/// </para>
/// </remarks>
internal static class OutlineScanner
{
    private const int MaxLevel = 5;
    private const int MaxBracketHeading = 30;

    /// <summary>Finds the headings of <paramref name="text"/> that start before <paramref name="end"/>.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="start">Where the outline may begin (after the header).</param>
    /// <param name="end">Where the outline ends (before a closing signature); bodies stop there.</param>
    public static ImmutableArray<OutlineEntry> Scan(string? text, int start = 0, int end = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        end = Math.Clamp(end, 0, text.Length);
        start = Math.Clamp(start, 0, end);
        // Pooled storage: a long text holds thousands of headings, and the lists are gone when the entries are made.
        var found = new PooledList<Found>(64);
        using var ordinals = new PooledList<Found>(16);
        var hasParenthesizedChinese = false;
        var lastChineseNumber = 0;
        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = Math.Min(TextChars.LineEnd(text, lineStart), end);
            var p = lineStart;
            while (p < lineEnd && TextChars.IsBlank(text[p]))
            {
                p++;
            }

            if (OutlineMarkers.TryRead(text, p, lineEnd, out var family, out var number, out var markerEnd))
            {
                if (Heading(text, lineStart, p, markerEnd, lineEnd, family, number) is { } heading)
                {
                    found.Add(heading);
                    hasParenthesizedChinese |= family == OutlineMarkerFamily.ParenthesizedChinese;
                    lastChineseNumber = family == OutlineMarkerFamily.ChineseEnumeration ? number : lastChineseNumber;
                }
            }
            else if (BracketHeading(text, lineStart, p, lineEnd) is { } bracketed)
            {
                found.Add(bracketed);
            }
            else if (ParagraphOrdinal(text, p, lineEnd, out number, out markerEnd) && Heading(text, lineStart, p, markerEnd, lineEnd, OutlineMarkerFamily.ParagraphOrdinal, number) is { } ordinal)
            {
                ordinals.Add(ordinal);
            }

            FlattenedHeadings(text, p, lineEnd, found, ref lastChineseNumber);

            lineStart = lineEnd + 1;
        }

        if (!hasParenthesizedChinese && OrdinalsCount(ordinals))
        {
            var merged = Merge(found, ordinals);
            found.Dispose();
            found = merged;
        }

        using var headings = found;

        // Three arrays of the headings' number, gone when the entries are made: pooled, like the lists.
        var levels = ArrayPool<int>.Shared.Rent(found.Count);
        Levels(found, levels);

        // The next heading at each level or above, filled from the right so the pass stays linear.
        var contentEnds = ArrayPool<int>.Shared.Rent(found.Count);
        var nextByLevel = new int[MaxLevel + 1];
        Array.Fill(nextByLevel, end);
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (levels[k] == 0)
            {
                continue;
            }

            var next = end;
            for (var l = 1; l <= levels[k]; l++)
            {
                next = Math.Min(next, nextByLevel[l]);
            }

            contentEnds[k] = next;
            nextByLevel[levels[k]] = found[k].LineStart;
        }

        // A body runs to the next kept heading: filled from the right too, so headings dropped in a row stay linear.
        var bodyEnds = ArrayPool<int>.Shared.Rent(found.Count);
        var nextKept = end;
        for (var k = found.Count - 1; k >= 0; k--)
        {
            bodyEnds[k] = nextKept;
            if (levels[k] != 0)
            {
                nextKept = found[k].LineStart;
            }
        }

        var markers = new Dictionary<(OutlineMarkerFamily, int, int), string>();
        var entries = ImmutableArray.CreateBuilder<OutlineEntry>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            if (levels[k] == 0)
            {
                continue;
            }

            var entry = found[k];
            var bodyEnd = bodyEnds[k];

            var body = TextSpans.Trim(text, Math.Min(entry.BodyStart, bodyEnd), bodyEnd);
            entries.Add(new OutlineEntry(
                Marker(text, entry, markers),
                SourceSpan.FromBounds(entry.MarkerStart, entry.MarkerEnd),
                entry.Family,
                entry.Number,
                text[entry.TitleStart..entry.TitleEnd],
                SourceSpan.FromBounds(entry.TitleStart, entry.TitleEnd),
                entry.Uncertain,
                body,
                Math.Max(contentEnds[k], body.End),
                levels[k]));
        }

        ArrayPool<int>.Shared.Return(levels);
        ArrayPool<int>.Shared.Return(contentEnds);
        ArrayPool<int>.Shared.Return(bodyEnds);
        return entries.Count == entries.Capacity ? entries.MoveToImmutable() : entries.ToImmutable();
    }

    /// <summary>
    /// Headings flattened into a paragraph (<c>…报告如下: 一、总体情况 2023年,全区…</c>): after a colon or 。 and blanks, a
    /// <c>一、</c> marker that counts on the last one found (一 when there is none), its title running to the next blanks
    /// within <see cref="HeadingBoundary.LongestPlainHeading"/> characters; the boundary is flagged as a judgement.
    /// </summary>
    private static void FlattenedHeadings(string text, int from, int lineEnd, PooledList<Found> found, ref int lastChineseNumber)
    {
        for (var q = from + 2; q < lineEnd; q++)
        {
            // The next place where a run of blanks ends, found with vectorised searches rather than one character at a time.
            var blank = text.AsSpan(q - 1, lineEnd - q + 1).IndexOfAny(TextChars.Blanks);
            if (blank < 0)
            {
                return;
            }

            var runEnd = text.AsSpan(q - 1 + blank, lineEnd - q + 1 - blank).IndexOfAnyExcept(TextChars.Blanks);
            if (runEnd < 0)
            {
                return;
            }

            q = q - 1 + blank + runEnd;

            var b = q - 1;
            while (b > from && TextChars.IsBlank(text[b - 1]))
            {
                b--;
            }

            if (b == from || text[b - 1] is not (':' or '：' or '。')
                || !OutlineMarkers.TryRead(text, q, lineEnd, out var family, out var number, out var markerEnd) || family != OutlineMarkerFamily.ChineseEnumeration)
            {
                continue;
            }

            var last = lastChineseNumber;
            var limit = Math.Min(lineEnd, markerEnd + HeadingBoundary.LongestPlainHeading);
            var titleEnd = markerEnd;
            while (titleEnd < limit && !TextChars.IsBlank(text[titleEnd]) && text[titleEnd] is not ('。' or ',' or '，'))
            {
                titleEnd++;
            }

            if (number != last + 1 || titleEnd >= limit || !TextChars.IsBlank(text[titleEnd]) || titleEnd - markerEnd < 2)
            {
                continue;
            }

            var bodyStart = titleEnd;
            while (bodyStart < lineEnd && TextChars.IsBlank(text[bodyStart]))
            {
                bodyStart++;
            }

            found.Add(new Found(q, q, family, number, markerEnd, markerEnd, titleEnd, bodyStart, true));
            lastChineseNumber = number;
            q = bodyStart;
        }
    }

    private readonly record struct Found(int LineStart, int MarkerStart, OutlineMarkerFamily Family, int Number, int MarkerEnd, int TitleStart, int TitleEnd, int BodyStart, bool Uncertain);

    /// <summary>The marker as printed; one string for each marker printed alike, since a long outline repeats a few markers many times.</summary>
    private static string Marker(string text, Found entry, Dictionary<(OutlineMarkerFamily, int, int), string> markers)
    {
        var printed = text.AsSpan(entry.MarkerStart, entry.MarkerEnd - entry.MarkerStart);
        var key = (entry.Family, entry.Number, printed.Length);
        if (markers.TryGetValue(key, out var known) && printed.SequenceEqual(known))
        {
            return known;
        }

        var marker = printed.ToString();
        markers.TryAdd(key, marker);
        return marker;
    }

    private static Found? Heading(string text, int lineStart, int markerStart, int markerEnd, int lineEnd, OutlineMarkerFamily family, int number)
    {
        var titleStart = markerEnd;
        while (titleStart < lineEnd && TextChars.IsBlank(text[titleStart]))
        {
            titleStart++;
        }

        if (titleStart >= lineEnd)
        {
            return null;
        }

        var (titleEnd, bodyStart, uncertain) = HeadingBoundary.Find(text, titleStart, lineEnd);
        titleEnd = TrimTitleEnd(text, titleStart, titleEnd);
        return titleEnd > titleStart ? new Found(lineStart, markerStart, family, number, markerEnd, titleStart, titleEnd, bodyStart, uncertain) : null;
    }

    /// <summary>A line that opens with a bracketed heading, <c>【强化组织领导】</c>, its title the text inside the brackets.</summary>
    private static Found? BracketHeading(string text, int lineStart, int p, int lineEnd)
    {
        if (p >= lineEnd || text[p] != '【')
        {
            return null;
        }

        var limit = Math.Min(lineEnd, p + MaxBracketHeading + 2);
        var close = text.AsSpan(p + 1, limit - p - 1).IndexOf('】');
        if (close <= 0)
        {
            return null;
        }

        var closeAt = p + 1 + close;
        var titleStart = p + 1;
        while (titleStart < closeAt && TextChars.IsBlank(text[titleStart]))
        {
            titleStart++;
        }

        var titleEnd = TrimTitleEnd(text, titleStart, closeAt);
        var inner = text.AsSpan(titleStart, Math.Max(0, titleEnd - titleStart));
        if (inner.Length < 2 || inner.IndexOfAny('。', '【') >= 0 || IsDateOrYear(inner) || ReportHeaderScanner.IsChromeWord(inner))
        {
            return null;
        }

        return new Found(lineStart, p, OutlineMarkerFamily.Bracketed, 0, p + 1, titleStart, titleEnd, closeAt + 1, false);
    }

    /// <summary>Whether bracket text is a year or date tag such as 【2022年】, not a heading.</summary>
    private static bool IsDateOrYear(ReadOnlySpan<char> inner)
    {
        foreach (var c in inner)
        {
            if (!(TextChars.IsDigit(c) || c is '年' or '月' or '日' or '度' or '-' or '/' or '.' || NumeralGrammar.DigitOf(c, NumeralFeatures.None) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A paragraph that opens with 一是, 二是 … (a Chinese numeral of one or two characters and 是).</summary>
    private static bool ParagraphOrdinal(string text, int p, int lineEnd, out int number, out int markerEnd)
    {
        number = 0;
        markerEnd = p;
        var q = p;
        while (q < lineEnd && q - p < 2 && text[q] is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十')
        {
            q++;
        }

        if (q == p || q >= lineEnd || text[q] != '是' || !NumeralGrammar.TryParse(text.AsSpan(p, q - p), NumeralFeatures.None, out var value) || value is < 1 or > 20)
        {
            return false;
        }

        number = (int)value;
        markerEnd = q + 1;
        return true;
    }

    /// <summary>Whether paragraph-initial ordinals make a list: at least two, the first counting 一 and the next 二.</summary>
    private static bool OrdinalsCount(PooledList<Found> ordinals)
    {
        for (var k = 0; k + 1 < ordinals.Count; k++)
        {
            if (ordinals[k].Number == 1 && ordinals[k + 1].Number == 2)
            {
                return true;
            }
        }

        return false;
    }

    private static PooledList<Found> Merge(PooledList<Found> headings, PooledList<Found> ordinals)
    {
        var merged = new PooledList<Found>(headings.Count + ordinals.Count);
        int i = 0, j = 0;
        while (i < headings.Count || j < ordinals.Count)
        {
            merged.Add(j >= ordinals.Count || (i < headings.Count && headings[i].LineStart < ordinals[j].LineStart) ? headings[i++] : ordinals[j++]);
        }

        return merged;
    }

    /// <summary>Writes the level of each heading into <paramref name="levels"/>; 0 for one that would sit deeper than <see cref="MaxLevel"/> and is dropped.</summary>
    private static void Levels(PooledList<Found> found, int[] levels)
    {
        var nestedLast = 0;
        var nested = false;
        var lastNumbered = 0;
        for (var k = 0; k < found.Count; k++)
        {
            var entry = found[k];
            int level;
            switch (entry.Family)
            {
                case OutlineMarkerFamily.ChineseEnumeration:
                    if (nested && entry.Number == nestedLast + 1)
                    {
                        nestedLast = entry.Number;
                        level = 2;
                    }
                    else if (entry.Number == 1 && k > 0 && found[k - 1].Family == OutlineMarkerFamily.ChineseEnumeration && levels[k - 1] == 1)
                    {
                        nested = true;
                        nestedLast = 1;
                        level = 2;
                    }
                    else
                    {
                        nested = false;
                        level = 1;
                    }

                    break;
                case OutlineMarkerFamily.ParagraphOrdinal:
                    level = (int)OutlineMarkerFamily.ParenthesizedChinese + (nested ? 1 : 0);
                    break;
                case OutlineMarkerFamily.Bracketed:
                    level = lastNumbered + 1;
                    break;
                default:
                    level = (int)entry.Family + (nested ? 1 : 0);
                    break;
            }

            levels[k] = level <= MaxLevel ? level : 0;
            if (entry.Family != OutlineMarkerFamily.Bracketed && levels[k] != 0)
            {
                lastNumbered = levels[k];
            }
        }
    }

    private static int TrimTitleEnd(string text, int start, int end)
    {
        while (end > start && (TextChars.IsBlank(text[end - 1]) || text[end - 1] is ':' or '：' or ',' or '，' or '。' or '；' or ';'))
        {
            end--;
        }

        return end;
    }
}
