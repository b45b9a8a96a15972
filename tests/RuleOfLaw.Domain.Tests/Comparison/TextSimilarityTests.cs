using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Comparison;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Comparison;

/// <summary>The bigram measure behind plan follow-through, against a plain hash-set computation of the same definition.</summary>
public sealed class TextSimilarityTests
{
    // Report-like characters: a few Chinese characters, digits, Latin letters of both cases, punctuation and blanks.
    private static readonly Arbitrary<string> Texts = Gen.Elements("推进依法行政法治政府建设行政复议0123ABab，。、 ；\n".ToCharArray())
        .ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Containment_EqualsTheHashSetDefinition() =>
        Prop.ForAll(Texts, Texts, (needle, haystack) =>
            TextSimilarity.Containment(TextSimilarity.Bigrams(needle), TextSimilarity.Bigrams(haystack)) == Oracle(needle, haystack));

    [Property(MaxTest = 300)]
    public Property Bigrams_OfTwoParts_AreThoseOfTheirConcatenation() =>
        Prop.ForAll(Texts, Texts, (first, second) =>
            TextSimilarity.Bigrams(first, second).SequenceEqual(TextSimilarity.Bigrams(first + second)));

    [Fact]
    public void Bigrams_LongerThanTheStackBuffer_AreAllKept()
    {
        var text = string.Concat(Enumerable.Range(0, 400).Select(i => ((char)('一' + i)).ToString()));

        Assert.Equal(399, TextSimilarity.Bigrams(text).Length);
    }

    [Fact]
    public void Containment_ExamplesOnBothSides()
    {
        Assert.Equal(1.0, TextSimilarity.Containment(TextSimilarity.Bigrams("行政复议"), TextSimilarity.Bigrams("加强行政复议工作")));
        Assert.Equal(0.0, TextSimilarity.Containment(TextSimilarity.Bigrams("行政复议"), TextSimilarity.Bigrams("普法宣传")));
        Assert.Equal(0.0, TextSimilarity.Containment(TextSimilarity.Bigrams("。，"), TextSimilarity.Bigrams("行政复议")));
        Assert.Equal(1.0 / 3, TextSimilarity.Containment(TextSimilarity.Bigrams("行政复议"), TextSimilarity.Bigrams("复议")));
    }

    private static double Oracle(string needle, string haystack)
    {
        var n = Set(needle);
        return n.Count == 0 ? 0 : (double)n.Count(Set(haystack).Contains) / n.Count;
    }

    private static HashSet<(char, char)> Set(string text)
    {
        var letters = text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return letters.Zip(letters.Skip(1)).ToHashSet();
    }
}
