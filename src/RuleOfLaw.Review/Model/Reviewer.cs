using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>load → read → validate, then shapes what the library returned for the page. Holds no rule of its own.</summary>
public static class Reviewer
{
    private const MessageLanguage Chinese = MessageLanguage.Chinese;

    /// <summary>The codes of the deadline findings (rules V2–V6 of the catalogue): a report with any of them counts as late in the summary table.</summary>
    public static readonly FrozenSet<string> LatenessCodes = CodesOf(static d => d.Rule is "V2" or "V3" or "V4" or "V5" or "V6");

    /// <summary>The codes of the error findings about a stated rate (rule V11 of the catalogue, by default an error): a rate with any of them is inconsistent in the rates table.</summary>
    public static readonly FrozenSet<string> RateCodes = CodesOf(static d => d.Rule == "V11" && d.DefaultSeverity == Severity.Error);

    /// <summary>Reads and validates one file.</summary>
    /// <param name="input">The file.</param>
    /// <param name="options">The rule set and today's date.</param>
    /// <returns>What the page shows; a file that cannot be read gives a review with <see cref="ReportReview.Error"/> set.</returns>
    public static ReportReview Review(ReviewInput input, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        if (input.Bytes.LongLength > ReviewInput.MaxBytes)
        {
            return Failed(input, Texts.Format("文件有 {0} 字节,超过上限 {1} 字节", input.Bytes.LongLength, ReviewInput.MaxBytes));
        }

        var content = input.TryDecode(out var decodeError);
        if (content is null)
        {
            return Failed(input, decodeError!);
        }

        if (input.IsJson)
        {
            AnnualReport report;
            try
            {
                report = RuleOfLawJson.DeserializeAnnualReport(content);
            }
            catch (JsonException e)
            {
                return Failed(input, "不是有效的报告 JSON:" + Texts.OneLine(e.Message));
            }

            return Shape(input, report, null, null, options, clock);
        }

        var read = ReportTextReader.Read(content);
        if (read.Report is null)
        {
            // The note that says why no report was built is the one of error severity (ROLT001), not merely the first.
            var note = read.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? read.Diagnostics.FirstOrDefault();
            var why = note is null ? "未找到报告标题和年度" : note.Code + " " + note.GetMessage(Chinese);
            return Failed(input, "无法读作报告:" + Texts.OneLine(why)) with { Text = content, Notes = Notes(read, content) };
        }

        return Shape(input, read.Report, read, content, options, clock);
    }

    /// <summary>Pools each indicator's subject-scope rates across reports (numerators and denominators summed by <see cref="Rate.Sum"/>).</summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>One row per indicator, by code.</returns>
    public static ImmutableArray<PooledRate> Pool(IEnumerable<ReportReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var byIndicator = new SortedDictionary<string, (List<Rate> Rates, IndicatorCode Code)>(StringComparer.Ordinal);
        foreach (var review in reviews)
        {
            foreach (var value in review.Report?.IndicatorValues ?? [])
            {
                if (value.Scope.Kind != IndicatorScopeKind.Subject || value.Rate is not { } rate)
                {
                    continue;
                }

                if (!byIndicator.TryGetValue(value.Indicator.Value, out var entry))
                {
                    entry = ([], value.Indicator);
                    byIndicator.Add(value.Indicator.Value, entry);
                }

                entry.Rates.Add(rate);
            }
        }

        return [.. byIndicator.Values.Select(e =>
        {
            var pooled = Rate.Sum(e.Rates);
            var definition = NationalRates.Find(e.Code);
            return new PooledRate(e.Code.Value, DisplayNames.Of(e.Code, Chinese), pooled.Numerator, pooled.Denominator,
                pooled.ToPercent(RoundingPolicy.Everyday(definition?.Decimals ?? 2)), e.Rates.Count);
        })];
    }

    private static FrozenSet<string> CodesOf(Func<DiagnosticDescriptor, bool> predicate) =>
        ValidationCodes.All.Where(predicate).Select(d => d.Code).ToFrozenSet(StringComparer.Ordinal);

    private static ReportReview Failed(ReviewInput input, string message) => new() { Name = input.Name, IsJson = input.IsJson, Error = message };

    private static ImmutableArray<NoteRow> Notes(ReportReadResult? read, string? text) =>
        read is null ? [] : [.. read.Diagnostics.Select(note => new NoteRow(note, note.Descriptor.GetTitle(Chinese), note.GetMessage(Chinese), note.Span, Texts.Where(text, note.Span)))];

    private static ReportReview Shape(ReviewInput input, AnnualReport report, ReportReadResult? read, string? text, ReviewOptions options, Stopwatch clock)
    {
        var result = options.CreateValidator().Validate(report);
        var marks = new List<TextMark>();
        var findings = Findings(result, read, text, marks);
        var rates = Rates(report, result, read, options.RuleSet.RuleSet.AcceptedRounding, marks);
        if (read is not null)
        {
            for (var i = 0; i < read.Quantities.Length; i++)
            {
                if (read.SpanOf(Texts.Format("Quantities[{0}]", i)) is { } span)
                {
                    var quantity = read.Quantities[i];
                    marks.Add(new TextMark(marks.Count, MarkKind.Quantity, span, quantity.Printed ?? quantity.ToString(), Quantity: quantity));
                }
            }

            foreach (var note in read.Diagnostics)
            {
                if (note.Span is { } span)
                {
                    marks.Add(new TextMark(marks.Count, MarkKind.Note, span, note.Code + " " + note.GetMessage(Chinese)));
                }
            }
        }

        return new ReportReview
        {
            Name = input.Name,
            IsJson = input.IsJson,
            Text = text,
            Report = report,
            Header = Header(report, read),
            Parts = Parts(report.Sections, result),
            Rates = rates,
            Findings = findings,
            Notes = Notes(read, text),
            Marks = [.. marks],
            Segments = text is null ? [] : TextSegment.Cut(text.Length, marks),
            Result = result,
            Elapsed = clock.Elapsed,
        };
    }

    private static ImmutableArray<FindingRow> Findings(ValidationResult result, ReportReadResult? read, string? text, List<TextMark> marks)
    {
        var rows = ImmutableArray.CreateBuilder<FindingRow>(result.Issues.Length);
        foreach (var issue in result.Issues.OrderByDescending(i => i.Severity))
        {
            ValidationCodes.TryDescribe(issue.Code, out var rule);
            var message = issue.GetMessage(Chinese);
            var span = read is null ? null : Locate(read, issue.Path);
            int? markId = null;
            if (span is { } place)
            {
                markId = marks.Count;
                marks.Add(new TextMark(marks.Count, MarkKind.Finding, place, issue.Code + " " + message, issue.Severity));
            }

            rows.Add(new FindingRow(issue, rule?.GetTitle(Chinese) ?? issue.Code, message, rule?.GetSource(Chinese) ?? string.Empty, span, markId, Texts.Where(text, span)));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>The place of a finding's path: its heading for a section, else the path's own span, else its nearest parent's.</summary>
    internal static SourceSpan? Locate(ReportReadResult read, string path)
    {
        ArgumentNullException.ThrowIfNull(read);
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if ((read.SpanOf(current + ".Heading") ?? read.SpanOf(current)) is { } span)
            {
                return span;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static ImmutableArray<RateRow> Rates(AnnualReport report, ValidationResult result, ReportReadResult? read, RoundingModes accepted, List<TextMark> marks)
    {
        var rows = ImmutableArray.CreateBuilder<RateRow>(report.IndicatorValues.Length);
        for (var i = 0; i < report.IndicatorValues.Length; i++)
        {
            var value = report.IndicatorValues[i];
            var path = Texts.Format("IndicatorValues[{0}]", i);
            var name = DisplayNames.Of(value.Indicator, Chinese);
            var span = read?.SpanOf(path);
            if (span is { } place)
            {
                marks.Add(new TextMark(marks.Count, MarkKind.Rate, place, name));
            }

            var codes = result.Issues.Where(issue => RateCodes.Contains(issue.Code) && IsAtOrUnder(issue.Path, path)).Select(issue => issue.Code).Distinct().ToList();
            var decimals = value.Published?.Decimals ?? NationalRates.Find(value.Indicator)?.Decimals ?? 2;
            var computed = value.Rate?.ToPercent(RoundingPolicy.Everyday(Math.Min(decimals, RoundingPolicy.MaxDecimals)));
            var check = value.Published is { } figure ? RateCheck.Check(value.Numerator, value.Denominator, figure, accepted) : null;
            var verdict = check?.Outcome switch
            {
                ConsistencyOutcome.Consistent => "一致",
                ConsistencyOutcome.Inconsistent => "不一致",
                ConsistencyOutcome.NotAssessable when check.ImpliedNumerators is not null || check.ImpliedDenominators is not null => "只给出一个计数,推算另一个",
                ConsistencyOutcome.NotAssessable => "无法核对",
                _ => value.Rate switch
                {
                    { IsApplicable: true } => "未印比率,仅计算",
                    { } => "0比0,不适用",
                    null => "无计数,无印出的比率",
                },
            };
            if (codes.Count > 0)
            {
                verdict += "(" + string.Join(" ", codes) + ")";
            }

            var agreeing = check is null || check.Outcome == ConsistencyOutcome.NotAssessable && check.AgreeingModes == RoundingModes.None
                ? string.Empty
                : RateCheckResult.DescribeInChinese(check.AgreeingModes)
                    + (check.AgreeingModesNotAccepted == RoundingModes.None ? string.Empty : ";不接受的" + RateCheckResult.DescribeInChinese(check.AgreeingModesNotAccepted) + "也一致");
            var scope = value.Scope.Kind == IndicatorScopeKind.Subject ? "本主体" : value.Scope.Name ?? "参照";
            rows.Add(new RateRow(value.Indicator.Value, name, scope, value.Numerator, value.Denominator, computed,
                value.PrintedText ?? (value.Published is { } p ? p + "%" : null), verdict, agreeing, check?.Explain(Chinese) ?? string.Empty,
                check?.Outcome == ConsistencyOutcome.Inconsistent || codes.Count > 0, span));
        }

        return rows.MoveToImmutable();
    }

    private static bool IsAtOrUnder(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[');

    private static ImmutableArray<HeaderRow> Header(AnnualReport report, ReportReadResult? read)
    {
        HeaderRow Row(string label, string? value, string path)
        {
            var span = read?.SpanOf(path);
            return new HeaderRow(label, string.IsNullOrWhiteSpace(value) ? "—" : value, read is not null && span is null && !string.IsNullOrWhiteSpace(value), span);
        }

        var publication = report.Publication;
        return
        [
            Row("标题", report.Title, "Title"),
            Row("报告主体", report.Subject.FullName, "Subject"),
            Row("层级", report.Subject.Level is { } level ? DisplayNames.Of(level, Chinese) : "未知", "Subject.Level"),
            Row("年度", Texts.Format("{0}", report.Year), "Year"),
            Row("发布时间", publication is null ? null : Texts.DateTime(publication.PublishedAt), "Publication.PublishedAt"),
            Row("信息来源", publication?.InformationSource, "Publication.InformationSource"),
            Row("发布渠道", publication?.Channel is { } channel ? DisplayNames.Of(channel, Chinese) : null, "Publication.Channel"),
            Row("署名", report.SignOff?.Signer, "SignOff.Signer"),
            Row("落款日期", report.SignOff is { } signOff ? Texts.Date(signOff.Date) : null, "SignOff.Date"),
        ];
    }

    private static ImmutableArray<PartRow> Parts(ImmutableArray<Section> outline, ValidationResult? result)
    {
        var carriers = new Dictionary<ReportPart, List<Section>>();
        void Walk(ImmutableArray<Section> sections)
        {
            foreach (var section in sections)
            {
                foreach (var part in section.Parts)
                {
                    if (!carriers.TryGetValue(part, out var list))
                    {
                        carriers[part] = list = [];
                    }

                    list.Add(section);
                }

                Walk(section.Children);
            }
        }

        Walk(outline);
        return [.. Enum.GetValues<ReportPart>().Select(part =>
        {
            if (!carriers.TryGetValue(part, out var sections))
            {
                // The part's own finding, when validation reports it missing (its value names the part by number first).
                var number = ((int)part).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var finding = result?.Issues.FirstOrDefault(i => i.Code == ValidationCodes.RequiredPartMissing && i.ValueOf("part") is { } named && named.StartsWith(number, StringComparison.Ordinal));
                return new PartRow(part, Texts.Of(part), PartStatus.Missing, [], finding?.Code);
            }

            var status = sections.TrueForAll(s => s.Parts.Length > 1) ? PartStatus.Merged : PartStatus.Present;
            return new PartRow(part, Texts.Of(part), status, [.. sections.Select(s => (s.Marker + s.Heading).Trim())]);
        })];
    }
}
