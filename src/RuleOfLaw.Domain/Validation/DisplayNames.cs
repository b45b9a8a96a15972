using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation;

/// <summary>The names a person reads for the values of the model (a part, a level, a severity, a rate), in English or Chinese.</summary>
/// <remarks>
/// <para>
/// These are words for display, never for data: the wire format keeps the enum member and the indicator code. The Chinese
/// part names are those of the national guideline's five parts; a rate's names come from its catalogue definition
/// (<see cref="NationalRates"/>), and a rate no catalogue lists is named as the report prints it
/// (<see cref="Of(IndicatorCode, string?, MessageLanguage)"/>), so a tool, a page and a finding's message name a rate the same way.
/// </para>
/// <para>Every method throws <see cref="System.ArgumentOutOfRangeException"/> for a value that is not defined.</para>
/// </remarks>
public static class DisplayNames
{
    /// <summary>Gets the name of one of the five required parts.</summary>
    /// <param name="part">The part.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>shortcomings and causes</c> or <c>存在的不足和原因</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="part"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string Of(ReportPart part, MessageLanguage language)
    {
        Guard.Defined(part, nameof(part));
        return IsChinese(language)
            ? part switch
            {
                ReportPart.MeasuresAndResults => "主要举措和成效",
                ReportPart.ShortcomingsAndCauses => "存在的不足和原因",
                ReportPart.FirstResponsiblePersonDuties => "党政主要负责人履行推进法治建设第一责任人职责情况",
                ReportPart.NextYearArrangements => "下一年度推进法治政府建设的主要安排",
                _ => "其他需要报告的事项",
            }
            : part switch
            {
                ReportPart.MeasuresAndResults => "measures and results",
                ReportPart.ShortcomingsAndCauses => "shortcomings and causes",
                ReportPart.FirstResponsiblePersonDuties => "first-responsible-person duties",
                ReportPart.NextYearArrangements => "next-year arrangements",
                _ => "other matters",
            };
    }

    /// <summary>Gets the name of an administrative level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>county</c> or <c>县级</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string Of(AdministrativeLevel level, MessageLanguage language)
    {
        Guard.Defined(level, nameof(level));
        return IsChinese(language)
            ? level switch
            {
                AdministrativeLevel.Province => "省级",
                AdministrativeLevel.City => "市级",
                AdministrativeLevel.County => "县级",
                AdministrativeLevel.Township => "乡镇级",
                AdministrativeLevel.National => "国家级",
                _ => level.ToString(),
            }
            : level switch
            {
                AdministrativeLevel.Province => "province",
                AdministrativeLevel.City => "city",
                AdministrativeLevel.County => "county",
                AdministrativeLevel.Township => "township",
                AdministrativeLevel.National => "national",
                _ => level.ToString(),
            };
    }

    /// <summary>Gets the name of a kind of reporting subject.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>government department</c> or <c>政府部门</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string Of(SubjectKind kind, MessageLanguage language)
    {
        Guard.Defined(kind, nameof(kind));
        return IsChinese(language)
            ? kind switch
            {
                SubjectKind.Government => "人民政府",
                SubjectKind.GovernmentDepartment => "政府部门",
                SubjectKind.PartyCommitteeAndGovernment => "党委和政府",
                _ => "街道办事处",
            }
            : kind switch
            {
                SubjectKind.Government => "government",
                SubjectKind.GovernmentDepartment => "government department",
                SubjectKind.PartyCommitteeAndGovernment => "Party committee and government",
                _ => "sub-district office",
            };
    }

    /// <summary>Gets the name of a document kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>statistics</c> or <c>统计数据</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string Of(DocumentKind kind, MessageLanguage language)
    {
        Guard.Defined(kind, nameof(kind));
        return IsChinese(language)
            ? kind switch
            {
                DocumentKind.AnnualReport => "法治政府建设年度报告",
                DocumentKind.Statistics => "统计数据",
                DocumentKind.InformationDisclosureReport => "政府信息公开工作年度报告",
                _ => "其他文件",
            }
            : kind switch
            {
                DocumentKind.AnnualReport => "annual rule-of-law report",
                DocumentKind.Statistics => "statistics",
                DocumentKind.InformationDisclosureReport => "information-disclosure report",
                _ => "other document",
            };
    }

    /// <summary>Gets the name of a publication channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>website</c> or <c>政府网站</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="channel"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string Of(PublicationChannel channel, MessageLanguage language)
    {
        Guard.Defined(channel, nameof(channel));
        return IsChinese(language)
            ? channel switch
            {
                PublicationChannel.Website => "政府网站",
                PublicationChannel.Newspaper => "报纸",
                _ => "其他渠道",
            }
            : channel switch
            {
                PublicationChannel.Website => "website",
                PublicationChannel.Newspaper => "newspaper",
                _ => "other",
            };
    }

    /// <summary>Gets the name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="language">The language.</param>
    /// <returns><c>error</c>, <c>warning</c>, <c>info</c>; <c>错误</c>, <c>警告</c>, <c>提示</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="severity"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string Of(Severity severity, MessageLanguage language)
    {
        Guard.Defined(severity, nameof(severity));
        return IsChinese(language)
            ? severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" }
            : severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
    }

    /// <summary>
    /// Gets the name of a rate or other indicator by its code alone: its catalogue name when <see cref="NationalRates"/>
    /// defines it (every rate the text reader recognises by name is defined there); else its code.
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="language">The language.</param>
    /// <returns>
    /// For example <c>reconsideration correction rate</c> or <c>行政复议纠错率</c>; the code itself for an indicator the
    /// catalogue does not define. An unlisted code (<see cref="IndicatorCode.IsUnlisted"/>) holds no name: use
    /// <see cref="Of(IndicatorValue, MessageLanguage)"/> or <see cref="Of(IndicatorCode, string?, MessageLanguage)"/> for it.
    /// </returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static string Of(IndicatorCode indicator, MessageLanguage language) => Of(indicator, null, language);

    /// <summary>Gets the name a person reads for an indicator value: its catalogue name, or the name the report prints.</summary>
    /// <param name="value">The indicator value.</param>
    /// <param name="language">The language.</param>
    /// <returns>As <see cref="Of(IndicatorCode, string?, MessageLanguage)"/> for the value's code and printed <see cref="IndicatorValue.Name"/>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Of(IndicatorValue value, MessageLanguage language)
    {
        Guard.NotNull(value, nameof(value));
        return Of(value.Indicator, value.Name, language);
    }

    /// <summary>
    /// Gets the name a person reads for an indicator: the one place that names a rate or share in messages, tools and
    /// pages, so an unlisted code never stands where a person reads.
    /// </summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="printedName">The name the report prints, if known (<see cref="IndicatorValue.Name"/>).</param>
    /// <param name="language">The language.</param>
    /// <returns>
    /// The catalogue name in the language when <see cref="NationalRates"/> defines the code (<c>行政复议纠错率</c>,
    /// <c>reconsideration correction rate</c>); for an unlisted code, the printed name in both languages with a marker
    /// that it is no national indicator (<c>执法协同响应率（非全国指标）</c>, <c>执法协同响应率 (not a national indicator)</c>),
    /// or the code when no name is given; for any other code (a framework's own), the code, which is readable snake case
    /// and is what a finding stores, so a message and a table name it alike.
    /// </returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static string Of(IndicatorCode indicator, string? printedName, MessageLanguage language)
    {
        Guard.NotNull(indicator, nameof(indicator));
        var chinese = IsChinese(language);
        if (NationalRates.Find(indicator) is { } definition)
        {
            return chinese ? definition.ChineseName : definition.EnglishName;
        }

        if (!indicator.IsUnlisted || string.IsNullOrWhiteSpace(printedName))
        {
            return indicator.Value;
        }

        return chinese ? printedName + "（非全国指标）" : printedName + " (not a national indicator)";
    }

    /// <summary>
    /// Gets the text a finding or note stores for an indicator (its <c>indicator</c> value): the code, or for an unlisted
    /// code the printed name, from which the code follows (<see cref="IndicatorCode.ForUnlistedName(string)"/>).
    /// </summary>
    internal static string ValueText(IndicatorCode indicator, string? printedName) =>
        indicator.IsUnlisted && !string.IsNullOrWhiteSpace(printedName) ? printedName : indicator.Value;

    /// <summary>Gets the text a finding or note stores for an indicator value (<see cref="ValueText(IndicatorCode, string?)"/>).</summary>
    internal static string ValueText(IndicatorValue value) => ValueText(value.Indicator, value.Name);

    /// <summary>Gets the display name of an indicator as a finding or note stores it (<see cref="ValueText(IndicatorCode, string?)"/>).</summary>
    internal static string OfValueText(string text, MessageLanguage language) =>
        IndicatorCode.TryParse(text, out var code) ? Of(code, null, language)
        : string.IsNullOrWhiteSpace(text) ? text
        : Of(IndicatorCode.ForUnlistedName(text), text, language);

    private static bool IsChinese(MessageLanguage language)
    {
        Guard.Defined(language, nameof(language));
        return language == MessageLanguage.Chinese;
    }
}
