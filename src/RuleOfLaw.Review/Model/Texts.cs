using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
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

    /// <summary>The severity's Chinese name.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>错误, 警告 or 提示.</returns>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

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

    /// <summary>The Chinese name of one of the five parts.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The name.</returns>
    public static string Of(ReportPart part) => part switch
    {
        ReportPart.MeasuresAndResults => "一、主要举措和成效",
        ReportPart.ShortcomingsAndCauses => "二、存在的不足和原因",
        ReportPart.FirstResponsiblePersonDuties => "三、党政主要负责人履行第一责任人职责情况",
        ReportPart.NextYearArrangements => "四、下一年度工作安排",
        ReportPart.OtherMatters => "五、其他需要报告的事项",
        _ => part.ToString(),
    };

    /// <summary>The Chinese name of an administrative level.</summary>
    /// <param name="level">The level, or null when it is not known.</param>
    /// <returns>The name; 未知 when the level is not known.</returns>
    public static string Of(AdministrativeLevel? level) => level switch
    {
        null => "未知",
        AdministrativeLevel.Province => "省级",
        AdministrativeLevel.City => "市级",
        AdministrativeLevel.County => "县级",
        AdministrativeLevel.Township => "乡镇",
        _ => level.Value.ToString(),
    };

    /// <summary>The Chinese name of a publication channel.</summary>
    /// <param name="channel">The channel, or null when it is not known.</param>
    /// <returns>The name; 未说明 when the channel is not known.</returns>
    public static string Of(PublicationChannel? channel) => channel switch
    {
        null => "未说明",
        PublicationChannel.Website => "网站",
        PublicationChannel.Newspaper => "报刊",
        _ => "其他",
    };

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
        _ => kind.ToString(),
    };

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
        _ => qualifier.ToString(),
    };

    /// <summary>The Chinese name of a scale word.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>无, 万 or 亿.</returns>
    public static string Of(ScaleWord scale) => scale switch
    {
        ScaleWord.TenThousand => "万",
        ScaleWord.HundredMillion => "亿",
        _ => "无",
    };

    /// <summary>The rounding rules a figure agrees under, in Chinese.</summary>
    /// <param name="modes">The modes.</param>
    /// <returns>The text.</returns>
    public static string Of(RoundingModes modes)
    {
        if (modes == RoundingModes.None)
        {
            return "无";
        }

        var parts = new System.Collections.Generic.List<string>(3);
        if (modes.HasFlag(RoundingModes.HalfAwayFromZero))
        {
            parts.Add("四舍五入");
        }

        if (modes.HasFlag(RoundingModes.HalfToEven))
        {
            parts.Add("四舍六入五成双");
        }

        if (modes.HasFlag(RoundingModes.Truncation))
        {
            parts.Add("截断");
        }

        return string.Join("、", parts);
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
