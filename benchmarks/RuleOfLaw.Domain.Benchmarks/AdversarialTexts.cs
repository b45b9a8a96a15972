using System;
using System.Collections.Generic;
using System.Text;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Texts built to find super-linear work in the reader (issue #21): each is one short unit repeated until the text holds
/// a given number of bytes of UTF-8, so the same pattern can be read at 0.25, 1 and 4 MB and the times compared. The
/// first four are the issue's: many <c>1.</c> headings, a run of <c>百分之</c>, many rate mentions, many <c>一、</c>
/// headings. The rest look for other long runs the scanners walk: digits, Chinese numerals, brackets, a line with no
/// line break, scale words, dense rate mentions and dense quantities, nested headings of every level, blank lines.
/// </summary>
/// <remarks>Shared by the benchmark class and the linearity test of the Domain tests (linked there), so both read the same texts.</remarks>
internal static class AdversarialTexts
{
    /// <summary>The name of every pattern, in a fixed order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "headings-1.", "百分之", "rate-mentions", "headings-一、",
        "digits", "一", "(", "one-line", "scale-words", "dense-rates", "quantities", "nested-headings", "blank-lines", "①",
    ];

    /// <summary>The pattern named <paramref name="name"/> repeated to at least <paramref name="bytes"/> bytes of UTF-8.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="bytes">The least size of the text in bytes of UTF-8.</param>
    /// <param name="seed">The built-in sample report, the unit of <c>one-line</c> (its line breaks removed).</param>
    public static string Make(string name, int bytes, string seed) => Repeat(Unit(name, seed), bytes);

    /// <summary>The unit a pattern repeats.</summary>
    public static string Unit(string name, string seed) => name switch
    {
        // 1 MB holds about 116,000 of these (9 bytes each).
        "headings-1." => "1.标题\n",
        "百分之" => "百分之",
        // 1 MB holds about 52,000 (20 bytes each).
        "rate-mentions" => "纠错率为18.2%，",
        "headings-一、" => "一、标题\n",
        "digits" => "0123456789",
        "一" => "一",
        "(" => "(",
        "one-line" => seed.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", "。", StringComparison.Ordinal),
        "scale-words" => "万亿",
        // 11 bytes each: about 95,000 rate mentions a megabyte, 380,000 at 4 MB.
        "dense-rates" => "纠错率1%",
        // 7 bytes each: about 150,000 quantities a megabyte.
        "quantities" => "5件，",
        "nested-headings" => "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n",
        "blank-lines" => "\n",
        "①" => "①",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such pattern"),
    };

    /// <summary>The unit repeated until the text holds at least <paramref name="bytes"/> bytes of UTF-8.</summary>
    public static string Repeat(string unit, int bytes)
    {
        var unitBytes = Encoding.UTF8.GetByteCount(unit);
        var count = (bytes + unitBytes - 1) / unitBytes;
        var builder = new StringBuilder(count * unit.Length);
        for (var i = 0; i < count; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
