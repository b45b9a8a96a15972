using System.Collections.Generic;

namespace RuleOfLaw.Domain.Comparison;

/// <summary>How much of one text's wording another text holds, by character bigrams; letters and digits only.</summary>
internal static class TextSimilarity
{
    /// <summary>Gets the bigrams of a text's letters and digits (punctuation and white space dropped, Latin letters folded).</summary>
    public static HashSet<(char, char)> Bigrams(string text)
    {
        var bigrams = new HashSet<(char, char)>();
        var previous = '\0';
        foreach (var raw in text)
        {
            if (!char.IsLetterOrDigit(raw))
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            if (previous != '\0')
            {
                bigrams.Add((previous, c));
            }

            previous = c;
        }

        return bigrams;
    }

    /// <summary>Gets the share of <paramref name="needle"/>'s bigrams found in <paramref name="haystack"/>: 0 to 1, 0 when the needle has none.</summary>
    public static double Containment(HashSet<(char, char)> needle, HashSet<(char, char)> haystack)
    {
        if (needle.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var bigram in needle)
        {
            if (haystack.Contains(bigram))
            {
                shared++;
            }
        }

        return (double)shared / needle.Count;
    }
}
