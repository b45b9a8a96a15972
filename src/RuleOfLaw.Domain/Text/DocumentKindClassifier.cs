using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>How the reader decided a text's <see cref="DocumentKind"/>: the kind, how sure it is, the evidence in words, and where that evidence is.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Certainty">How sure: <see cref="DocumentKindClassifier.Stated"/>, <see cref="DocumentKindClassifier.Inferred"/> or <see cref="DocumentKindClassifier.Assumed"/>.</param>
/// <param name="Evidence">What decided it, in the note's English words (quotations in Chinese).</param>
/// <param name="Span">Where the deciding words are, or null when the evidence is the whole text.</param>
internal readonly record struct DocumentKindReading(DocumentKind Kind, string Certainty, string Evidence, SourceSpan? Span);

/// <summary>
/// Decides what kind of document a text is from general evidence, strongest first: what the document calls itself (the
/// title's genre and topic words, then the opening's self-description, 现将…报告如下 / 本报告), then its structure (the
/// information-disclosure report's standard headings, tables of figures, the parts of an annual report) and what it is
/// mostly about; with none of these it is taken for an annual report, and says so.
/// </summary>
/// <remarks>
/// Words inside 《》 name other documents and are not the title's own (a policy interpretation of a report, a notice that
/// issues a plan); a transmittal title (关于印发《X》的通知) is read as X's. The earliest topic word of a title or clause wins,
/// so 法治政府建设和政务公开工作报告 is an annual report. Nothing here knows a particular report.
/// </remarks>
internal static class DocumentKindClassifier
{
    /// <summary>The certainty of a kind the text states itself (its title or opening).</summary>
    public const string Stated = "as the text states";

    /// <summary>The certainty of a kind the structure or the topic of the text suggests.</summary>
    public const string Inferred = "as its content suggests";

    /// <summary>The certainty of an annual report taken as such for want of any evidence.</summary>
    public const string Assumed = "by default";

    /// <summary>The evidence when nothing names a kind.</summary>
    public const string NoEvidence = "neither the title, the opening nor the structure names a kind";

    // Genres, read from the title's last genre word: a plan, notice or interpretation is not a report even on the topic.
    private static readonly string[] OtherGenres = ["解读", "方案", "规划", "要点", "通知", "计划", "办法", "纲要", "决定", "公告", "意见", "规则", "指引", "细则", "措施"];

    // An opening that says it makes this document (为……，制定本方案 / 特制定本实施意见) names a plan or rules, not a report.
    private static readonly string[] Enactments = ["制定本", "制订本", "特制定", "特制订"];
    private static readonly string[] ReportGenres = ["报告", "年报", "总结"];
    private const string StatisticsGenre = "统计";

    private static readonly string[] DisclosureTopics = ["政府信息公开", "政务公开", "信息公开"];
    private static readonly string[] OtherTopics = ["行政执法", "行政复议", "行政应诉", "行政诉讼", "普法", "信访"];

    // The national template's headings of an information-disclosure report (国办公开办函〔2021〕30号), never top-level in an annual report.
    private static readonly string[] DisclosureHeadings = ["主动公开政府信息", "政府信息公开申请", "政府信息公开行政复议", "被申请行政复议和提起行政诉讼"];

    private static readonly string[] SelfReferences = ["现将", "本报告", "本年度报告", "报告如下", "总结如下", "特向社会公布"];
    // The last character of an office's name: a topic word right before one is a name (综合行政执法局), not the document's topic.
    private static readonly SearchValues<char> OfficeWords = SearchValues.Create("局厅委办处科队");

    // Words that begin with an office character but name no office: 行政复议案件办理, 行政执法处罚, 行政执法队伍.
    private static readonly System.Collections.Frozen.FrozenSet<string> NotOffices = System.Collections.Frozen.FrozenSet.ToFrozenSet(["办理", "办案", "办结", "处罚", "处理", "处置", "委托", "队伍", "科学"], StringComparer.Ordinal);
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,、。；;：:\n");
    private static readonly string[] Transmittals = ["印发", "公布", "发布", "报送", "转发"];

    // How much of the text a topic must own to decide the kind: at least this many mentions, and more than twice the other's.
    private const int TopicMinimum = 4;

    private enum Topic
    {
        None,
        AnnualReport,
        Disclosure,
        Other,
    }

    /// <summary>Decides the kind of a scanned text with the title the read settled (given, printed or from the container).</summary>
    public static DocumentKindReading Classify(ScannedText scanned, string? title)
    {
        var text = scanned.Text;
        if (!string.IsNullOrWhiteSpace(title) && FromTitle(title) is { } named)
        {
            var span = scanned.Header.Title == title ? scanned.Header.TitleSpan : null;
            return new(named.Kind, Stated, "the title names \"" + named.Word + "\"", span);
        }

        if (FromOpening(scanned) is { } opening)
        {
            return new(opening.Kind, Stated, string.Concat("the opening names \"", text.AsSpan(opening.At, opening.Length), "\""), new SourceSpan(opening.At, opening.Length));
        }

        foreach (var entry in scanned.Outline)
        {
            if (entry.Level == 1 && FirstOf(text, entry.TitleSpan.Start, entry.TitleSpan.End, DisclosureHeadings) is { } heading)
            {
                return new(DocumentKind.InformationDisclosureReport, Inferred, "a heading names \"" + DisclosureHeadings[heading.Index] + "\"", new SourceSpan(heading.At, DisclosureHeadings[heading.Index].Length));
            }
        }

        var parts = scanned.PartsOf.SelectMany(p => p).Where(p => p != ReportPart.OtherMatters).Distinct().Order().ToArray();
        if (parts.Length == 0 && TableRows(text, scanned.Header.ContentEnd) is { Rows: >= 3 } table && 3 * table.Rows >= table.Lines)
        {
            return new(DocumentKind.Statistics, Inferred, string.Create(CultureInfo.InvariantCulture, $"{table.Rows} of {table.Lines} lines are rows of figures"), null);
        }

        if (parts.Contains(ReportPart.FirstResponsiblePersonDuties) || parts.Length >= 3)
        {
            return new(DocumentKind.AnnualReport, Inferred, "the outline has parts " + PartList(parts), null);
        }

        var annual = CountAnnualTopic(text);
        var (disclosureWord, disclosure) = MostNamed(text, DisclosureTopics);
        var (otherWord, other) = MostNamed(text, OtherTopics);
        if (disclosure >= TopicMinimum && disclosure > 2 * annual && disclosure >= other)
        {
            return new(DocumentKind.InformationDisclosureReport, Inferred, Mentions(disclosureWord, disclosure, annual), null);
        }

        if (other >= TopicMinimum && other > 2 * annual)
        {
            return new(DocumentKind.Other, Inferred, Mentions(otherWord, other, annual), null);
        }

        if (parts.Length > 0)
        {
            return new(DocumentKind.AnnualReport, Inferred, "the outline has parts " + PartList(parts), null);
        }

        return annual >= 2
            ? new(DocumentKind.AnnualReport, Inferred, string.Create(CultureInfo.InvariantCulture, $"the text names the rule-of-law topic {annual} times"), null)
            : new(DocumentKind.AnnualReport, Assumed, NoEvidence, null);
    }

    /// <summary>The kind a title names: a transmittal's document, else the last genre word, else the earliest topic word.</summary>
    internal static (DocumentKind Kind, string Word)? FromTitle(string title)
    {
        if (Transmitted(title) is { } transmitted && FromTitle(transmitted) is { } inner)
        {
            return inner;
        }

        var own = WithoutBookTitles(title);
        var genre = LastGenre(own);
        if (genre is { Kind: null } && YearRange(own) is { } range)
        {
            // A report on several years (2016—2020年法治政府建设情况报告) reviews a plan's period: no annual report.
            return (DocumentKind.Other, range);
        }

        if (genre is { Kind: { } genreKind })
        {
            return (genreKind, genre.Value.Word);
        }

        var (topic, word) = EarliestTopic(own, 0, own.Length);
        return topic switch
        {
            Topic.AnnualReport => (DocumentKind.AnnualReport, word),
            Topic.Disclosure => (DocumentKind.InformationDisclosureReport, word),

            // Another topic decides only a title that calls itself a report: 行政执法工作年报 is one, 行政执法 alone is not.
            Topic.Other when genre is not null => (DocumentKind.Other, word),
            _ => null,
        };
    }

    /// <summary>The first range of years a title names outside 《》 (2016—2020年, 2016-2020年度), as printed; null when none.</summary>
    internal static string? YearRange(string title)
    {
        for (var p = 0; p + 9 < title.Length; p++)
        {
            if (!IsYearAt(title, p) || (p > 0 && char.IsAsciiDigit(title[p - 1])))
            {
                continue;
            }

            var q = p + 4;
            q += q < title.Length && title[q] == '年' ? 1 : 0;
            if (q < title.Length && title[q] is '-' or '－' or '—' or '–' or '~' or '～' or '至' or '到')
            {
                var r = q + 1;
                r += r < title.Length && title[r] == '—' ? 1 : 0;
                if (IsYearAt(title, r) && r + 4 < title.Length && title[r + 4] == '年' && string.CompareOrdinal(title, r, title, p, 4) > 0)
                {
                    return title[p..(r + 5)];
                }
            }
        }

        return null;
    }

    private static bool IsYearAt(string text, int at) =>
        at + 4 <= text.Length && text[at] is '1' or '2' && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]) && char.IsAsciiDigit(text[at + 3]);

    /// <summary>The document a transmittal title issues or publishes (关于印发《X》的通知 → X), or null.</summary>
    private static string? Transmitted(string title)
    {
        var open = title.LastIndexOf('《');
        var close = open < 0 ? -1 : title.IndexOf('》', open);
        if (close <= open + 1 || !Transmittals.Any(verb => title.AsSpan(0, open).EndsWith(verb, StringComparison.Ordinal)))
        {
            return null;
        }

        return title[(open + 1)..close];
    }

    /// <summary>The last genre word of a title: a report's (kind null, the topic decides), statistics or another document's.</summary>
    private static (DocumentKind? Kind, string Word)? LastGenre(string title)
    {
        (DocumentKind? Kind, string Word)? last = null;
        var at = -1;
        void Consider(string word, DocumentKind? kind)
        {
            var found = title.LastIndexOf(word, StringComparison.Ordinal);
            if (found > at)
            {
                at = found;
                last = (kind, word);
            }
        }

        foreach (var word in ReportGenres)
        {
            Consider(word, null);
        }

        foreach (var word in OtherGenres)
        {
            Consider(word, DocumentKind.Other);
        }

        Consider(StatisticsGenre, DocumentKind.Statistics);
        return last;
    }

    /// <summary>The opening's self-description: the first sentence of the preamble that speaks of the document itself and names a topic.</summary>
    private static (DocumentKind Kind, int At, int Length)? FromOpening(ScannedText scanned)
    {
        var text = scanned.Text;
        var preamble = scanned.Preamble;
        if (preamble.IsEmpty)
        {
            return null;
        }

        foreach (var sentence in TextSpans.Sentences(text, preamble))
        {
            if (Enactment(text, sentence.Start, sentence.End) is { } enacted)
            {
                return (DocumentKind.Other, enacted.At, enacted.Length);
            }

            if (FirstOf(text, sentence.Start, sentence.End, SelfReferences) is null)
            {
                continue;
            }

            // The clause 现将…如下 names the document; failing a topic there, the whole sentence (with its 《》, since the basis
            // it cites is the kind's own regulation: 依据《政府信息公开条例》…编制本报告).
            var clauseStart = text.IndexOf("现将", sentence.Start, sentence.Length, StringComparison.Ordinal);
            if (clauseStart >= 0)
            {
                var clauseEnd = text.IndexOf("如下", clauseStart, sentence.End - clauseStart, StringComparison.Ordinal);
                var end = clauseEnd < 0 ? sentence.End : clauseEnd;
                if (OpeningKind(text, clauseStart, end) is { } fromClause)
                {
                    return fromClause;
                }
            }

            if (OpeningKind(text, sentence.Start, sentence.End) is { } fromSentence)
            {
                return fromSentence;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a sentence says it makes the document (制定本方案, 特制定本实施意见, 制订本工作规则): an enactment word followed,
    /// within a few characters and no clause break, by another genre's word; outside 《》.
    /// </summary>
    private static (int At, int Length)? Enactment(string text, int start, int end)
    {
        for (var from = start; from < end && FirstOf(text, from, end, Enactments) is { } found; from = found.At + 1)
        {
            var after = found.At + Enactments[found.Index].Length;
            var limit = Math.Min(end, after + 8);
            var brk = text.AsSpan(after, limit - after).IndexOfAny(ClauseBreaks);
            limit = brk < 0 ? limit : after + brk;
            if (!InsideBookTitle(text, found.At) && FirstOf(text, after, limit, OtherGenres) is { } genre)
            {
                return (found.At, genre.At + OtherGenres[genre.Index].Length - found.At);
            }
        }

        return null;
    }

    private static (DocumentKind Kind, int At, int Length)? OpeningKind(string text, int start, int end)
    {
        var (topic, word, at) = EarliestTopicAt(text, start, end);
        return topic switch
        {
            Topic.AnnualReport => (DocumentKind.AnnualReport, at, word.Length),
            Topic.Disclosure => (DocumentKind.InformationDisclosureReport, at, word.Length),
            Topic.Other => (DocumentKind.Other, at, word.Length),
            _ => null,
        };
    }

    private static (Topic Topic, string Word) EarliestTopic(string text, int start, int end)
    {
        var (topic, word, _) = EarliestTopicAt(text, start, end);
        return (topic, word);
    }

    /// <summary>The earliest topic word between two indexes: a rule-of-law word (法治政府, 法治…建设, 依法行政), a disclosure word or another topic's.</summary>
    private static (Topic Topic, string Word, int At) EarliestTopicAt(string text, int start, int end)
    {
        var best = (Topic: Topic.None, Word: string.Empty, At: int.MaxValue);
        if (AnnualTopicAt(text, start, end) is { } annual)
        {
            best = (Topic.AnnualReport, text.Substring(annual.At, annual.Length), annual.At);
        }

        if (FirstTopic(text, start, end, DisclosureTopics) is { } disclosure && disclosure.At < best.At)
        {
            best = (Topic.Disclosure, DisclosureTopics[disclosure.Index], disclosure.At);
        }

        if (FirstTopic(text, start, end, OtherTopics) is { } other && other.At < best.At)
        {
            best = (Topic.Other, OtherTopics[other.Index], other.At);
        }

        return best;
    }

    /// <summary>The first rule-of-law topic word: 法治 followed within a few characters by 政府 or 建设 (法治政府, 法治浙江建设), or 依法行政 / 依法治.</summary>
    private static (int At, int Length)? AnnualTopicAt(string text, int start, int end)
    {
        var first = (At: int.MaxValue, Length: 0);
        for (var at = text.IndexOf("法治", start, end - start, StringComparison.Ordinal); at >= 0; at = at + 2 < end ? text.IndexOf("法治", at + 2, end - at - 2, StringComparison.Ordinal) : -1)
        {
            var limit = Math.Min(end, at + 2 + 6);
            var government = text.IndexOf("政府", at + 2, Math.Max(0, Math.Min(limit, at + 4) - at - 2), StringComparison.Ordinal);
            var building = text.IndexOf("建设", at + 2, limit - at - 2, StringComparison.Ordinal);
            if (government == at + 2)
            {
                first = (at, 4);
                break;
            }

            if (building >= 0 && !text.AsSpan(at + 2, building - at - 2).ContainsAny(ClauseBreaks))
            {
                first = (at, building + 2 - at);
                break;
            }
        }

        var lawful = text.IndexOf("依法", start, end - start, StringComparison.Ordinal);
        while (lawful >= 0 && lawful < first.At)
        {
            if (TextChars.At(text, lawful, "依法行政") || TextChars.At(text, lawful, "依法治"))
            {
                return (lawful, TextChars.At(text, lawful, "依法行政") ? 4 : 3);
            }

            lawful = lawful + 2 < end ? text.IndexOf("依法", lawful + 2, end - lawful - 2, StringComparison.Ordinal) : -1;
        }

        return first.Length == 0 ? null : first;
    }

    /// <summary>How often the text names the rule-of-law topic outside 《》: each 法治 that starts a topic word, and each 依法行政 / 依法治.</summary>
    private static int CountAnnualTopic(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("法治", StringComparison.Ordinal); at >= 0; at = text.IndexOf("法治", at + 2, StringComparison.Ordinal))
        {
            // One window of a few characters per 法治, so the count is linear in the text.
            var window = Math.Min(text.Length, at + 2 + 6);
            count += AnnualTopicAt(text, at, window) is { At: var found } && found == at && !InsideBookTitle(text, at) ? 1 : 0;
        }

        for (var at = text.IndexOf("依法", StringComparison.Ordinal); at >= 0; at = text.IndexOf("依法", at + 2, StringComparison.Ordinal))
        {
            count += (TextChars.At(text, at, "依法行政") || TextChars.At(text, at, "依法治")) && !InsideBookTitle(text, at) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The word of a list the text names most often outside 《》 and offices' names, and how often.</summary>
    private static (string Word, int Count) MostNamed(string text, string[] words)
    {
        var best = (Word: string.Empty, Count: 0);
        foreach (var word in words)
        {
            var count = 0;
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                count += InsideBookTitle(text, at) || NamesAnOffice(text, at + word.Length, text.Length) ? 0 : 1;
            }

            if (count > best.Count)
            {
                best = (word, count);
            }
        }

        return best;
    }

    /// <summary>Whether an index lies between 《 and 》 on its line.</summary>
    private static bool InsideBookTitle(string text, int at)
    {
        for (var p = at - 1; p >= 0 && !TextChars.IsLineBreak(text[p]); p--)
        {
            if (text[p] == '》')
            {
                return false;
            }

            if (text[p] == '《')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of several words between two indexes: which one (its index in the list) and where.</summary>
    private static (int Index, int At)? FirstOf(string text, int start, int end, string[] words)
    {
        (int Index, int At)? first = null;
        for (var i = 0; i < words.Length; i++)
        {
            var found = text.IndexOf(words[i], start, Math.Max(0, end - start), StringComparison.Ordinal);
            if (found >= 0 && (first is null || found < first.Value.At))
            {
                first = (i, found);
            }
        }

        return first;
    }

    /// <summary>The first topic word between two indexes that is not part of an office's name (综合行政执法局, 依法治区办).</summary>
    private static (int Index, int At)? FirstTopic(string text, int start, int end, string[] words)
    {
        for (var from = start; from < end && FirstOf(text, from, end, words) is { } found; from = found.At + 1)
        {
            if (!NamesAnOffice(text, found.At + words[found.Index].Length, end))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Whether an office word (局, 厅, 办 …) follows at once or after one character (综合行政执法局, 依法治区办), so that the word before is part of the office's name.</summary>
    private static bool NamesAnOffice(string text, int after, int end)
    {
        for (var p = after; p < Math.Min(end, after + 2); p++)
        {
            if (OfficeWords.Contains(text[p]) && !(p + 1 < text.Length && NotOffices.Contains(text.Substring(p, 2))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The title without what 《》 and 〈〉 enclose: the names of other documents.</summary>
    private static string WithoutBookTitles(string title)
    {
        if (title.IndexOfAny(['《', '〈']) < 0)
        {
            return title;
        }

        var own = new System.Text.StringBuilder(title.Length);
        var depth = 0;
        foreach (var c in title)
        {
            if (c is '《' or '〈')
            {
                depth++;
            }
            else if (c is '》' or '〉')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                own.Append(c);
            }
        }

        return own.ToString();
    }

    /// <summary>Counts the non-blank lines before the signature and those that are table rows of figures: two or more cells (split at | ｜ or tabs) that hold only a number.</summary>
    private static (int Rows, int Lines) TableRows(string text, int end)
    {
        int rows = 0, lines = 0;
        end = Math.Min(end, text.Length);
        for (var lineStart = 0; lineStart < end;)
        {
            var lineEnd = TextChars.LineEnd(text, lineStart);
            lineEnd = Math.Min(lineEnd, end);
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (!line.Trim().IsEmpty)
            {
                lines++;
                rows += NumericCells(line) >= 2 ? 1 : 0;
            }

            lineStart = lineEnd + 1;
        }

        return (rows, lines);
    }

    private static int NumericCells(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny('|', '｜', '\t') < 0)
        {
            return 0;
        }

        var cells = 0;
        for (var rest = line; !rest.IsEmpty;)
        {
            var cut = rest.IndexOfAny('|', '｜', '\t');
            var cell = (cut < 0 ? rest : rest[..cut]).Trim();
            rest = cut < 0 ? ReadOnlySpan<char>.Empty : rest[(cut + 1)..];
            if (cell.IsEmpty)
            {
                continue;
            }

            var numeric = true;
            var digits = 0;
            foreach (var c in cell)
            {
                digits += TextChars.IsDigit(c) ? 1 : 0;
                numeric &= TextChars.IsDigit(c) || c is '.' or ',' or '%' or '％' or '．';
            }

            cells += numeric && digits > 0 ? 1 : 0;
        }

        return cells;
    }

    private static string Mentions(string word, int count, int annual) =>
        string.Create(CultureInfo.InvariantCulture, $"the text names \"{word}\" {count} times and the rule-of-law topic {annual} times");

    /// <summary>"2", "2 and 3", "1, 2 and 4", as the messages number parts.</summary>
    private static string PartList(IReadOnlyList<ReportPart> parts)
    {
        var numbers = parts.Select(p => ((int)p).ToString(CultureInfo.InvariantCulture)).ToArray();
        return numbers.Length == 1 ? numbers[0] : string.Join(", ", numbers[..^1]) + " and " + numbers[^1];
    }
}
