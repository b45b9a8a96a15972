using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RuleOfLaw.Domain.Text;

/// <summary>The span helpers the reader's phases share: trimming a span, sentence bounds, and binary search over spans in order.</summary>
internal static class TextSpans
{
    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> without blanks and line breaks at either end.</summary>
    public static SourceSpan Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return SourceSpan.FromBounds(start, end);
    }

    /// <summary>The non-empty sentences of a span, each trimmed: split at 。；; and line breaks.</summary>
    public static List<SourceSpan> Sentences(string text, SourceSpan span)
    {
        var sentences = new List<SourceSpan>();
        var end = Math.Min(span.End, text.Length);
        var start = span.Start;
        for (var p = span.Start; p <= end; p++)
        {
            if (p == end || text[p] is '。' or '；' or ';' || TextChars.IsLineBreak(text[p]))
            {
                var sentence = Trim(text, start, p);
                if (!sentence.IsEmpty)
                {
                    sentences.Add(sentence);
                }

                start = p + 1;
            }
        }

        return sentences;
    }

    /// <summary>The index of the first item whose key is at least <paramref name="key"/>, in items sorted by key; the length when none is.</summary>
    public static int LowerBound<T>(ImmutableArray<T> items, int key, Func<T, int> keyOf)
    {
        int low = 0, high = items.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (keyOf(items[mid]) < key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static bool IsSpace(char c) => TextChars.IsBlank(c) || TextChars.IsLineBreak(c);
}
