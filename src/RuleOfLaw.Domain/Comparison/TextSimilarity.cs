using System;
using System.Buffers;

namespace RuleOfLaw.Domain.Comparison;

/// <summary>How much of one text's wording another text holds, by character bigrams; letters and digits only.</summary>
/// <remarks>
/// A text's bigrams are kept as a sorted array of distinct values (two UTF-16 units packed in one <see cref="uint"/>), so
/// a containment is one merge of two arrays: no hash set per text, which a batch of 100,000 reports would feel.
/// </remarks>
internal static class TextSimilarity
{
    private const int StackLimit = 256;

    /// <summary>Gets the distinct bigrams of a text's letters and digits (punctuation and white space dropped, Latin letters folded), sorted.</summary>
    public static uint[] Bigrams(string text) => Bigrams(text.AsSpan(), []);

    /// <summary>Gets the distinct bigrams of two texts read as one (<paramref name="first"/> then <paramref name="second"/>, as if concatenated), sorted.</summary>
    public static uint[] Bigrams(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var length = first.Length + second.Length;
        uint[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc uint[StackLimit] : (rented = ArrayPool<uint>.Shared.Rent(length));
        try
        {
            var count = 0;
            var previous = '\0';
            Add(first, buffer, ref count, ref previous);
            Add(second, buffer, ref count, ref previous);
            var bigrams = buffer[..count];
            bigrams.Sort();
            var distinct = 0;
            for (var i = 0; i < bigrams.Length; i++)
            {
                if (distinct == 0 || bigrams[i] != bigrams[distinct - 1])
                {
                    bigrams[distinct++] = bigrams[i];
                }
            }

            return bigrams[..distinct].ToArray();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<uint>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Gets the share of <paramref name="needle"/>'s bigrams found in <paramref name="haystack"/>: 0 to 1, 0 when the needle has none.</summary>
    /// <param name="needle">Distinct bigrams, sorted, from <see cref="Bigrams(string)"/>.</param>
    /// <param name="haystack">Distinct bigrams, sorted, from <see cref="Bigrams(string)"/>.</param>
    public static double Containment(ReadOnlySpan<uint> needle, ReadOnlySpan<uint> haystack)
    {
        if (needle.IsEmpty)
        {
            return 0;
        }

        int shared = 0, n = 0, h = 0;
        while (n < needle.Length && h < haystack.Length)
        {
            if (needle[n] == haystack[h])
            {
                shared++;
                n++;
                h++;
            }
            else if (needle[n] < haystack[h])
            {
                n++;
            }
            else
            {
                h++;
            }
        }

        return (double)shared / needle.Length;
    }

    private static void Add(ReadOnlySpan<char> text, Span<uint> buffer, ref int count, ref char previous)
    {
        foreach (var raw in text)
        {
            if (!char.IsLetterOrDigit(raw))
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            if (previous != '\0')
            {
                buffer[count++] = ((uint)previous << 16) | c;
            }

            previous = c;
        }
    }
}
