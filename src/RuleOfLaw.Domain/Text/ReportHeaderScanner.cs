using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace RuleOfLaw.Domain.Text;

/// <summary>Reads the header lines at the top of a report text and the signature block at its end.</summary>
/// <remarks>
/// <para>
/// Header: the first lines before the first paragraph or numbered heading. A line with <c>&gt;</c> or <c>＞</c>
/// between segments is the breadcrumb; a line with <c>信息来源</c> or <c>发布时间</c> carries those fields (value up to
/// the next blank); the first other short line naming 报告 or 法治政府 is the title, and the year it prints (2020年,
/// 二〇二〇年) is the report year.
/// </para>
/// <para>
/// Signature: the last non-blank line is a date on its own (2021年1月5日, 二〇二一年一月五日, 2021-01-05) and the
/// non-blank line before it, when short and without a stop or comma, is the issuer. Published times are Beijing time,
/// UTC+8, as Chinese government sites print them.
/// </para>
/// </remarks>
internal static class ReportHeaderScanner
{
    private const int MaxHeaderLines = 12;
    private const int MaxTitleLength = 80;
    private const int MaxIssuerLength = 40;

    private static readonly SearchValues<char> IssuerStops = SearchValues.Create("。,，;；:：");

    /// <summary>Gets the offset of Beijing time from UTC.</summary>
    public static Offset BeijingOffset { get; } = Offset.FromHours(8);

    public static ReportHeader Scan(string? text)
    {
        text ??= string.Empty;
        var breadcrumb = ImmutableArray<string>.Empty;
        SourceSpan? breadcrumbSpan = null, titleSpan = null, yearSpan = null, sourceSpan = null, publishedSpan = null;
        string? title = null, source = null;
        int? year = null;
        OffsetDateTime? published = null;
        var hasTime = false;
        var contentStart = 0;

        var lineStart = 0;
        for (var n = 0; n < MaxHeaderLines && lineStart < text.Length; n++)
        {
            var lineEnd = TextChars.LineEnd(text, lineStart);
            var (start, end) = TrimLine(text, lineStart, lineEnd);
            if (start == end)
            {
                lineStart = lineEnd + 1;
                continue;
            }

            var line = text.AsSpan(start, end - start);
            if (MarkerReader.TryRead(text, start, end, out _, out _, out _) || line.Contains('。'))
            {
                break;
            }

            var isHeaderLine = false;
            if (breadcrumbSpan is null && (line.Contains('>') || line.Contains('＞')) && line.Length <= 200)
            {
                breadcrumbSpan = SourceSpan.FromBounds(start, end);
                breadcrumb = [.. line.ToString().Split(['>', '＞'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
                isHeaderLine = true;
            }
            else if (TryField(text, start, end, ["信息来源", "来源"], out var sourceValue))
            {
                source = text.Substring(sourceValue.Start, sourceValue.Length);
                sourceSpan = sourceValue;
                isHeaderLine = true;
                if (TryField(text, start, end, ["发布时间", "发布日期"], out var publishedValue)
                    && DateReader.TryReadDateTime(text, publishedValue.Start, end, out var local, out hasTime, out var publishedEnd))
                {
                    published = local.WithOffset(BeijingOffset);
                    publishedSpan = SourceSpan.FromBounds(publishedValue.Start, publishedEnd);
                }
            }
            else if (TryField(text, start, end, ["发布时间", "发布日期"], out var publishedOnly))
            {
                isHeaderLine = true;
                if (DateReader.TryReadDateTime(text, publishedOnly.Start, end, out var local, out hasTime, out var publishedEnd))
                {
                    published = local.WithOffset(BeijingOffset);
                    publishedSpan = SourceSpan.FromBounds(publishedOnly.Start, publishedEnd);
                }
            }
            else if (title is null && line.Length <= MaxTitleLength && (line.Contains("报告", StringComparison.Ordinal) || line.Contains("法治政府", StringComparison.Ordinal)))
            {
                title = line.ToString();
                titleSpan = SourceSpan.FromBounds(start, end);
                if (FindYear(text, start, end) is { } found)
                {
                    year = found.Year;
                    yearSpan = found.Span;
                }

                isHeaderLine = true;
            }

            if (!isHeaderLine && title is not null)
            {
                break;
            }

            lineStart = lineEnd + 1;
            if (isHeaderLine)
            {
                contentStart = Math.Min(lineStart, text.Length);
            }
        }

        var (issuer, issuerSpan, signedOn, signedSpan, contentEnd) = ScanSignature(text, contentStart);
        return new ReportHeader(breadcrumb, breadcrumbSpan, title, titleSpan, year, yearSpan, source, sourceSpan, published, hasTime, publishedSpan,
            issuer, issuerSpan, signedOn, signedSpan, contentStart, contentEnd);
    }

    /// <summary>Finds the year a title names: 2020年, 2020年度, 二〇二〇年, or else any 19xx/20xx.</summary>
    public static (int Year, SourceSpan Span)? FindYear(string text, int start, int end)
    {
        (int, SourceSpan)? bare = null;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if ((i > start && (TextChars.IsDigit(text[i - 1]) || ChineseNumerals.DigitOf(text[i - 1]) >= 0)) || !(TextChars.IsDigit(c) || ChineseNumerals.DigitOf(c) >= 0))
            {
                continue;
            }

            var j = i;
            var value = 0;
            var arabic = TextChars.IsDigit(c);
            while (j < end && j - i < 5 && (arabic ? TextChars.IsDigit(text[j]) : ChineseNumerals.DigitOf(text[j]) >= 0 && text[j] != '两'))
            {
                value = (value * 10) + (arabic ? TextChars.DigitValue(text[j]) : ChineseNumerals.DigitOf(text[j]));
                j++;
            }

            if (j - i != 4 || value is < 1900 or > 2100 || (j < end && (TextChars.IsDigit(text[j]) || ChineseNumerals.DigitOf(text[j]) >= 0)))
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
            && !MarkerReader.TryRead(text, issuerStart, issuerEnd, out _, out _, out _))
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

    private static bool TryField(string text, int start, int end, string[] labels, out SourceSpan value)
    {
        var line = text.AsSpan(start, end - start);
        foreach (var label in labels.OrderByDescending(l => l.Length))
        {
            var at = line.IndexOf(label, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var p = start + at + label.Length;
            while (p < end && TextChars.IsBlank(text[p]))
            {
                p++;
            }

            if (p >= end || text[p] is not (':' or '：'))
            {
                continue;
            }

            p++;
            while (p < end && TextChars.IsBlank(text[p]))
            {
                p++;
            }

            var q = p;
            if (DateReader.TryReadDateTime(text, p, end, out _, out _, out var dateEnd))
            {
                q = dateEnd;
            }
            else
            {
                while (q < end && !TextChars.IsBlank(text[q]))
                {
                    q++;
                }
            }

            if (q > p)
            {
                value = SourceSpan.FromBounds(p, q);
                return true;
            }
        }

        value = default;
        return false;
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
}
