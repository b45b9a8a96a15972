using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RuleOfLaw.Domain.Text;

/// <summary>Finds the numbered headings of a report text, line by line, with their titles and bodies.</summary>
/// <remarks>
/// A heading is a line that starts (after indentation) with a marker of one of the five families; its level is the
/// one its family fixes (<c>一、</c> = 1 … <c>①</c> = 5). The title is found by <see cref="HeadingBoundary"/>. A
/// section's body runs to the next heading; its content (body and subsections) to the next heading at its level or
/// above. Linear in the text.
/// </remarks>
internal static class OutlineScanner
{
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
        var found = new List<(int LineStart, int MarkerStart, OutlineMarkerFamily Family, int Number, int MarkerEnd, int TitleStart, int TitleEnd, int BodyStart, bool Uncertain)>();
        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = Math.Min(TextChars.LineEnd(text, lineStart), end);
            var p = lineStart;
            while (p < lineEnd && TextChars.IsBlank(text[p]))
            {
                p++;
            }

            if (MarkerReader.TryRead(text, p, lineEnd, out var family, out var number, out var markerEnd))
            {
                var titleStart = markerEnd;
                while (titleStart < lineEnd && TextChars.IsBlank(text[titleStart]))
                {
                    titleStart++;
                }

                if (titleStart < lineEnd)
                {
                    var (titleEnd, bodyStart, uncertain) = HeadingBoundary.Find(text, titleStart, lineEnd);
                    titleEnd = TrimTitleEnd(text, titleStart, titleEnd);
                    if (titleEnd > titleStart)
                    {
                        found.Add((lineStart, p, family, number, markerEnd, titleStart, titleEnd, bodyStart, uncertain));
                    }
                }
            }

            lineStart = lineEnd + 1;
        }

        // The next heading at each level or above, filled from the right so the pass stays linear.
        var contentEnds = new int[found.Count];
        var nextByFamily = new int[6];
        Array.Fill(nextByFamily, end);
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var level = (int)found[k].Family;
            var next = end;
            for (var f = 1; f <= level; f++)
            {
                next = Math.Min(next, nextByFamily[f]);
            }

            contentEnds[k] = next;
            nextByFamily[level] = found[k].LineStart;
        }

        var entries = ImmutableArray.CreateBuilder<OutlineEntry>(found.Count);
        for (var k = 0; k < found.Count; k++)
        {
            var entry = found[k];
            var bodyEnd = k + 1 < found.Count ? found[k + 1].LineStart : end;
            var contentEnd = contentEnds[k];
            var body = TextSpans.Trim(text, Math.Min(entry.BodyStart, bodyEnd), bodyEnd);
            entries.Add(new OutlineEntry(
                text[entry.MarkerStart..entry.MarkerEnd],
                SourceSpan.FromBounds(entry.MarkerStart, entry.MarkerEnd),
                entry.Family,
                entry.Number,
                text[entry.TitleStart..entry.TitleEnd],
                SourceSpan.FromBounds(entry.TitleStart, entry.TitleEnd),
                entry.Uncertain,
                body,
                Math.Max(contentEnd, body.End)));
        }

        return entries.MoveToImmutable();
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
