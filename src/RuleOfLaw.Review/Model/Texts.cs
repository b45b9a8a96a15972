using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>The page's Chinese words for the library's vocabulary, and invariant formatting.</summary>
public static class Texts
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Formats with the invariant culture.</summary>
    /// <param name="format">A composite format string.</param>
    /// <param name="args">The values.</param>
    /// <returns>The text.</returns>
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>A number, invariantly.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text, or an empty string for <see langword="null"/>.</returns>
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A count, invariantly.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The text, or an empty string for <see langword="null"/>.</returns>
    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>An ISO date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>yyyy-MM-dd.</returns>
    public static string Date(LocalDate date) => DatePattern.Format(date);

    /// <summary>Parses an ISO date (the value of an HTML date input).</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the text is a date.</returns>
    public static bool TryParseDate(string? text, out LocalDate date)
    {
        var result = DatePattern.Parse(text ?? string.Empty);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>The tooltip of a rate's name: its catalogue code, or null for an unlisted code, which means nothing to a reader (the code stays in <c>data-indicator</c>).</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <returns>The code, or null.</returns>
    public static string? CodeTitle(string indicator) =>
        indicator.StartsWith(Domain.Indicators.IndicatorCode.UnlistedPrefix, System.StringComparison.Ordinal) ? null : indicator;

    /// <summary>The severity's Chinese name, the library's (<see cref="DisplayNames"/>).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>错误, 警告 or 提示.</returns>
    public static string Of(Severity severity) => DisplayNames.Of(severity, MessageLanguage.Chinese);

    /// <summary>A mark that tells severities apart without colour.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>✖, ▲ or ●.</returns>
    public static string Symbol(Severity severity) => severity switch
    {
        Severity.Error => "✖",
        Severity.Warning => "▲",
        _ => "●",
    };

    /// <summary>The CSS class of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>sev-error, sev-warning or sev-info.</returns>
    public static string CssClass(Severity severity) => severity switch
    {
        Severity.Error => "sev-error",
        Severity.Warning => "sev-warning",
        _ => "sev-info",
    };

    /// <summary>One of the five parts as the page lists them: its number and the library's Chinese name (<see cref="DisplayNames"/>).</summary>
    /// <param name="part">The part.</param>
    /// <returns>For example 二、存在的不足和原因.</returns>
    public static string Of(ReportPart part) => "一二三四五"[(int)part - 1] + "、" + DisplayNames.Of(part, MessageLanguage.Chinese);

    /// <summary>The Chinese name of a quantity kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Of(QuantityKind kind) => kind switch
    {
        QuantityKind.Count => "计数",
        QuantityKind.Money => "金额",
        QuantityKind.Duration => "时长",
        QuantityKind.Percent => "百分比",
        QuantityKind.PercentagePoints => "百分点",
        QuantityKind.Rank => "名次",
        QuantityKind.Ratio => "比值",
        QuantityKind.Score => "得分",
        _ => kind.ToString(),
    };

    /// <summary>The Chinese name of a quantity's role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    public static string Of(QuantityRole role) => role switch
    {
        QuantityRole.Level => "水平值",
        QuantityRole.Share => "占比",
        QuantityRole.Rate => "比率",
        QuantityRole.Target => "目标值",
        _ => role.ToString(),
    };

    /// <summary>A change as a reviewer reads it: base period, direction and unit.</summary>
    /// <param name="change">The change.</param>
    /// <returns>For example 同比 下降(相对变化,%) or 增加(绝对变化).</returns>
    public static string Of(QuantityChange change)
    {
        System.ArgumentNullException.ThrowIfNull(change);
        var direction = change.Direction == Domain.ChangeDirection.Down ? "下降" : "上升";
        var unit = change.Unit switch
        {
            Domain.ChangeUnit.Percent => "相对变化,%",
            Domain.ChangeUnit.PercentagePoints => "百分点变化",
            _ => "绝对变化",
        };
        return (change.BasePeriod is null ? string.Empty : change.BasePeriod + " ") + direction + "(" + unit + ")";
    }

    /// <summary>The Chinese name of a quantity qualifier.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The name.</returns>
    public static string Of(QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.Exact => "确数",
        QuantityQualifier.MoreThan => "多于(余、超过)",
        QuantityQualifier.AtLeast => "至少",
        QuantityQualifier.About => "约数",
        QuantityQualifier.LessThan => "少于(不足)",
        QuantityQualifier.AboutMoreThan => "约……余",
        QuantityQualifier.AtMost => "至多(以下、不超过)",
        _ => qualifier.ToString(),
    };

    /// <summary>The Chinese name of a scale word.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>无, 万, 亿 or 成.</returns>
    public static string Of(ScaleWord scale) => scale switch
    {
        ScaleWord.TenThousand => "万",
        ScaleWord.HundredMillion => "亿",
        ScaleWord.TenPercent => "成",
        _ => "无",
    };

    /// <summary>Where a span starts in a text, as a reviewer counts: line and column from 1.</summary>
    /// <param name="text">The text, or <see langword="null"/> (a JSON report).</param>
    /// <param name="span">The span, or <see langword="null"/>.</param>
    /// <returns>For example 第 12 行第 3 列; <see langword="null"/> when there is no text or no span.</returns>
    public static string? Where(string? text, Domain.Text.SourceSpan? span)
    {
        if (text is null || span is not { } place)
        {
            return null;
        }

        var start = Math.Clamp(place.Start, 0, text.Length);
        var before = text.AsSpan(0, start);
        var line = before.Count('\n') + 1;
        var column = start - (before.LastIndexOf('\n') + 1) + 1;
        return Format("第 {0} 行第 {1} 列", line, column);
    }

    /// <summary>Gets an offset date and time as the page shows it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>yyyy-MM-dd HH:mm (+08:00).</returns>
    public static string DateTime(OffsetDateTime value) =>
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm' ('o<g>')'").Format(value);

    /// <summary>A one-line version of a message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line, trimmed.</returns>
    public static string OneLine(string text) => (text ?? string.Empty).ReplaceLineEndings(" ").Trim();
}
