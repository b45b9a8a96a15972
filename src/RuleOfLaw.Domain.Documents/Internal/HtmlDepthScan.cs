using System;
using System.Collections.Generic;
using System.Globalization;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Estimates how deep an HTML text nests its elements before it is parsed: the HTML tree builder is quadratic in the
/// depth of unclosed elements, so a page nested 100,000 deep would take minutes. Elements that close themselves
/// (void elements, <c>p</c>, <c>li</c>, table cells, …) do not count.
/// </summary>
internal static class HtmlDepthScan
{
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup",
        "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    public static void Check(string html, int maxDepth)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (i + 1 >= html.Length)
            {
                break;
            }

            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var name = html.Substring(nameStart, nameEnd - nameStart);
            if (closing)
            {
                if (!NotNesting.Contains(name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (Array.Exists(RawText, r => r.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            else if (!NotNesting.Contains(name) && html[tagEnd - 1] != '/' && ++depth > maxDepth)
            {
                throw new DocumentLoadException(
                    DocumentLoadFailure.TooComplex,
                    string.Create(CultureInfo.InvariantCulture, $"an HTML page nesting elements over {maxDepth} deep (at character {i}); real article pages nest under 100"),
                    string.Create(CultureInfo.InvariantCulture, $"网页元素嵌套超过{maxDepth}层（在第{i}个字符处）；真实的文章页面嵌套不到100层"));
            }

            i = tagEnd + 1;
        }
    }
}
