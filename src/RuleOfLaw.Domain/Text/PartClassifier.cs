using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>Maps the sections of a report's outline to the five required parts, and finds parts nested, merged or missing.</summary>
/// <remarks>
/// <para>
/// Top-level headings (the outermost marker family present) are read for the part they name, first match wins:
/// 第一责任人 → part 3; 其他 → part 5; 不足, 问题, 短板, 差距 → part 2; 计划, 下一步, 下一年度, 打算, 安排 → part 4;
/// 总结, 举措, 成效, 做法, 情况 → part 1. A heading naming only a year is part 1 for the report year and part 4 for
/// the year after.
/// </para>
/// <para>
/// Deeper headings count as a nested part only on unmistakable phrases (第一责任人; 存在的问题, 存在的不足; 下一步,
/// 工作计划). A top section's opening text (before its first subsection) that contrasts results with what still needs
/// doing (…取得了一些成绩,但…需要进一步…) covers part 2, merged into that section.
/// </para>
/// </remarks>
internal static class PartClassifier
{
    private const int OpeningWindow = 400;

    private static readonly (ReportPart Part, string[] Words)[] HeadingRules =
    [
        (ReportPart.FirstResponsiblePersonDuties, ["第一责任人", "履行推进法治建设"]),
        (ReportPart.OtherMatters, ["其他", "其它"]),
        (ReportPart.ShortcomingsAndCauses, ["不足", "问题", "短板", "差距", "薄弱"]),
        (ReportPart.NextYearArrangements, ["计划", "下一步", "下一年", "下年度", "明年", "打算", "安排", "思路", "展望", "努力方向"]),
        (ReportPart.MeasuresAndResults, ["总结", "举措", "成效", "做法", "成绩", "进展", "情况", "主要工作", "工作开展", "回顾"]),
    ];

    private static readonly (ReportPart Part, string[] Words)[] NestedRules =
    [
        (ReportPart.FirstResponsiblePersonDuties, ["第一责任人"]),
        (ReportPart.ShortcomingsAndCauses, ["存在的问题", "存在的不足", "存在问题", "存在不足", "不足和原因", "问题和不足"]),
        (ReportPart.NextYearArrangements, ["下一步", "工作计划", "下一年度"]),
    ];

    private static readonly string[] Contrasts = ["但是", "但", "然而", "不过", "同时也", "与此同时"];

    private static readonly string[] ShortcomingCues = ["不足", "问题", "短板", "差距", "薄弱", "需要进一步", "有待", "仍需", "亟需", "还需", "仍有", "尚未", "不够"];

    /// <summary>The part a top-level heading names, or null.</summary>
    public static ReportPart? ClassifyHeading(string? title, int? reportYear = null)
    {
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        foreach (var (part, words) in HeadingRules)
        {
            if (ContainsAny(title, words))
            {
                return part;
            }
        }

        if (reportYear is { } year && ReportHeaderScanner.FindYear(title, 0, title.Length) is { } named)
        {
            return named.Year == year + 1 ? ReportPart.NextYearArrangements : named.Year == year ? ReportPart.MeasuresAndResults : null;
        }

        return null;
    }

    /// <summary>Maps an outline to the parts.</summary>
    public static PartMap Map(string? text, ImmutableArray<OutlineEntry> outline, int? reportYear = null)
    {
        text ??= string.Empty;
        var assignments = new List<PartAssignment>();
        var unmapped = ImmutableArray.CreateBuilder<int>();
        if (outline.IsDefaultOrEmpty)
        {
            return new PartMap([], [ReportPart.MeasuresAndResults, ReportPart.ShortcomingsAndCauses, ReportPart.FirstResponsiblePersonDuties, ReportPart.NextYearArrangements], []);
        }

        var topLevel = outline.Min(e => e.Level);
        for (var k = 0; k < outline.Length; k++)
        {
            var entry = outline[k];
            if (entry.Level == topLevel)
            {
                if (ClassifyHeading(entry.Title, reportYear) is { } part)
                {
                    assignments.Add(new PartAssignment(part, k, PartEvidence.Heading, entry.TitleSpan));
                }
                else
                {
                    unmapped.Add(k);
                }
            }
            else
            {
                foreach (var (part, words) in NestedRules)
                {
                    if (ContainsAny(entry.Title, words))
                    {
                        assignments.Add(new PartAssignment(part, k, PartEvidence.Nested, entry.TitleSpan));
                        break;
                    }
                }
            }
        }

        if (!assignments.Any(a => a.Part == ReportPart.ShortcomingsAndCauses))
        {
            for (var k = 0; k < outline.Length; k++)
            {
                if (outline[k].Level == topLevel && FindMergedShortcomings(text, outline[k].BodySpan) is { } sentence)
                {
                    assignments.Add(new PartAssignment(ReportPart.ShortcomingsAndCauses, k, PartEvidence.MergedSentence, sentence));
                    break;
                }
            }
        }

        var present = assignments.Select(a => a.Part).ToHashSet();
        var missing = new[] { ReportPart.MeasuresAndResults, ReportPart.ShortcomingsAndCauses, ReportPart.FirstResponsiblePersonDuties, ReportPart.NextYearArrangements }
            .Where(p => !present.Contains(p))
            .ToImmutableArray();
        return new PartMap([.. assignments.OrderBy(a => a.Span.Start)], missing, unmapped.ToImmutable());
    }

    /// <summary>A sentence in a section's opening text that admits shortcomings after a contrast word.</summary>
    private static SourceSpan? FindMergedShortcomings(string text, SourceSpan body)
    {
        var end = Math.Min(Math.Min(body.End, text.Length), body.Start + OpeningWindow);
        var sentenceStart = body.Start;
        for (var p = body.Start; p <= end; p++)
        {
            if (p == end || text[p] == '。' || TextChars.IsLineBreak(text[p]))
            {
                var sentence = text.AsSpan(sentenceStart, p - sentenceStart);
                var contrast = IndexOfAny(sentence, Contrasts);
                if (contrast >= 0 && IndexOfAny(sentence[contrast..], ShortcomingCues) >= 0)
                {
                    return SourceSpan.FromBounds(sentenceStart, Math.Min(p + 1, end));
                }

                sentenceStart = p + 1;
            }
        }

        return null;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfAny(ReadOnlySpan<char> text, string[] words)
    {
        var best = -1;
        foreach (var word in words)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }
}
