using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Finds the running headers, footers and page numbers of a PDF: among the first and last two lines of each page that lie in its top or bottom eighth, a line
/// that is a page number (<c>1</c>, <c>- 2 -</c>, <c>— 3 —</c>, <c>第 4 页</c>, <c>5/12</c>), or whose text with its
/// digits masked repeats at the same place on at least half of the pages (and at least two).
/// </summary>
internal static partial class PageFurniture
{
    private const int Edge = 2;

    /// <summary>Removes the furniture lines from every page and returns how many were removed.</summary>
    public static int Drop(List<List<PdfLine>> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Select((line, index) => (line, index)).Where(x => AtEdge(page, x.index)).Select(x => Key(page, x.index)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var needed = Math.Max(2, (pages.Count + 1) / 2);
        var dropped = 0;
        foreach (var page in pages)
        {
            var drop = new HashSet<int>();
            for (var i = 0; i < page.Count; i++)
            {
                if (AtEdge(page, i) && (PageNumber().IsMatch(page[i].Text) || counts.GetValueOrDefault(Key(page, i)) >= needed))
                {
                    drop.Add(i);
                }
            }

            for (var i = page.Count - 1; i >= 0; i--)
            {
                if (drop.Contains(i))
                {
                    page.RemoveAt(i);
                    dropped++;
                }
            }
        }

        return dropped;
    }

    /// <summary>Whether the line is among the first or last two of its page and in the top or bottom eighth, where running headers and footers sit.</summary>
    private static bool AtEdge(List<PdfLine> page, int index) =>
        (index < Edge || index >= page.Count - Edge) && (page[index].Bottom > page[index].PageHeight * 7 / 8 || page[index].Top < page[index].PageHeight / 8);

    /// <summary>The line's place (top or bottom of the page) and its text with digits masked, so that “第 3 页” and “第 4 页” match.</summary>
    private static string Key(List<PdfLine> page, int index)
    {
        var line = page[index];
        var place = line.Top > line.PageHeight / 2 ? "top" : "bottom";
        var text = new StringBuilder(line.Text.Length + 16).Append(place).Append(':').Append((int)Math.Round(line.Size)).Append(':');
        foreach (var c in line.Text)
        {
            text.Append(char.IsAsciiDigit(c) ? '#' : c);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^\s*(?:[-—–－·•]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?(?:\s*[-—–－·•])?\s*$|^\s*[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$")]
    private static partial Regex PageNumber();
}
