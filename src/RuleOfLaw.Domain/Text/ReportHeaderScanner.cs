using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Text;

/// <summary>Reads the header lines at the top of a report page and the signature block at its end.</summary>
/// <remarks>
/// <para>
/// Header: the lines before the first paragraph (a line with 。, or longer than a title) or numbered heading. Each is
/// one of: a breadcrumb (segments between <c>&gt;</c>, <c>＞</c> or <c>»</c>, with 首页 or 位置 or three segments); a
/// metadata line that starts with a label a government site prints (发布时间, 发布日期, 更新时间, 日期, 时间, 成文日期,
/// 信息来源, 来源, 文章来源, 发布机构, 标题, 索引号, 浏览量 …) written <c>label:value</c> (ASCII or full-width colon, blanks
/// around it allowed), <c>[ label ] value</c> or <c>label | value |</c>, or a date label and a date alone with a blank between
/// (<c>发布日期 2023-03-28</c>), several on one line; an unlabelled date line
/// (<c>省政府办公厅 2022-03-15</c>); site chrome (手机版, 分享到:, 字体, 【打印本页】, page positions 第3/9页 …); a cover
/// letter (an addressee line ending in a colon, its paragraphs and a signature: a name line and a date line); or
/// another short line.
/// </para>
/// <para>
/// Title: the 标题 field when the page prints one; else the short line, or two adjacent short lines that a title was
/// split over, that best looks like a title: it ends in a document word (报告, 年报, 总结, 通知, 解读, 方案, 数据 …,
/// before a closing bracket group) and names a year or 报告 / 法治. A leading column tag <c>【…】</c> and a trailing site
/// name or page position after a dash (<c>…报告-某某网</c>, <c>…报告-12篇(第3/9页)</c>) are not part of it. The year is
/// the first it names that is not part of a range (<c>2021-2025年</c>), else the year in the column tag.
/// </para>
/// <para>
/// Dates: the publication time is the first of 发布时间 / 发布日期, else 更新时间, else 日期 / 时间, else an unlabelled date
/// line; the update time is 更新时间 / 更新日期, kept on its own too; the document date is 成文日期, else the date under a
/// cover letter. All are kept; the deadline rules use the publication time. The information source is 信息来源 / 来源 /
/// 文章来源, else 发布机构, else the name on an unlabelled date line.
/// </para>
/// <para>
/// Signature: the last non-blank line is a date on its own (2021年1月5日, 二〇二一年一月五日, 2021-01-05) and the
/// non-blank line before it, when short and without a stop or comma, is the issuer; without one, the signer of a cover
/// letter is the issuer. Published times are Beijing time, UTC+8, as Chinese government sites print them.
/// </para>
/// </remarks>
internal static class ReportHeaderScanner
{
    private const int MaxHeaderLines = 40;
    private const int MaxTitleLength = 100;
    private const int MaxTitlePartLength = 40;
    private const int MaxIssuerLength = 40;
    private const int MaxDateLineName = 30;
    private const int MaxColumnTag = 12;
    private const int MaxSiteSuffix = 20;
    private const int MaxCoverLetterLines = 12;
    private const int MaxChromeLabel = 10;
    private const int MinFullTitleLength = 12;

    private static readonly SearchValues<char> IssuerStops = SearchValues.Create("。,，;；:：");

    private static readonly SearchValues<char> BreadcrumbSeparators = SearchValues.Create(">＞»›");

    private static readonly string[] TitleEndings =
        ["报告", "年报", "总结", "通知", "解读", "方案", "数据", "情况", "要点", "规划", "公告", "通报", "决定", "意见", "办法", "说明", "报告书", "规则", "指引", "细则"];

    private static readonly string[] OfficeEndings =
        ["人民政府", "政府", "办公室", "委员会", "办事处", "局", "厅", "委", "办", "院", "部", "署", "中心", "街道", "镇", "乡", "县", "区", "市", "省"];

    private static readonly string[] ReportTopics = ["政府信息公开", "法治政府", "法治建设", "行政执法", "依法行政", "年度报告", "工作报告", "工作总结"];

    private static readonly string[] ChromeWords =
    [
        "手机版", "朗读", "打印", "打印本页", "关闭", "关闭窗口", "收藏", "分享", "分享到", "字体", "字号", "字体大小", "大中小", "保护视力色",
        "视力保护色", "扫一扫", "纠错", "返回顶部", "返回", "简体", "繁体", "无障碍", "放大", "缩小", "默认", "分享至", "打印本文",
        "关闭本页", "字体大中小", "背景色", "阅读模式",
    ];

    private static readonly (string Label, FieldKind Kind)[] Labels = SortLabels(
    [
        ("发布时间", FieldKind.Published), ("发布日期", FieldKind.Published), ("发布于", FieldKind.Published), ("公开日期", FieldKind.Published),
        ("公开时间", FieldKind.Published), ("公布日期", FieldKind.Published), ("更新时间", FieldKind.Updated), ("更新日期", FieldKind.Updated), ("更新于", FieldKind.Updated),
        ("日期", FieldKind.AnyDate), ("时间", FieldKind.AnyDate), ("成文日期", FieldKind.Written), ("成文时间", FieldKind.Written),
        ("印发日期", FieldKind.Written), ("信息来源", FieldKind.Source), ("文章来源", FieldKind.Source), ("稿件来源", FieldKind.Source),
        ("来源", FieldKind.Source), ("发布机构", FieldKind.Publisher), ("发文机关", FieldKind.Publisher), ("发布单位", FieldKind.Publisher),
        ("制发机构", FieldKind.Publisher), ("标题", FieldKind.Title), ("索引号", FieldKind.Other), ("发文字号", FieldKind.Other),
        ("文号", FieldKind.Other), ("主题分类", FieldKind.Other), ("体裁分类", FieldKind.Other), ("组配分类", FieldKind.Other),
        ("信息分类", FieldKind.Other), ("服务对象", FieldKind.Other), ("公开方式", FieldKind.Other), ("公开范围", FieldKind.Other),
        ("公开形式", FieldKind.Other), ("有效性", FieldKind.Other), ("作者", FieldKind.Other), ("责任编辑", FieldKind.Other),
        ("编辑", FieldKind.Other), ("浏览量", FieldKind.Other), ("浏览数", FieldKind.Other), ("浏览次数", FieldKind.Other),
        ("阅读量", FieldKind.Other), ("阅读数", FieldKind.Other), ("阅读次数", FieldKind.Other), ("点击数", FieldKind.Other),
        ("点击量", FieldKind.Other), ("访问量", FieldKind.Other), ("访问次数", FieldKind.Other), ("字体", FieldKind.Other),
        ("字号", FieldKind.Other), ("分享到", FieldKind.Other), ("分享", FieldKind.Other), ("打印", FieldKind.Other),
        ("今天是", FieldKind.Other),
    ]);

    private enum LineKind
    {
        Blank,
        Breadcrumb,
        Metadata,
        DateLine,
        Chrome,
        CoverLetter,
        Text,
    }

    private enum FieldKind
    {
        Published,
        Updated,
        AnyDate,
        Written,
        Source,
        Publisher,
        Title,
        Other,
    }

    public static ReportHeader Scan(string? text)
    {
        text ??= string.Empty;
        var lines = CollectLines(text);
        var fields = new List<(FieldKind Kind, SourceSpan Value, int Line)>();
        var dateLines = new List<(SourceSpan? Name, SourceSpan Date, int Line)>();
        ImmutableArray<string> breadcrumb = [];
        SourceSpan? breadcrumbSpan = null;
        (string? Signer, SourceSpan? SignerSpan, LocalDate? Date, SourceSpan? DateSpan) cover = default;
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            switch (line.Kind)
            {
                case LineKind.Breadcrumb when breadcrumbSpan is null:
                    breadcrumbSpan = SourceSpan.FromBounds(line.Start, line.End);
                    breadcrumb = BreadcrumbSegments(text, line.Start, line.End);
                    break;
                case LineKind.Metadata:
                    foreach (var (kind, value) in Fields(text, line.Start, line.End))
                    {
                        fields.Add((kind, value, n));
                    }

                    // A date's label that ends its line with nothing after it (发布时间：) has its date on the next line.
                    if (fields.Count > 0 && fields[^1] is { Value.Length: 0 } last && last.Line == n && last.Value.Start == line.End && IsDateField(last.Kind)
                        && n + 1 < lines.Count && lines[n + 1].Kind == LineKind.DateLine && TryDateLine(text, lines[n + 1].Start, lines[n + 1].End, out var nextName, out var nextDate)
                        && nextName is null)
                    {
                        fields[^1] = (last.Kind, nextDate, n + 1);
                        n++;
                    }

                    break;
                case LineKind.DateLine when TryDateLine(text, line.Start, line.End, out var name, out var date):
                    dateLines.Add((name, date, n));
                    break;
                case LineKind.CoverLetter when line.IsCoverSignature && cover.Date is null:
                    cover = CoverSignature(text, lines, n);
                    break;
            }
        }

        var (titleValue, titleSpan, titleCore, titleTag, titleFirst, titleLast) = FindTitle(text, lines, fields);
        if (titleLast >= 0 && titleCore is { } listed && BracketedDate(text, listed.End, lines[titleLast].End) is { } listing)
        {
            // A listing date in brackets after the title (…报告 (2015-04-23)) stands as an unlabelled date line would.
            var at = dateLines.FindIndex(d => d.Line > titleLast);
            dateLines.Insert(at < 0 ? dateLines.Count : at, (null, listing, titleLast));
        }

        int? year = null;
        SourceSpan? yearSpan = null;
        if (titleCore is { } core && (FindYear(text, core.Start, core.End) ?? (titleTag is { } tag ? FindYear(text, tag.Start, tag.End) : null)) is { } found)
        {
            (year, yearSpan) = (found.Year, found.Span);
        }

        var contentStart = ContentStart(text, lines, titleValue, titleFirst, titleLast);

        var (published, hasTime, publishedSpan) = PublishedAt(text, fields, dateLines);
        var (updated, updatedSpan) = LabelledTime(text, fields, FieldKind.Updated);
        var (documentDate, documentDateSpan) = DocumentDate(text, fields);
        if (documentDate is null && cover.Date is { } coverDate)
        {
            (documentDate, documentDateSpan) = (coverDate, cover.DateSpan);
        }

        var (source, sourceSpan) = Source(text, fields, dateLines);
        var (issuer, issuerSpan, signedOn, signedSpan, contentEnd) = ScanSignature(text, contentStart);
        if (issuer is null && cover.Signer is not null)
        {
            (issuer, issuerSpan) = (cover.Signer, cover.SignerSpan);
        }

        var titleIssuer = titleCore is { } named ? TitleIssuer(text, named, yearSpan) : null;
        return new ReportHeader(breadcrumb, breadcrumbSpan, titleValue, titleSpan, year, yearSpan, source, sourceSpan, published, hasTime, publishedSpan,
            issuer, issuerSpan, signedOn, signedSpan, contentStart, contentEnd)
        {
            DocumentDate = documentDate,
            DocumentDateSpan = documentDateSpan,
            UpdatedAt = updated,
            UpdatedAtSpan = updatedSpan,
            TitleIssuerSpan = titleIssuer,
        };
    }

    /// <summary>Finds the year a title names: 2020年, 2020年度, 二〇二〇年, or else any 19xx/20xx; years of a range are skipped.</summary>
    public static (int Year, SourceSpan Span)? FindYear(string text, int start, int end)
    {
        (int, SourceSpan)? bare = null;
        end = Math.Min(end, text.Length);
        for (var i = Math.Max(0, start); i < end; i++)
        {
            var c = text[i];
            if ((i > start && (TextChars.IsDigit(text[i - 1]) || NumeralGrammar.DigitOf(text[i - 1], NumeralFeatures.None) >= 0)) || !(TextChars.IsDigit(c) || NumeralGrammar.DigitOf(c, NumeralFeatures.None) >= 0))
            {
                continue;
            }

            var j = i;
            var value = 0;
            var arabic = TextChars.IsDigit(c);
            while (j < end && j - i < 5 && (arabic ? TextChars.IsDigit(text[j]) : NumeralGrammar.DigitOf(text[j], NumeralFeatures.None) >= 0 && text[j] != '两'))
            {
                value = (value * 10) + (arabic ? TextChars.DigitValue(text[j]) : NumeralGrammar.DigitOf(text[j], NumeralFeatures.None));
                j++;
            }

            if (j - i != 4 || value is < 1900 or > 2100 || (j < end && (TextChars.IsDigit(text[j]) || NumeralGrammar.DigitOf(text[j], NumeralFeatures.None) >= 0)))
            {
                continue;
            }

            if (InRange(text, i, j, start, end))
            {
                continue;
            }

            if (j < end && text[j] == '年')
            {
                return (value, SourceSpan.FromBounds(i, j + 1));
            }

            if (arabic)
            {
                bare ??= (value, SourceSpan.FromBounds(i, j));
            }
        }

        return bare;
    }

    /// <summary>Whether the four digits at <paramref name="i"/>..<paramref name="j"/> start or end a range of years (2021-2025, 2021—2025年).</summary>
    private static bool InRange(string text, int i, int j, int start, int end)
    {
        var after = j < end && text[j] == '年' ? j + 1 : j;
        if (after + 1 < end && IsRangeDash(text[after]) && TextChars.IsDigit(text[after + 1]))
        {
            return true;
        }

        return i - 2 >= start && IsRangeDash(text[i - 1]) && (TextChars.IsDigit(text[i - 2]) || text[i - 2] == '年');
    }

    private static bool IsRangeDash(char c) => c is '-' or '－' or '—' or '–' or '~' or '～' or '至';

    /// <summary>A header line; <c>IsRunIn</c> when it is a title that the body runs on from on the same line, ending at <c>End</c>.</summary>
    private readonly record struct Line(int LineStart, int Start, int End, LineKind Kind, bool IsCoverSignature = false, bool IsRunIn = false);

    /// <summary>The lines before the first paragraph or heading, each trimmed and classified.</summary>
    private static List<Line> CollectLines(string text)
    {
        var lines = new List<Line>();
        var lineStart = 0;
        while (lines.Count < MaxHeaderLines && lineStart < text.Length)
        {
            var lineEnd = TextChars.LineEnd(text, lineStart);
            var (start, end) = TrimLine(text, lineStart, lineEnd);
            var kind = Classify(text, start, end);
            if (kind is null)
            {
                if (IsAddressee(text, start, end) && CoverLetterEnd(text, lineEnd) is { } letter)
                {
                    lines.Add(new Line(lineStart, start, end, LineKind.CoverLetter));
                    foreach (var (s, e, ls, signature) in letter)
                    {
                        lines.Add(new Line(ls, s, e, LineKind.CoverLetter, signature));
                    }

                    lineStart = NextLineStart(text, letter[^1].LineStart);
                    continue;
                }

                if (RunInTitleEnd(text, start, end) is { } titleEnd)
                {
                    lines.Add(new Line(lineStart, start, titleEnd, LineKind.Text, IsRunIn: true));
                }

                break;
            }

            lines.Add(new Line(lineStart, start, end, kind.Value));
            lineStart = AfterBreak(text, lineEnd);
        }

        return lines;
    }

    /// <summary>The kind of a header line, or null for the first line of the body.</summary>
    private static LineKind? Classify(string text, int start, int end)
    {
        if (start == end)
        {
            return LineKind.Blank;
        }

        var line = text.AsSpan(start, end - start);
        if (IsBreadcrumb(line))
        {
            return LineKind.Breadcrumb;
        }

        if (LabelAt(text, SkipOpenBracket(text, start, end), end, out _, out _) is not null || LeadingDate(text, start, end) is not null)
        {
            return LineKind.Metadata;
        }

        if (OutlineMarkers.TryRead(text, start, end, out _, out _, out _) || line.Contains('。') || line.Length > MaxTitleLength)
        {
            return null;
        }

        if (IsChrome(line))
        {
            return LineKind.Chrome;
        }

        if (TryDateLine(text, start, end, out _, out _))
        {
            return LineKind.DateLine;
        }

        return IsAddressee(text, start, end) ? null : LineKind.Text;
    }

    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        if (line.Length > 200 || line.Contains('。') || line.IndexOfAny(BreadcrumbSeparators) < 0)
        {
            return false;
        }

        var separators = 0;
        foreach (var c in line)
        {
            separators += BreadcrumbSeparators.Contains(c) ? 1 : 0;
        }

        return separators >= 2 || line.Contains("首页", StringComparison.Ordinal) || line.Contains("位置", StringComparison.Ordinal);
    }

    private static ImmutableArray<string> BreadcrumbSegments(string text, int start, int end)
    {
        var line = text[start..end];
        var at = line.IndexOf("位置", StringComparison.Ordinal);
        if (at >= 0 && line.IndexOfAny([':', '：'], at) is var colon and >= 0 && line.AsSpan(0, colon).IndexOfAny(BreadcrumbSeparators) < 0)
        {
            line = line[(colon + 1)..];
        }

        return [.. line.Split(['>', '＞', '»', '›'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Site chrome: a button or label alone on its line (分享到:, 【打印本页】, 字体大小:), or a short page position (第3/9页).</summary>
    private static bool IsChrome(ReadOnlySpan<char> line)
    {
        if (line.Length <= MaxChromeLabel * 2 && IsPagePosition(line, out _))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[Math.Min(line.Length, 64)];
        var length = 0;
        foreach (var c in line)
        {
            if (c is '[' or ']' or '【' or '】' or ':' or '：' || TextChars.IsBlank(c))
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = c;
        }

        return IsChromeWord(buffer[..length]);
    }

    /// <summary>Whether a word is a site button or control (打印本页, 分享到, 字体大小 …), not text of the page.</summary>
    public static bool IsChromeWord(ReadOnlySpan<char> word)
    {
        foreach (var chrome in ChromeWords)
        {
            if (word.SequenceEqual(chrome))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line holds a page position such as 第3/9页 or 共9页, and where it starts.</summary>
    private static bool IsPagePosition(ReadOnlySpan<char> line, out int at)
    {
        for (at = 0; at < line.Length; at++)
        {
            if (line[at] is not ('第' or '共'))
            {
                continue;
            }

            var p = at + 1;
            var digits = 0;
            while (p < line.Length && (TextChars.IsDigit(line[p]) || line[p] is '/' or '／'))
            {
                digits += TextChars.IsDigit(line[p]) ? 1 : 0;
                p++;
            }

            if (digits > 0 && p < line.Length && line[p] == '页')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An addressee line opening a letter: short, no stop, ending in a colon (某区委、某区人民政府：).</summary>
    private static bool IsAddressee(string text, int start, int end) =>
        end - start is > 2 and <= MaxTitleLength * 2 && text[end - 1] is ':' or '：' && !text.AsSpan(start, end - start).Contains('。');

    /// <summary>
    /// The lines of a cover letter after its addressee line (which ends at <paramref name="from"/>): its paragraphs, a
    /// name line and a date line, and a note in brackets after it; null when no signature follows before a heading.
    /// </summary>
    private static List<(int Start, int End, int LineStart, bool Signature)>? CoverLetterEnd(string text, int from)
    {
        var letter = new List<(int Start, int End, int LineStart, bool Signature)>();
        var lineStart = AfterBreak(text, from);
        var previous = -1;
        for (var n = 0; n < MaxCoverLetterLines && lineStart < text.Length; n++)
        {
            var lineEnd = TextChars.LineEnd(text, lineStart);
            var (start, end) = TrimLine(text, lineStart, lineEnd);
            if (start < end && OutlineMarkers.TryRead(text, start, end, out _, out _, out _))
            {
                return null;
            }

            if (start < end && previous >= 0 && DateReader.TryReadDate(text, start, end, out _, out var dateEnd) && dateEnd == end && IsSignerLine(text, letter[previous].Start, letter[previous].End))
            {
                letter[previous] = letter[previous] with { Signature = true };
                letter.Add((start, end, lineStart, true));
                var nextStart = AfterBreak(text, lineEnd);
                if (nextStart < text.Length)
                {
                    var nextEnd = TextChars.LineEnd(text, nextStart);
                    var (s, e) = TrimLine(text, nextStart, nextEnd);
                    if (e - s >= 2 && TextChars.IsOpenParenthesis(text[s]) && TextChars.IsCloseParenthesis(text[e - 1]) && e - s <= MaxIssuerLength)
                    {
                        letter.Add((s, e, nextStart, false));
                    }
                }

                return letter;
            }

            letter.Add((start, end, lineStart, false));
            if (start < end)
            {
                previous = letter.Count - 1;
            }

            lineStart = AfterBreak(text, lineEnd);
        }

        return null;
    }

    private static bool IsSignerLine(string text, int start, int end) =>
        end > start && end - start <= MaxIssuerLength && text.AsSpan(start, end - start).IndexOfAny(IssuerStops) < 0 && !text.AsSpan(start, end - start).Contains('。');

    private static (string? Signer, SourceSpan? SignerSpan, LocalDate? Date, SourceSpan? DateSpan) CoverSignature(string text, List<Line> lines, int n)
    {
        var signer = lines[n];
        if (n + 1 >= lines.Count || !DateReader.TryReadDate(text, lines[n + 1].Start, lines[n + 1].End, out var date, out var dateEnd))
        {
            return default;
        }

        return (text[signer.Start..signer.End], SourceSpan.FromBounds(signer.Start, signer.End), date, SourceSpan.FromBounds(lines[n + 1].Start, dateEnd));
    }

    /// <summary>A line that is a date with an optional short name before it and nothing after: 省政府办公厅 2022-03-15.</summary>
    private static bool TryDateLine(string text, int start, int end, out SourceSpan? name, out SourceSpan date)
    {
        name = null;
        date = default;
        if (start < end && TextChars.IsOpenParenthesis(text[start]))
        {
            // A date alone in brackets ((2015-04-23)), as a listing prints it under the title.
            if (BracketedDate(text, start, end) is not { } bracketed)
            {
                return false;
            }

            date = bracketed;
            return true;
        }

        for (var p = start; p < end && p - start <= MaxDateLineName; p++)
        {
            var c = text[p];
            if (p > start && !TextChars.IsBlank(text[p - 1]))
            {
                if (!IsNameLetter(c))
                {
                    return false;
                }

                continue;
            }

            if (DateReader.TryReadDateTime(text, p, end, out _, out _, out var dateEnd) && dateEnd == end)
            {
                var (nameStart, nameEnd) = TrimLine(text, start, p);
                name = nameEnd > nameStart ? SourceSpan.FromBounds(nameStart, nameEnd) : null;
                date = SourceSpan.FromBounds(p, dateEnd);
                return true;
            }

            if (!IsNameLetter(c) && !TextChars.IsBlank(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNameLetter(char c) => c is >= '\u4E00' and <= '\u9FFF' || TextChars.IsBlank(c);

    /// <summary>
    /// Where a title ends that the body runs on from on the same line (<c>某县2023年法治政府建设情况报告 2023年，某县……</c>,
    /// <c>……报告一、主要举措</c>): the first report word (报告, 年报, 总结) within a title's length of the line's start, the text
    /// before it naming a year and 法治 or 依法行政 with no stop, comma or colon, and a blank, a year's digit or an outline
    /// marker right after it. Null otherwise (<c>现将……报告如下。</c>).
    /// </summary>
    private static int? RunInTitleEnd(string text, int start, int end)
    {
        var limit = Math.Min(end, start + MaxTitleLength);
        var stop = text.AsSpan(start, limit - start).IndexOfAny(IssuerStops);
        limit = stop < 0 ? limit : start + stop;
        foreach (var word in (ReadOnlySpan<string>)["报告", "年报", "总结"])
        {
            for (var at = text.IndexOf(word, start, limit - start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, limit - at - 1, StringComparison.Ordinal))
            {
                var titleEnd = at + word.Length;
                if (titleEnd >= end)
                {
                    break;
                }

                var title = text.AsSpan(start, titleEnd - start);
                var next = text[titleEnd];
                if ((title.Contains("法治", StringComparison.Ordinal) || title.Contains("依法行政", StringComparison.Ordinal)) && FindYear(text, start, titleEnd) is not null
                    && (TextChars.IsBlank(next) || char.IsAsciiDigit(next) || next is >= '０' and <= '９' || OutlineMarkers.TryRead(text, titleEnd, end, out _, out _, out _)))
                {
                    return TrimLine(text, start, titleEnd).End;
                }

                if (at + 1 >= limit)
                {
                    break;
                }
            }
        }

        return null;
    }

    private static bool IsDateField(FieldKind kind) => kind is FieldKind.Published or FieldKind.Updated or FieldKind.AnyDate or FieldKind.Written;

    /// <summary>
    /// The date of a bracket group that is all that stands from <paramref name="start"/> to the line's end, blanks aside
    /// (<c> (2015-04-23)</c>, <c>（2015年4月23日）</c>); null when anything else is there or the brackets hold more than a date.
    /// </summary>
    private static SourceSpan? BracketedDate(string text, int start, int end)
    {
        var (open, close) = TrimLine(text, start, end);
        if (close - open < 4 || !TextChars.IsOpenParenthesis(text[open]) || !TextChars.IsCloseParenthesis(text[close - 1]))
        {
            return null;
        }

        var (dateStart, dateEnd) = TrimLine(text, open + 1, close - 1);
        return DateReader.TryReadDateTime(text, dateStart, dateEnd, out _, out _, out var readEnd) && readEnd == dateEnd ? SourceSpan.FromBounds(dateStart, dateEnd) : null;
    }

    private static int SkipOpenBracket(string text, int start, int end)
    {
        var p = start;
        if (p < end && text[p] is '[' or '【')
        {
            p++;
            while (p < end && TextChars.IsBlank(text[p]))
            {
                p++;
            }
        }

        return p;
    }

    /// <summary>A metadata label at <paramref name="p"/> (inner blanks allowed: 标 题) followed by a separator; returns its kind and where its value starts.</summary>
    private static FieldKind? LabelAt(string text, int p, int end, out int valueStart, out char separator)
    {
        valueStart = p;
        separator = '\0';
        foreach (var (label, kind) in Labels)
        {
            var q = p;
            var k = 0;
            while (k < label.Length && q < end)
            {
                if (text[q] == label[k])
                {
                    k++;
                    q++;
                }
                else if (k > 0 && TextChars.IsBlank(text[q]) && q + 1 < end && text[q + 1] == label[k])
                {
                    q++;
                }
                else
                {
                    break;
                }
            }

            if (k < label.Length)
            {
                continue;
            }

            while (q < end && TextChars.IsBlank(text[q]))
            {
                q++;
            }

            if (q < end && text[q] is ':' or '：' or ']' or '】' or '|' or '｜')
            {
                separator = text[q];
                q++;
                while (q < end && (TextChars.IsBlank(text[q]) || (separator is ']' or '】' && text[q] is ':' or '：')))
                {
                    q++;
                }

                valueStart = q;
                return kind;
            }

            if (label[^1] == '于' && q < end && DateReader.TryReadDateTime(text, q, end, out _, out _, out _))
            {
                // 发布于 2023-03-20, 更新于2023-03-20: the word 于 is the separator.
                separator = '于';
                valueStart = q;
                return kind;
            }

            if (IsDateField(kind) && q < end && TextChars.IsBlank(text[q - 1]) && IsBareDateValue(text, q, end))
            {
                // 发布日期 2023-03-28, 时间 2023年3月28日: a blank is the separator when a date alone follows.
                separator = ' ';
                valueStart = q;
                return kind;
            }

            if (q >= end && kind == FieldKind.Other)
            {
                // A counter or button label with nothing after it (浏览次数) ends the line.
                valueStart = q;
                separator = '\n';
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a date stands at <paramref name="at"/> with nothing after it on the line but blanks or another label
    /// (<c>2023-03-28</c>, <c>2023年3月28日 来源：某局</c>): the value of a label printed without a colon. A date that a sentence
    /// runs on from (<c>2023年3月28日，全市……</c>, <c>2023年3月28日召开</c>) is none.
    /// </summary>
    private static bool IsBareDateValue(string text, int at, int end)
    {
        if (!DateReader.TryReadDateTime(text, at, end, out _, out _, out var dateEnd))
        {
            return false;
        }

        var p = dateEnd;
        while (p < end && TextChars.IsBlank(text[p]))
        {
            p++;
        }

        return p == end || (p > dateEnd && LabelAt(text, SkipOpenBracket(text, p, end), end, out _, out _) is not null);
    }

    /// <summary>An unlabelled date that opens a metadata line (<c>2022-03-15 10:20 来源:某局</c>): its span, when a label follows it.</summary>
    private static SourceSpan? LeadingDate(string text, int start, int end)
    {
        if (!DateReader.TryReadDateTime(text, start, end, out _, out _, out var dateEnd) || dateEnd >= end || !TextChars.IsBlank(text[dateEnd]))
        {
            return null;
        }

        var p = dateEnd;
        while (p < end && TextChars.IsBlank(text[p]))
        {
            p++;
        }

        return LabelAt(text, SkipOpenBracket(text, p, end), end, out _, out _) is not null ? SourceSpan.FromBounds(start, dateEnd) : null;
    }

    /// <summary>The labelled fields of a metadata line, each with the span of its value (empty when none is printed); an unlabelled leading date counts as a 日期 field.</summary>
    private static IEnumerable<(FieldKind Kind, SourceSpan Value)> Fields(string text, int start, int end)
    {
        var p = start;
        if (LeadingDate(text, start, end) is { } leading)
        {
            yield return (FieldKind.AnyDate, leading);
            p = leading.End;
        }

        while (p < end)
        {
            var labelStart = SkipOpenBracket(text, p, end);
            if ((p == start || IsFieldBoundary(text[p - 1])) && LabelAt(text, labelStart, end, out var valueStart, out var separator) is { } kind)
            {
                // A label with nothing after it but the next label (文章来源: 发布时间:…) has an empty value.
                var valueEnd = valueStart > labelStart && TextChars.IsBlank(text[valueStart - 1]) && LabelAt(text, valueStart, end, out _, out _) is not null
                    ? valueStart
                    : ValueEnd(text, valueStart, end, kind, separator);
                yield return (kind, SourceSpan.FromBounds(valueStart, valueEnd));
                p = Math.Max(valueEnd, valueStart);
                if (p == labelStart)
                {
                    p++;
                }

                continue;
            }

            p++;
        }
    }

    private static bool IsFieldBoundary(char c) => TextChars.IsBlank(c) || c is '|' or '｜' or ']' or '】' or '[' or '【';

    private static int ValueEnd(string text, int valueStart, int end, FieldKind kind, char separator)
    {
        if (kind is FieldKind.Published or FieldKind.Updated or FieldKind.AnyDate or FieldKind.Written
            && DateReader.TryReadDateTime(text, valueStart, end, out _, out _, out var dateEnd))
        {
            return dateEnd;
        }

        var q = valueStart;
        var stopAtBlank = kind != FieldKind.Title;
        while (q < end && text[q] is not ('|' or '｜' or '[' or '【') && !(stopAtBlank && TextChars.IsBlank(text[q])))
        {
            if (separator is ']' or '】' && LabelAt(text, q, end, out _, out _) is not null && q > valueStart && TextChars.IsBlank(text[q - 1]))
            {
                break;
            }

            q++;
        }

        while (q > valueStart && TextChars.IsBlank(text[q - 1]))
        {
            q--;
        }

        return q;
    }

    private static (string? Value, SourceSpan? Span, SourceSpan? Core, SourceSpan? Tag, int First, int Last) FindTitle(
        string text, List<Line> lines, List<(FieldKind Kind, SourceSpan Value, int Line)> fields)
    {
        foreach (var field in fields)
        {
            if (field.Kind == FieldKind.Title && field.Value.Length > 0)
            {
                var (core, tag) = CleanTitle(text, field.Value.Start, field.Value.End);
                return (text.Substring(core.Start, core.Length), core, core, tag, field.Line, field.Line);
            }
        }

        (string Value, SourceSpan Span, SourceSpan Core, SourceSpan? Tag, int First, int Last, int Score)? best = null;
        for (var n = 0; n < lines.Count; n++)
        {
            if (lines[n].Kind != LineKind.Text || lines[n].End - lines[n].Start > MaxTitleLength)
            {
                continue;
            }

            var (core, tag) = CleanTitle(text, lines[n].Start, lines[n].End);
            var single = text.Substring(core.Start, core.Length);
            Consider(single, core, core, tag, n, n);
            if (n + 1 < lines.Count && lines[n + 1].Kind == LineKind.Text && lines[n + 1].LineStart == NextLineStart(text, lines[n].End)
                && lines[n].End - lines[n].Start <= MaxTitlePartLength)
            {
                var (second, secondTag) = CleanTitle(text, lines[n + 1].Start, lines[n + 1].End);
                if (secondTag is null && second.Length <= MaxTitlePartLength && IsSplitTitle(text, core, second))
                {
                    var joined = string.Concat(single, text.AsSpan(second.Start, second.Length));
                    Consider(joined, SourceSpan.FromBounds(core.Start, second.End), SourceSpan.FromBounds(core.Start, second.End), tag, n, n + 1);
                }
            }
        }

        return best is { } b ? (b.Value, b.Span, b.Core, b.Tag, b.First, b.Last) : (null, null, null, null, -1, -1);

        void Consider(string value, SourceSpan span, SourceSpan core, SourceSpan? tag, int first, int last)
        {
            var score = TitleScore(value);
            if (score >= 3 && (best is null || score > best.Value.Score))
            {
                best = (value, span, core, tag, first, last, score);
            }
        }
    }

    /// <summary>The start of the line after the one holding <paramref name="index"/>; a CR LF pair is one break.</summary>
    private static int NextLineStart(string text, int index) => AfterBreak(text, TextChars.LineEnd(text, index));

    /// <summary>The index after the line break at <paramref name="lineEnd"/>; a CR LF pair is one break.</summary>
    private static int AfterBreak(string text, int lineEnd) =>
        lineEnd + 1 < text.Length && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;

    /// <summary>
    /// Whether a title was split over two lines: the first does not end as a title does and the second does, and either the
    /// first ends in an office's name (某区司法局 / 关于…) or the first names the year or 关于 and the second does not.
    /// </summary>
    private static bool IsSplitTitle(string text, SourceSpan first, SourceSpan second)
    {
        var a = text.AsSpan(first.Start, first.Length);
        var b = text.AsSpan(second.Start, second.Length);
        if (a.Length < 2 || b.Length < 2 || EndsAsTitle(a) || !EndsAsTitle(b))
        {
            return false;
        }

        foreach (var ending in OfficeEndings)
        {
            if (a.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var aNamesYear = FindYear(text, first.Start, first.End) is not null;
        var bNamesYear = FindYear(text, second.Start, second.End) is not null;
        return (aNamesYear || a.Contains("关于", StringComparison.Ordinal)) && !bNamesYear;
    }

    /// <summary>
    /// How much a line looks like a report title: 3 for a document word at its end, 2 for a year, 1 for 报告 or 法治, and 1
    /// for the length of a real title (a column name such as 法治政府建设年度报告 is shorter).
    /// </summary>
    private static int TitleScore(string value)
    {
        var span = value.AsSpan();
        var score = EndsAsTitle(span) ? 3 : 0;
        score += FindYear(value, 0, value.Length) is not null ? 2 : 0;
        score += span.Contains("报告", StringComparison.Ordinal) || span.Contains("法治", StringComparison.Ordinal) ? 1 : 0;
        score += span.Length >= MinFullTitleLength ? 1 : 0;
        return score;
    }

    /// <summary>Whether the text ends in a document word, before a closing bracket group such as （全文） or (2022年).</summary>
    private static bool EndsAsTitle(ReadOnlySpan<char> value)
    {
        value = value.TrimEnd();
        if (value.Length > 2 && TextChars.IsCloseParenthesis(value[^1]))
        {
            var open = value.LastIndexOfAny('(', '（');
            if (open > 0)
            {
                value = value[..open].TrimEnd();
            }
        }

        if (value.Length > 0 && value[^1] is '》' or '”' or '"')
        {
            return false;
        }

        foreach (var ending in TitleEndings)
        {
            if (value.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The title without a leading column tag (【政策解读】) and a trailing site name or page position after a dash.</summary>
    private static (SourceSpan Core, SourceSpan? Tag) CleanTitle(string text, int start, int end)
    {
        SourceSpan? tag = null;
        if (start < end && text[start] == '【')
        {
            var close = text.AsSpan(start, end - start).IndexOf('】');
            if (close > 1 && close <= MaxColumnTag + 1 && start + close + 1 < end)
            {
                tag = SourceSpan.FromBounds(start + 1, start + close);
                start += close + 1;
                while (start < end && TextChars.IsBlank(text[start]))
                {
                    start++;
                }
            }
        }

        // A trailing page position (…报告(第3/9页), …报告-12篇(第3/9页)) or site name (…报告-某某网, …报告_某某网) after the title's end.
        var line = text.AsSpan(start, end - start);
        for (var i = line.Length - 1; i > 0; i--)
        {
            if (line[i] is not ('-' or '－' or '_' or '—' or '|' or '｜') && !(TextChars.IsOpenParenthesis(line[i]) && IsPagePosition(line[i..], out _)))
            {
                continue;
            }

            var suffix = line[i..];
            if ((suffix.Length <= MaxSiteSuffix + 1 || IsPagePosition(suffix, out _)) && EndsAsTitle(line[..i]))
            {
                end = start + i;
                while (end > start && TextChars.IsBlank(text[end - 1]))
                {
                    end--;
                }

                line = text.AsSpan(start, end - start);
                i = line.Length;
            }
        }

        // A listing date in brackets after the title (…报告 (2015-04-23)) is not part of it.
        var dated = text.AsSpan(start, end - start).LastIndexOfAny('(', '（');
        if (dated > 0 && BracketedDate(text, start + dated, end) is not null && EndsAsTitle(text.AsSpan(start, dated)))
        {
            end = start + dated;
            while (end > start && TextChars.IsBlank(text[end - 1]))
            {
                end--;
            }
        }

        return (SourceSpan.FromBounds(start, end), tag);
    }

    /// <summary>
    /// The body a title names as its author: the text before its 关于 (某区司法局关于2020年度…), else before its year, else
    /// before a report topic (某办公室政府信息公开工作…), after a leading 关于 or 《; null when that text does not end in an
    /// office's or place's name (人民政府, 局, 委员会, 街道, 镇 …).
    /// </summary>
    private static SourceSpan? TitleIssuer(string text, SourceSpan title, SourceSpan? year)
    {
        var start = title.Start;
        var end = title.End;
        while (start < end && (TextChars.At(text, start, "关于") || text[start] is '《' or '“' || TextChars.IsBlank(text[start]) || TextChars.IsLineBreak(text[start])))
        {
            start += TextChars.At(text, start, "关于") ? 2 : 1;
        }

        if (year is { } leading && leading.Start == start)
        {
            // 2022年某市政府信息公开工作年度报告: the name follows the year.
            start = leading.End < end && text[leading.End] == '度' ? leading.End + 1 : leading.End;
        }

        var limit = end;
        var about = text.AsSpan(start, end - start).IndexOf("关于", StringComparison.Ordinal);
        if (about > 0)
        {
            limit = start + about;
        }
        else if (year is { } y && y.Start > start && y.Start < end)
        {
            limit = y.Start;
        }

        foreach (var topic in ReportTopics)
        {
            var at = text.AsSpan(start, limit - start).IndexOf(topic, StringComparison.Ordinal);
            if (at > 0)
            {
                limit = start + at;
            }
        }

        var (nameStart, nameEnd) = TrimLine(text, start, limit);
        while (nameEnd > nameStart && TextChars.IsLineBreak(text[nameEnd - 1]))
        {
            nameEnd--;
        }

        if (nameEnd - nameStart < 2 || nameEnd - nameStart > MaxIssuerLength || text.AsSpan(nameStart, nameEnd - nameStart).IndexOfAny(IssuerStops) >= 0)
        {
            return null;
        }

        var name = text.AsSpan(nameStart, nameEnd - nameStart);
        foreach (var ending in OfficeEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return SourceSpan.FromBounds(nameStart, nameEnd);
            }
        }

        return null;
    }

    private static int ContentStart(string text, List<Line> lines, string? title, int first, int last)
    {
        var n = 0;
        if (title is not null)
        {
            n = last + 1;
            while (n < lines.Count && (lines[n].Kind is LineKind.Blank or LineKind.Breadcrumb or LineKind.Metadata or LineKind.DateLine or LineKind.Chrome
                || (lines[n].Kind == LineKind.Text && RepeatsTitle(text, lines[n], title))))
            {
                n++;
            }
        }
        else
        {
            while (n < lines.Count && lines[n].Kind is LineKind.Blank or LineKind.Breadcrumb or LineKind.Metadata or LineKind.DateLine or LineKind.Chrome)
            {
                n++;
            }
        }

        if (n < lines.Count)
        {
            return lines[n].LineStart;
        }

        if (lines.Count == 0)
        {
            return 0;
        }

        if (lines[^1].IsRunIn)
        {
            // The body runs on from the title on its line.
            var p = lines[^1].End;
            while (p < text.Length && TextChars.IsBlank(text[p]))
            {
                p++;
            }

            return p;
        }

        return Math.Min(NextLineStart(text, lines[^1].End), text.Length);
    }

    private static bool RepeatsTitle(string text, Line line, string title)
    {
        var (core, _) = CleanTitle(text, line.Start, line.End);
        return core.Length >= 4 && title.AsSpan().Contains(text.AsSpan(core.Start, core.Length), StringComparison.Ordinal);
    }

    private static (OffsetDateTime? At, bool HasTime, SourceSpan? Span) PublishedAt(
        string text, List<(FieldKind Kind, SourceSpan Value, int Line)> fields, List<(SourceSpan? Name, SourceSpan Date, int Line)> dateLines)
    {
        foreach (var wanted in (ReadOnlySpan<FieldKind>)[FieldKind.Published, FieldKind.Updated, FieldKind.AnyDate])
        {
            if (FirstTime(text, fields, wanted) is { } found)
            {
                return found;
            }
        }

        foreach (var line in dateLines)
        {
            if (DateReader.TryReadDateTime(text, line.Date.Start, line.Date.End, out var local, out var hasTime, out var end))
            {
                return (local.WithOffset(ChinaTime.Offset), hasTime, SourceSpan.FromBounds(line.Date.Start, end));
            }
        }

        return (null, false, null);
    }

    /// <summary>The first time of one label kind that reads as a date, with or without a time of day.</summary>
    private static (OffsetDateTime At, bool HasTime, SourceSpan Span)? FirstTime(string text, List<(FieldKind Kind, SourceSpan Value, int Line)> fields, FieldKind wanted)
    {
        foreach (var field in fields)
        {
            if (field.Kind == wanted && DateReader.TryReadDateTime(text, field.Value.Start, field.Value.End, out var local, out var hasTime, out var end))
            {
                return (local.WithOffset(ChinaTime.Offset), hasTime, SourceSpan.FromBounds(field.Value.Start, end));
            }
        }

        return null;
    }

    private static (OffsetDateTime? At, SourceSpan? Span) LabelledTime(string text, List<(FieldKind Kind, SourceSpan Value, int Line)> fields, FieldKind wanted) =>
        FirstTime(text, fields, wanted) is { } found ? (found.At, found.Span) : (null, null);

    private static (LocalDate? Date, SourceSpan? Span) DocumentDate(string text, List<(FieldKind Kind, SourceSpan Value, int Line)> fields)
    {
        foreach (var field in fields)
        {
            if (field.Kind == FieldKind.Written && DateReader.TryReadDate(text, field.Value.Start, field.Value.End, out var date, out var end))
            {
                return (date, SourceSpan.FromBounds(field.Value.Start, end));
            }
        }

        return (null, null);
    }

    private static (string? Source, SourceSpan? Span) Source(
        string text, List<(FieldKind Kind, SourceSpan Value, int Line)> fields, List<(SourceSpan? Name, SourceSpan Date, int Line)> dateLines)
    {
        foreach (var wanted in (ReadOnlySpan<FieldKind>)[FieldKind.Source, FieldKind.Publisher])
        {
            foreach (var field in fields)
            {
                if (field.Kind == wanted && field.Value.Length > 0)
                {
                    return (text.Substring(field.Value.Start, field.Value.Length), field.Value);
                }
            }
        }

        foreach (var line in dateLines)
        {
            if (line.Name is { } name)
            {
                return (text.Substring(name.Start, name.Length), name);
            }
        }

        return (null, null);
    }

    private static (string? Issuer, SourceSpan? IssuerSpan, LocalDate? SignedOn, SourceSpan? SignedSpan, int ContentEnd) ScanSignature(string text, int contentStart)
    {
        var end = text.Length;
        var (dateStart, dateEnd, dateLineStart) = LastNonBlankLine(text, end, contentStart);
        if (dateStart >= dateEnd || !DateReader.TryReadDate(text, dateStart, dateEnd, out var signed, out var signedEnd) || signedEnd != dateEnd)
        {
            return (null, null, null, null, end);
        }

        var signedSpan = SourceSpan.FromBounds(dateStart, dateEnd);
        var (issuerStart, issuerEnd, issuerLineStart) = LastNonBlankLine(text, dateLineStart, contentStart);
        var issuerLine = text.AsSpan(issuerStart, issuerEnd - issuerStart);
        if (issuerStart < issuerEnd && issuerLine.Length <= MaxIssuerLength && issuerLine.IndexOfAny(IssuerStops) < 0
            && !OutlineMarkers.TryRead(text, issuerStart, issuerEnd, out _, out _, out _))
        {
            return (issuerLine.ToString(), SourceSpan.FromBounds(issuerStart, issuerEnd), signed, signedSpan, issuerLineStart);
        }

        return (null, null, signed, signedSpan, dateLineStart);
    }

    /// <summary>The trimmed bounds and line start of the last non-blank line ending at or before <paramref name="end"/>.</summary>
    private static (int Start, int End, int LineStart) LastNonBlankLine(string text, int end, int floor)
    {
        var i = end;
        while (i > floor && (TextChars.IsBlank(text[i - 1]) || TextChars.IsLineBreak(text[i - 1])))
        {
            i--;
        }

        var lineEnd = i;
        var lineStart = Math.Max(TextChars.LineStart(text, lineEnd, MaxTitleLength * 4), floor);
        if (lineStart > 0 && !TextChars.IsLineBreak(text[lineStart - 1]))
        {
            // The line is longer than any signature line: report it as empty.
            return (lineStart, lineStart, lineStart);
        }

        var (start, trimmedEnd) = TrimLine(text, lineStart, lineEnd);
        return (start, trimmedEnd, lineStart);
    }

    private static (int Start, int End) TrimLine(string text, int start, int end)
    {
        while (start < end && TextChars.IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && TextChars.IsBlank(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static (string Label, FieldKind Kind)[] SortLabels((string Label, FieldKind Kind)[] labels)
    {
        Array.Sort(labels, (x, y) => y.Label.Length.CompareTo(x.Label.Length));
        return labels;
    }
}
