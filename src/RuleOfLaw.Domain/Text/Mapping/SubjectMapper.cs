using System;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// Maps what the text says of its author onto the reporting subject: the caller's, else the signature, the title's
/// prefix, 信息来源, an office named in the opening sentence, or the container's hint, with a note naming the source.
/// A name with no place word leaves the level unknown, with a note; nothing found leaves the subject missing.
/// </summary>
internal static class SubjectMapper
{
    /// <summary>How far into the content the opening sentence is looked for an office's name.</summary>
    private const int OpeningLength = 200;

    /// <summary>The longest name taken from the opening sentence.</summary>
    private const int MaxNameLength = 24;

    private static readonly string[] PlaceWords = ["自治区", "省", "市", "区", "县", "旗", "乡", "镇", "街道"];

    private static readonly string[] OfficeEndings = ["人民政府", "街道办事处", "办事处", "委员会", "办公室", "局", "厅"];

    public static ReportingSubject? Map(ScannedText scanned, ReadOptions options, ReadNotes notes)
    {
        if (options.Subject is { } given)
        {
            return given;
        }

        var header = scanned.Header;
        var prefix = TitlePrefix(scanned);
        (string Name, string Source, SourceSpan? Span)? found =
            NonBlank(header.Issuer) is { } issuer ? (issuer, "the signature", header.IssuerSpan)
            : prefix is { } p ? (p.Name, "the title's prefix", p.Span)
            : NonBlank(header.InformationSource) is { } source ? (source, "信息来源", header.InformationSourceSpan)
            : OpeningName(scanned) is { } opening ? (scanned.Slice(opening), "the opening sentence", opening)
            : GivenTitlePrefix(options) is { } fromTitle ? (fromTitle.Name, fromTitle.Source, null)
            : options.IssuerHint is { } hint ? (hint.Value.Trim(), hint.Source, null)
            : null;
        if (found is not { } subject)
        {
            return null;
        }

        notes.Note(ReadDiagnosticCodes.InferredField, subject.Span, "reporting subject \"" + subject.Name + "\"", "from " + subject.Source);
        var level = SubjectNames.LevelOf(subject.Name);
        if (level is null)
        {
            notes.Note(ReadDiagnosticCodes.UnknownSubjectLevel, subject.Span, subject.Name);
        }

        return new ReportingSubject(subject.Name, prefix?.Name ?? subject.Name, level, SubjectNames.KindOf(subject.Name));
    }

    /// <summary>The prefix before the year of a title the caller or the container gave (某区 in 某区2020年…报告), without a leading 关于.</summary>
    private static (string Name, string Source)? GivenTitlePrefix(ReadOptions options)
    {
        var (title, source) = options.Title is { } t ? (t, "the title given") : options.TitleHint is { } h ? (h.Value, h.Source) : (null, string.Empty);
        if (title is null)
        {
            return null;
        }

        for (var p = 0; p + 4 < title.Length; p++)
        {
            if (title[p + 4] == '年' && char.IsAsciiDigit(title[p]) && char.IsAsciiDigit(title[p + 1]) && char.IsAsciiDigit(title[p + 2]) && char.IsAsciiDigit(title[p + 3]))
            {
                var prefix = title[..p].Trim();
                prefix = prefix.StartsWith("关于", StringComparison.Ordinal) ? prefix[2..].Trim() : prefix;
                return prefix.Length == 0 ? null : (prefix, source);
            }
        }

        return null;
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The title's text before its year, without a leading 关于: 某区 in 某区2020年法治政府建设年度报告.</summary>
    private static (string Name, SourceSpan Span)? TitlePrefix(ScannedText scanned)
    {
        var header = scanned.Header;
        if (header.TitleIssuerSpan is { } named)
        {
            return (scanned.Slice(named), named);
        }

        if (header.TitleSpan is not { } title || header.ReportYearSpan is not { } year || year.Start <= title.Start)
        {
            return null;
        }

        var span = TextSpans.Trim(scanned.Text, title.Start, year.Start);
        if (scanned.Text.AsSpan(span.Start, span.Length).StartsWith("关于", StringComparison.Ordinal))
        {
            span = TextSpans.Trim(scanned.Text, span.Start + 2, span.End);
        }

        return span.IsEmpty ? null : (scanned.Slice(span), span);
    }

    /// <summary>
    /// The first office named at the start of a clause in the opening of the content: a run of letters from the clause's
    /// start that holds a place word and ends in an office's ending (人民政府, 局, 委员会 …), such as 某市某区司法局 in
    /// <c>2020年，某市某区司法局坚持……</c>. Names that begin 全, 我, 本, 各 or 该 name no particular office.
    /// </summary>
    private static SourceSpan? OpeningName(ScannedText scanned)
    {
        var text = scanned.Text;
        var start = Math.Min(scanned.Header.ContentStart, text.Length);
        var end = Math.Min(scanned.Header.ContentEnd, Math.Min(text.Length, start + OpeningLength));
        var clause = start;
        for (var p = start; p < end; p++)
        {
            var c = text[p];
            if (!IsNameLetter(c))
            {
                clause = p + 1;
                continue;
            }

            foreach (var ending in OfficeEndings)
            {
                if (!TextChars.EndsAt(text, p + 1, ending) || p + 1 - clause > MaxNameLength || p + 1 - ending.Length <= clause)
                {
                    continue;
                }

                var name = text.AsSpan(clause, p + 1 - clause);
                var beforeEnding = name[..^ending.Length];
                if (name[0] is not ('全' or '我' or '本' or '各' or '该') && HasPlaceWord(beforeEnding))
                {
                    return SourceSpan.FromBounds(clause, p + 1);
                }
            }
        }

        return null;
    }

    /// <summary>Whether a place word follows a place's own name of at least two letters (某区, not 在区).</summary>
    private static bool HasPlaceWord(ReadOnlySpan<char> text)
    {
        foreach (var word in PlaceWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A letter that may stand in an office's name: CJK ideographs only; digits, punctuation and 年 end a clause.</summary>
    private static bool IsNameLetter(char c) => c is >= '\u4E00' and <= '\u9FFF' && c != '年';
}
