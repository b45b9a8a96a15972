using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NodaTime;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Reads an article page: the article meta tags, the breadcrumb, heading and 信息来源/发布时间 line, and the body from a
/// known CMS container or else the densest text block; page chrome (navigation, share bars, scripts, footers) is dropped.
/// </summary>
internal static partial class HtmlLoader
{
    private const int MinimumBodyLength = 20;
    private const string CellSeparator = "  | ";

    /// <summary>The article containers of common government site CMSs (TRS, 政府网站集约化平台, 大汉, …), most specific first.</summary>
    private static readonly string[] BodySelectors =
    [
        "#zoom", "#Zoom", ".TRS_Editor", ".trs_editor_view", ".TRS_UEDITOR", "#UCAP-CONTENT", ".pages_content",
        ".article-content", ".article_content", ".artContent", "#art_content", ".art_con", ".news_content", ".news-content",
        ".content_text", ".detail-content", ".detail_content", ".wzcon", ".zw", "#content", ".view", "article",
    ];

    private static readonly HashSet<string> ChromeTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "aside", "form", "button", "select",
        "input", "textarea", "svg", "object", "embed", "canvas", "audio", "video", "head", "map",
    };

    private static readonly string[] ChromeTokens =
    [
        "nav", "menu", "share", "footer", "header", "sidebar", "crumb", "position", "location", "copyright", "toolbar",
        "print", "related", "comment", "banner", "search", "login", "qrcode", "ewm", "fenxiang", "dqwz", "weizhi",
    ];

    private static readonly string[] BreadcrumbTokens = ["crumb", "position", "location", "dqwz", "weizhi", "path", "bread"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "thead", "tbody",
        "tfoot", "caption", "section", "article", "main", "blockquote", "pre", "center", "hr", "address", "figure",
        "figcaption", "body", "html",
    };

    private static readonly string[] TitleMeta = ["ArticleTitle", "title", "dc.title", "og:title"];
    private static readonly string[] PublishedMeta = ["PubDate", "publishdate", "pubtime", "firstpublishedtime", "article:published_time", "dc.date"];
    private static readonly string[] SourceMeta = ["ContentSource", "source", "dc.publisher"];
    private static readonly string[] AuthorMeta = ["author", "dc.creator"];

    public static ReportDocument Load(DecodedText decoded, DocumentLoadOptions options)
    {
        HtmlDepthScan.Check(decoded.Text, options.MaxHtmlDepth);
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(decoded.Text);
        var notes = ImmutableArray.CreateBuilder<DocumentNote>();
        notes.AddRange(decoded.Notes);

        var title = MetaFact(document, TitleMeta);
        var source = MetaFact(document, SourceMeta);
        var author = MetaFact(document, AuthorMeta);
        var publishedAt = PublishedAt(document, notes);
        if (title is null && Clean(document.Title) is { Length: > 0 } pageTitle)
        {
            title = new ContainerFact<string>(pageTitle, "<title>");
        }

        var body = document.Body ?? throw new DocumentLoadException(DocumentLoadFailure.NoText, "an HTML page without a body", "网页没有body部分");
        var breadcrumb = FindBreadcrumb(body);
        var heading = FindHeading(body, title?.Value);
        var info = FindInfoLine(body);
        if (title is not null && heading is not null && !SameText(title.Value, heading.TextContent))
        {
            notes.Add(new DocumentNote(
                DocumentNoteCodes.MetadataDisagrees,
                $"the page heading “{Clean(heading.TextContent)}” differs from the title {title.Source} “{title.Value}”; the heading is in the text")
            {
                ChineseMessage = $"页面标题“{Clean(heading.TextContent)}”与{title.Source}中的标题“{title.Value}”不同；正文中采用页面标题",
            });
        }

        var headerLines = new[] { breadcrumb is null ? null : Joined(breadcrumb), heading is null ? title?.Value : Clean(heading.TextContent), info is null ? null : Joined(info) };
        foreach (var element in new[] { breadcrumb, heading, info })
        {
            element?.Remove();
        }

        RemoveChrome(body);
        var container = FindContainer(document, notes);
        var text = new TextBuilder(options);
        var bodyText = new TextBuilder(options);
        Render(container, bodyText);
        var content = bodyText.ToString();
        if (content.Length < MinimumBodyLength)
        {
            throw new DocumentLoadException(DocumentLoadFailure.NoText, "an HTML page with no body text (no article container and no block of text found)", "网页没有正文文字（找不到文章容器，也找不到文字块）");
        }

        foreach (var line in headerLines)
        {
            if (line is { Length: > 0 } && !content.StartsWith(line, StringComparison.Ordinal))
            {
                text.Paragraph(line);
            }
        }

        text.Block(content);
        return new ReportDocument(text.ToString(), ContainerFormat.Html, decoded.Encoding, title, publishedAt, source, author, notes.ToImmutable());
    }

    private static ContainerFact<string>? MetaFact(IHtmlDocument document, string[] names)
    {
        foreach (var name in names)
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop");
                if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { Length: > 0 } value)
                {
                    return new ContainerFact<string>(value, $"<meta name=\"{key}\">");
                }
            }
        }

        return null;
    }

    private static ContainerFact<LocalDateTime>? PublishedAt(IHtmlDocument document, ImmutableArray<DocumentNote>.Builder notes)
    {
        if (MetaFact(document, PublishedMeta) is not { } fact)
        {
            return null;
        }

        if (ParseDateTime(fact.Value) is { } value)
        {
            return new ContainerFact<LocalDateTime>(value, fact.Source);
        }

        notes.Add(new DocumentNote(DocumentNoteCodes.MetadataUnreadable, $"{fact.Source} says “{fact.Value}”, which is not a date")
        {
            ChineseMessage = $"{fact.Source}写的是“{fact.Value}”，不是日期",
        });
        return null;
    }

    /// <summary>Reads <c>2021-01-05 14:11:08</c>, <c>2021/1/5 14:11</c>, <c>2021年1月5日</c> and ISO 8601 with an offset (kept as printed).</summary>
    public static LocalDateTime? ParseDateTime(string text)
    {
        var match = DateTimeText().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        try
        {
            return new LocalDateTime(Part(1), Part(2), Part(3), Part(4), Part(5), Part(6));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static IElement? FindBreadcrumb(IElement body) =>
        Maximal(body, e => HasToken(e, BreadcrumbTokens) || StartsLikeBreadcrumb(e.TextContent), 300)
            .FirstOrDefault(e => e.TextContent.IndexOfAny(['>', '»', '＞', '›', '→']) >= 0);

    private static bool StartsLikeBreadcrumb(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.StartsWith("当前位置", StringComparison.Ordinal) || trimmed.StartsWith("您的位置", StringComparison.Ordinal) || trimmed.StartsWith("首页", StringComparison.Ordinal);
    }

    private static IElement? FindHeading(IElement body, string? title)
    {
        var headings = body.QuerySelectorAll("h1, h2, h3").Where(h => Clean(h.TextContent).Length is > 3 and < 200).ToList();
        if (title is not null && headings.FirstOrDefault(h => SameText(h.TextContent, title) || Clean(title).Contains(Clean(h.TextContent), StringComparison.Ordinal)) is { } matching)
        {
            return matching;
        }

        return headings.FirstOrDefault(h => h.LocalName == "h1")
            ?? body.Descendants<IElement>().FirstOrDefault(e => HasToken(e, ["title", "biaoti", "bt"]) && Clean(e.TextContent).Length is > 5 and < 200 && e.Children.Length <= 2);
    }

    private static IElement? FindInfoLine(IElement body) =>
        Maximal(body, e => e.TextContent.Contains("发布时间", StringComparison.Ordinal) || e.TextContent.Contains("信息来源", StringComparison.Ordinal) || e.TextContent.Contains("发布日期", StringComparison.Ordinal), 200)
            .FirstOrDefault();

    /// <summary>The elements meeting a condition whose text is at most a length, and whose parent does not also qualify, in document order.</summary>
    private static IEnumerable<IElement> Maximal(IElement root, Func<IElement, bool> condition, int maxLength)
    {
        bool Qualifies(IElement e) => e.LocalName is not ("body" or "html" or "script" or "style") && e.TextContent.Length <= maxLength && condition(e);
        return root.Descendants<IElement>().Where(e => Qualifies(e) && (e.ParentElement is null || !Qualifies(e.ParentElement)));
    }

    private static void RemoveChrome(IElement body)
    {
        var doomed = body.Descendants<IElement>().Where(e => ChromeTags.Contains(e.LocalName) || (HasToken(e, ChromeTokens) && !IsArticle(e))).ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsArticle(IElement element) => Array.Exists(BodySelectors, s => element.Matches(s));

    private static IElement FindContainer(IHtmlDocument document, ImmutableArray<DocumentNote>.Builder notes)
    {
        foreach (var selector in BodySelectors)
        {
            var match = document.Body!.QuerySelector(selector);
            if (match is not null && Clean(match.TextContent).Length >= MinimumBodyLength)
            {
                notes.Add(new DocumentNote(DocumentNoteCodes.BodyContainer, $"body text from the article container {Describe(match)}")
                {
                    ChineseMessage = $"正文取自文章容器{Describe(match)}",
                });
                return match;
            }
        }

        var scores = new Dictionary<IElement, int>();
        var root = document.Body!;
        foreach (var element in root.Descendants<IElement>().Append(root))
        {
            var own = OwnTextLength(element);
            if (own == 0 || !BlockTags.Contains(element.LocalName) && element.LocalName != "td")
            {
                continue;
            }

            scores[element] = scores.GetValueOrDefault(element) + own;
            if (element.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + own;
            }
        }

        var best = scores.Count == 0 ? root : scores.MaxBy(p => p.Value).Key;
        notes.Add(new DocumentNote(DocumentNoteCodes.BodyGuessed, $"no known article container; the densest text block {Describe(best)} was taken as the body")
        {
            ChineseMessage = $"没有已知的文章容器；取文字最密集的块{Describe(best)}作为正文",
        });
        return best;
    }

    /// <summary>The length of text directly in an element or in its inline children, not inside links or nested blocks.</summary>
    private static int OwnTextLength(IElement element)
    {
        var length = 0;
        var stack = new Stack<INode>(element.ChildNodes);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                length += text.Data.AsSpan().Trim().Length;
            }
            else if (node is IElement child && !BlockTags.Contains(child.LocalName) && child.LocalName is not ("a" or "td" or "th"))
            {
                foreach (var grandChild in child.ChildNodes)
                {
                    stack.Push(grandChild);
                }
            }
        }

        return length;
    }

    /// <summary>Renders an element: blocks and <c>&lt;br&gt;</c> end lines, table rows become one line with cells separated by <c>  | </c>.</summary>
    private static void Render(IElement root, TextBuilder output)
    {
        var line = new StringBuilder();
        var cellDepth = 0;
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                line.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            var cell = name is "td" or "th";
            if (exit)
            {
                if (cell)
                {
                    cellDepth--;
                    TrimEnd(line);
                    line.Append(CellSeparator);
                }
                else if (name == "tr" && cellDepth == 0)
                {
                    TrimEnd(line);
                    Flush(line, output);
                }
                else if (BlockTags.Contains(name))
                {
                    Break(line, output, cellDepth);
                }

                continue;
            }

            if (name == "br")
            {
                Break(line, output, cellDepth);
                continue;
            }

            if (ChromeTags.Contains(name) || name == "img")
            {
                continue;
            }

            if (cell)
            {
                cellDepth++;
            }
            else if (BlockTags.Contains(name))
            {
                Break(line, output, cellDepth);
            }

            stack.Push((element, true));
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], false));
            }
        }

        Flush(line, output);
    }

    private static void Break(StringBuilder line, TextBuilder output, int cellDepth)
    {
        if (cellDepth > 0)
        {
            line.Append(' ');
        }
        else
        {
            Flush(line, output);
        }
    }

    private static void Flush(StringBuilder line, TextBuilder output)
    {
        if (line.Length > 0)
        {
            output.Paragraph(line.ToString());
            line.Clear();
        }
    }

    private static void TrimEnd(StringBuilder line)
    {
        while (line.Length > 0 && (char.IsWhiteSpace(line[^1]) || line[^1] == '\u00A0'))
        {
            line.Length--;
        }
    }

    /// <summary>An element's text nodes, each trimmed, joined by single spaces (so 信息来源 and 发布时间 in adjacent spans stay apart).</summary>
    private static string Joined(IElement element) =>
        string.Join(' ', element.Descendants<IText>().Select(t => Clean(t.Data)).Where(t => t.Length > 0));

    private static bool HasToken(IElement element, string[] tokens)
    {
        var id = element.Id;
        var classes = element.ClassName;
        foreach (var token in tokens)
        {
            if ((id is not null && id.Contains(token, StringComparison.OrdinalIgnoreCase)) || (classes is not null && classes.Contains(token, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(IElement element)
    {
        var description = new StringBuilder("<").Append(element.LocalName);
        if (!string.IsNullOrEmpty(element.Id))
        {
            description.Append(" id=\"").Append(element.Id).Append('"');
        }

        if (!string.IsNullOrEmpty(element.ClassName))
        {
            description.Append(" class=\"").Append(element.ClassName).Append('"');
        }

        return description.Append('>').ToString();
    }

    private static bool SameText(string a, string b) => string.Equals(Clean(a), Clean(b), StringComparison.Ordinal);

    private static string Clean(string? text) => text is null ? string.Empty : TextBuilder.Clean(text);

    [GeneratedRegex(@"(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})日?(?:[\sT]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeText();
}
