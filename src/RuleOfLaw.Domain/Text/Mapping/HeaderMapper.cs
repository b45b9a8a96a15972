using System;
using System.Globalization;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>Maps the header onto the report's title, year, publication and sign-off; what is inferred carries a note naming its source.</summary>
internal static class HeaderMapper
{
    /// <summary>How far into the content the opening sentence is looked for a year.</summary>
    private const int OpeningLength = 120;

    /// <summary>The title: the caller's, the title line, or the container's hint; null when none gives one.</summary>
    public static string? Title(ScannedText scanned, ReadOptions options, ReadNotes notes)
    {
        var title = options.Title ?? scanned.Header.Title;
        if (string.IsNullOrWhiteSpace(title) && options.TitleHint is { } titleHint)
        {
            title = titleHint.Value;
            notes.Note(ReadDiagnosticCodes.InferredField, null, "title \"" + title + "\"", "from " + titleHint.Source);
        }

        return string.IsNullOrWhiteSpace(title) ? null : title;
    }

    /// <summary>The report year: the caller's, the title's, else inferred from the first heading, the opening or the publication year.</summary>
    /// <remarks>
    /// A report is published in the year after the one it covers, so its publication year less one is its year. A text of
    /// another kind (<see cref="DocumentKind.Other"/>: a plan, an opinion, an article) is not tied to such a year: it is given
    /// only the year it states it covers, never one guessed from its publication date.
    /// </remarks>
    public static int? Year(ScannedText scanned, ReadOptions options, DocumentKind kind, ReadNotes notes)
    {
        if (options.Year is { } given)
        {
            return given.Year;
        }

        if (scanned.Header.ReportYear is { } printed && printed is >= ReportYear.MinYear and <= ReportYear.MaxYear)
        {
            return printed;
        }

        if (scanned.Header.Title is { } printedTitle && DocumentKindClassifier.YearRange(printedTitle) is { } range)
        {
            // A title on several years (2016—2020年……情况) names no one report year: none is guessed from the text.
            notes.Note(ReadDiagnosticCodes.InferredField, scanned.Header.TitleSpan, "no report year", "the title names the years " + range);
            return null;
        }

        var outline = scanned.Outline;
        if (outline.Length > 0 && YearIn(scanned.Text, outline[0].TitleSpan.Start, outline[0].TitleSpan.End) is { } fromHeading)
        {
            notes.Note(ReadDiagnosticCodes.InferredField, new SourceSpan(fromHeading.At, 4), Field("report year", fromHeading.Year), "from the first heading");
            return fromHeading.Year;
        }

        var header = scanned.Header;
        var openingEnd = Math.Min(header.ContentEnd, header.ContentStart + OpeningLength);
        if (YearIn(scanned.Text, header.ContentStart, openingEnd) is { } fromOpening)
        {
            notes.Note(ReadDiagnosticCodes.InferredField, new SourceSpan(fromOpening.At, 4), Field("report year", fromOpening.Year), "from the opening sentence");
            return fromOpening.Year;
        }

        if (ComparedYear(scanned.Text, header.ContentStart, header.ContentEnd) is { } compared)
        {
            notes.Note(ReadDiagnosticCodes.InferredField, new SourceSpan(compared.At, 4), Field("report year", compared.Year), "from a comparison with the year before");
            return compared.Year;
        }

        var published = header.PublishedAt ?? options.PublishedAtHint?.Value;
        if (kind != DocumentKind.Other && published is { } time && time.Year - 1 is >= ReportYear.MinYear and <= ReportYear.MaxYear)
        {
            notes.Note(ReadDiagnosticCodes.InferredField, header.PublishedAtSpan, Field("report year", time.Year - 1), "as the year before publication");
            return time.Year - 1;
        }

        return null;
    }

    /// <summary>
    /// The publication the header prints (or the container's hint); its channel is unknown, since a text does not state it.
    /// An update time beside it is noted and not used; one printed alone is the publication time, with a note.
    /// </summary>
    public static Publication? Publication(ScannedText scanned, ReadOptions options, ReadNotes notes)
    {
        var source = string.IsNullOrWhiteSpace(scanned.Header.InformationSource) ? null : scanned.Header.InformationSource;
        if (scanned.Header.PublishedAt is { } publishedAt)
        {
            if (scanned.Header.UpdatedAt is { } updated && scanned.Header.UpdatedAtSpan == scanned.Header.PublishedAtSpan)
            {
                notes.Note(ReadDiagnosticCodes.InferredField, scanned.Header.UpdatedAtSpan, Field("publication time", updated), "from the page's update time (更新时间)");
            }
            else if (scanned.Header.UpdatedAt is { } later && later != publishedAt)
            {
                notes.Note(
                    ReadDiagnosticCodes.UpdateTimeBesidePublication,
                    scanned.Header.UpdatedAtSpan,
                    NodaTime.Text.OffsetDateTimePattern.Rfc3339.Format(publishedAt),
                    NodaTime.Text.OffsetDateTimePattern.Rfc3339.Format(later));
            }

            if (scanned.Header.DocumentDate is { } written && written != publishedAt.Date)
            {
                notes.Note(
                    ReadDiagnosticCodes.TwoPageDates,
                    scanned.Header.DocumentDateSpan,
                    NodaTime.Text.OffsetDateTimePattern.Rfc3339.Format(publishedAt),
                    NodaTime.Text.LocalDatePattern.Iso.Format(written));
            }

            return new Publication(publishedAt, null, source);
        }

        if (options.PublishedAtHint is { } hint)
        {
            notes.Note(ReadDiagnosticCodes.InferredField, null, Field("publication time", hint.Value), "from " + hint.Source);
            return new Publication(hint.Value, null, source);
        }

        return null;
    }

    /// <summary>The signature block, when both the signer and the date are printed.</summary>
    public static SignOff? SignOff(ScannedText scanned) =>
        !string.IsNullOrWhiteSpace(scanned.Header.Issuer) && scanned.Header.SignedOn is { } signedOn ? new SignOff(scanned.Header.Issuer, signedOn) : null;

    /// <summary>
    /// The first four-digit year in the report years' range followed by 年 in a range of the text, outside brackets: the
    /// years in 《纲要（2021—2025年）》 or （2019年修订） name a document's period, not the report's; else a year of 年度 inside them.
    /// </summary>
    private static (int Year, int At)? YearIn(string text, int start, int end) =>
        YearIn(text, start, end, inBrackets: false) ?? YearIn(text, start, end, inBrackets: true);

    /// <summary>
    /// Outside brackets, the first year followed by 年; inside them (the second look), only a year followed by 年度, which
    /// names a reporting year (《关于编制公布2022年度……报告的通知》), not a period.
    /// </summary>
    private static (int Year, int At)? YearIn(string text, int start, int end, bool inBrackets)
    {
        var depth = 0;
        for (var p = Math.Max(0, start); p + 4 < Math.Min(end, text.Length); p++)
        {
            if (text[p] is '《' or '(' or '（' or '〔' or '[' or '【')
            {
                depth++;
                continue;
            }

            if (text[p] is '》' or ')' or '）' or '〕' or ']' or '】')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if ((inBrackets ? depth > 0 && p + 5 < text.Length && text[p + 5] == '度' : depth == 0) && text[p + 4] == '年' && (p == 0 || !char.IsAsciiDigit(text[p - 1]))
                && char.IsAsciiDigit(text[p]) && char.IsAsciiDigit(text[p + 1]) && char.IsAsciiDigit(text[p + 2]) && char.IsAsciiDigit(text[p + 3]))
            {
                var year = ((text[p] - '0') * 1000) + ((text[p + 1] - '0') * 100) + ((text[p + 2] - '0') * 10) + (text[p + 3] - '0');

                // A date (2025年6月13日, as a cover letter is signed) and a comparison's base (较2022年) name no report year.
                if (year is >= ReportYear.MinYear and <= ReportYear.MaxYear && !IsDateYear(text, p + 5) && !(p > 0 && text[p - 1] is '较' or '比'))
                {
                    return (year, p);
                }
            }
        }

        return null;
    }

    /// <summary>Whether a month follows a year's 年 at <paramref name="at"/> (<c>6月</c>, <c>12月</c>): the year is a date's.</summary>
    private static bool IsDateYear(string text, int at)
    {
        var p = at;
        while (p < text.Length && p - at < 2 && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        return p > at && p < text.Length && text[p] == '月';
    }

    /// <summary>
    /// The year a text compares with the one before it, in one sentence (<c>2023年全市……较2022年……</c>,
    /// <c>2023年……比2022年……</c>): a text that sets a year against the year before reports on the later one.
    /// </summary>
    private static (int Year, int At)? ComparedYear(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        for (var p = Math.Max(0, start); p + 4 < end; p++)
        {
            if (text[p] is not ('较' or '比') || !IsYearOfA(text, p + 1, end, out var earlier))
            {
                continue;
            }

            var sentence = p;
            while (sentence > start && text[sentence - 1] is not ('。' or '；' or ';' or '！' or '？') && !TextChars.IsLineBreak(text[sentence - 1]))
            {
                sentence--;
            }

            for (var q = sentence; q < p; q++)
            {
                if (IsYearOfA(text, q, p, out var later) && later == earlier + 1 && later is >= ReportYear.MinYear and <= ReportYear.MaxYear && (q == 0 || !char.IsAsciiDigit(text[q - 1])))
                {
                    return (later, q);
                }
            }
        }

        return null;
    }

    /// <summary>Whether four digits and 年 stand at <paramref name="at"/>, and the year they give.</summary>
    private static bool IsYearOfA(string text, int at, int end, out int year)
    {
        year = 0;
        if (at + 4 >= end || text[at + 4] != '年')
        {
            return false;
        }

        for (var i = at; i < at + 4; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            year = (year * 10) + (text[i] - '0');
        }

        return true;
    }

    /// <summary>A field and its value for an <see cref="ReadDiagnosticCodes.InferredField"/> note, in the invariant culture.</summary>
    private static string Field<T>(string name, T value)
        where T : IFormattable => name + " " + value.ToString(null, CultureInfo.InvariantCulture);
}
