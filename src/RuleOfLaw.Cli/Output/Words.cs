using System;
using System.Globalization;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Output;

/// <summary>
/// The words of the tool's text output in one language: headings, labels, verdicts. The names of the model's values
/// (parts, levels, severities, rates) and every message come from the library in the same language; codes, paths,
/// numbers and dates are never translated.
/// </summary>
internal sealed partial class Words
{
    private Words(MessageLanguage language) => Language = language;

    /// <summary>Gets the English words.</summary>
    public static Words English { get; } = new(MessageLanguage.English);

    /// <summary>Gets the Chinese words (简体中文).</summary>
    public static Words Chinese { get; } = new(MessageLanguage.Chinese);

    /// <summary>Gets the language of these words, the one messages are asked for.</summary>
    public MessageLanguage Language { get; }

    /// <summary>Gets whether these are the Chinese words.</summary>
    public bool IsChinese => Language == MessageLanguage.Chinese;

    /// <summary>Gets the words of a language.</summary>
    public static Words For(MessageLanguage language) => language == MessageLanguage.Chinese ? Chinese : English;

    /// <summary>
    /// Gets the language the environment asks for, as POSIX orders it: <c>LC_ALL</c>, then <c>LC_MESSAGES</c>, then
    /// <c>LANG</c>, the first that is set deciding; a locale starting <c>zh</c> is Chinese, any other (and none) English.
    /// </summary>
    /// <param name="variable">Reads an environment variable; null when it is not set.</param>
    public static MessageLanguage FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        foreach (var name in (ReadOnlySpan<string>)["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            if (variable(name) is { Length: > 0 } locale)
            {
                return locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? MessageLanguage.Chinese : MessageLanguage.English;
            }
        }

        return MessageLanguage.English;
    }

    /// <summary>Gets the language <c>--lang</c> names: <c>zh</c> or <c>en</c>.</summary>
    public static MessageLanguage Parse(string value) => value == "zh" ? MessageLanguage.Chinese : MessageLanguage.English;

    public string Source => IsChinese ? "来源" : "source";

    public string ReadAs => IsChinese ? "读取方式" : "read as";

    public string Subject => IsChinese ? "报告主体" : "subject";

    public string Kind => IsChinese ? "文件类型" : "kind";

    /// <summary>Gets the line that says a document is not an annual report, so that the rules of annual reports do not apply to it.</summary>
    public string NotAnAnnualReport(DocumentKind kind) => IsChinese
        ? DisplayNames.Of(kind, Language) + "（不是法治政府建设年度报告，不适用年度报告的规则）"
        : DisplayNames.Of(kind, Language) + " (not an annual rule-of-law report: the rules of annual reports do not apply)";

    public string Year => IsChinese ? "报告年度" : "year";

    public string Published => IsChinese ? "发布时间" : "published";

    public string Exempt => IsChinese ? "免于公开" : "exempt";

    public string Signed => IsChinese ? "落款" : "signed";

    public string Title => IsChinese ? "标题" : "title";

    public string Issuer => IsChinese ? "发布机关" : "issuer";

    public string NotStated => IsChinese ? "未载明" : "not stated";

    public string ChannelNotStated => IsChinese ? "发布渠道未载明" : "channel not stated";

    public string LevelUnknown => IsChinese ? "层级未知" : "level unknown";

    public string Outline => IsChinese ? "大纲" : "Outline";

    public string HeadingBoundaryUncertain => IsChinese ? "（标题边界不确定）" : "  (heading boundary uncertain)";

    public string PartsLabel => IsChinese ? "五个部分" : "parts";

    public string RatesHeading => IsChinese ? "比率" : "Rates";

    public string NoneStated => IsChinese ? "未载明" : "none stated";

    public string Summary => IsChinese ? "汇总" : "Summary";

    public string PooledHeading => IsChinese ? "合并比率（同年度、同层级的报告计数相加）" : "Rates pooled across reports of one year and level (summed counts)";

    /// <summary>Gets what a pooled rate of 0 of 0 shows.</summary>
    public string NotApplicable => IsChinese ? "不适用" : "n/a";

    /// <summary>Gets the name of an administrative level.</summary>
    public string Level(AdministrativeLevel level) => DisplayNames.Of(level, Language);

    /// <summary>Gets a label padded to the header's column (ten columns in English; four characters, two columns each, in Chinese).</summary>
    public string Label(string label) => IsChinese ? label.PadRight(5, '\u3000') : label.PadRight(10);

    /// <summary>Gets <c>2020 (plan for 2021)</c>.</summary>
    public string YearWithPlan(int year, int? planYear) => IsChinese
        ? Invariant($"{year}（工作安排年度：{(planYear is { } plan ? plan.ToString(CultureInfo.InvariantCulture) : "—")}）")
        : Invariant($"{year} (plan for {(planYear is { } plan2 ? plan2.ToString(CultureInfo.InvariantCulture) : "—")})");

    /// <summary>Gets the subject line: full name, short name, level and kind.</summary>
    public string SubjectLine(ReportingSubject subject)
    {
        var level = subject.Level is { } known ? DisplayNames.Of(known, Language) : LevelUnknown;
        var kind = DisplayNames.Of(subject.Kind, Language);
        return IsChinese
            ? Invariant($"{subject.FullName}（简称{subject.ShortName}；{level}，{kind}）")
            : Invariant($"{subject.FullName} ({subject.ShortName}; {level}, {kind})");
    }

    /// <summary>Gets the publication's channel and information source, in brackets.</summary>
    public string PublishedVia(PublicationChannel? channel, string? informationSource)
    {
        var via = channel is { } known ? DisplayNames.Of(known, Language) : ChannelNotStated;
        if (informationSource is not null)
        {
            via += IsChinese ? "，信息来源：" + informationSource : ", " + informationSource;
        }

        return IsChinese ? "（" + via + "）" : " (" + via + ")";
    }

    /// <summary>Gets the count line of a report.</summary>
    public string Content(int quantities, int measures, int shortcomings, int planItems, int indicatorValues) => IsChinese
        ? Invariant($"内容：{quantities} 个数量，{measures} 项举措，{shortcomings} 条不足，{planItems} 项工作安排，{indicatorValues} 个指标值")
        : Invariant($"Content: {quantities} quantities, {measures} measures, {shortcomings} shortcomings, {planItems} plan items, {indicatorValues} indicator values");

    /// <summary>Gets the line that names case registers and what they hold.</summary>
    public string CaseRecordsLine(int disclosures, int recommendations, int consultations) => IsChinese
        ? Invariant($"案件登记：{disclosures} 条执法决定公示，{recommendations} 条检察建议，{consultations} 次公开征求意见")
        : Invariant($"Case registers: {disclosures} enforcement disclosures, {recommendations} procuratorial recommendations, {consultations} public consultations");

    /// <summary>Gets the line that names an indicator framework and its indicators per level.</summary>
    public string FrameworkLine(string name, System.Collections.Generic.IEnumerable<int> perLevel) => IsChinese
        ? Invariant($"指标体系：{name}（各级指标数 {string.Join("/", perLevel)}）")
        : Invariant($"Indicator framework: {name} (indicators per level {string.Join("/", perLevel)})");

    /// <summary>Gets the count line of a partial read.</summary>
    public string PartialContent(int quantities, int rates) => IsChinese
        ? Invariant($"内容：{quantities} 个数量，{rates} 个比率")
        : Invariant($"Content: {quantities} quantities, {rates} rates");

    /// <summary>Gets the heading of the reading notes.</summary>
    public string ReadingNotes(int count) => IsChinese ? Invariant($"阅读提示（{count} 条）") : Invariant($"Reading notes ({count})");

    /// <summary>Gets the heading of the findings with their counts.</summary>
    public string Findings(int errors, int warnings, int infos) => IsChinese
        ? Invariant($"审查结果：{errors} 个错误，{warnings} 个警告，{infos} 个提示")
        : Invariant($"Findings: {errors} errors, {warnings} warnings, {infos} notes");

    /// <summary>Gets a batch line's counts.</summary>
    public string Counts(int errors, int warnings) => IsChinese
        ? Invariant($"{errors} 个错误，{warnings} 个警告")
        : Invariant($"{errors} errors, {warnings} warnings");

    /// <summary>Gets a rate's line: counts, computed value, published figure, verdict.</summary>
    public string RateFigures(string counts, string computed, string published, string verdict) => IsChinese
        ? Invariant($"计数 {counts}，计算值 {computed}，公布值 {published} → {verdict}")
        : Invariant($"counts {counts}, computed {computed}, published {published} → {verdict}");

    /// <summary>Gets a partial read's rate line: counts, published figure, verdict.</summary>
    public string RateFigures(string counts, string published, string verdict) => IsChinese
        ? Invariant($"计数 {counts}，公布值 {published} → {verdict}")
        : Invariant($"counts {counts}, published {published} → {verdict}");

    /// <summary>Gets the word for a rate's verdict: the library's (<see cref="RateAssessment.NameOf"/>), in capitals for an inconsistent rate in English so a terminal reader does not miss it.</summary>
    public string Verdict(RateVerdict verdict) => verdict == RateVerdict.Inconsistent && !IsChinese
        ? RateAssessment.NameOf(verdict, Language).ToUpperInvariant()
        : RateAssessment.NameOf(verdict, Language);

    /// <summary>Gets a rate's verdict word from the reader's consistency flag (a partial read).</summary>
    public string Verdict(bool? consistent) => Verdict(consistent switch { true => RateVerdict.Consistent, false => RateVerdict.Inconsistent, _ => RateVerdict.NotAssessable });

    /// <summary>Gets the name of a part.</summary>
    public string Part(ReportPart part) => DisplayNames.Of(part, Language);

    /// <summary>Gets the name of a severity.</summary>
    public string Severity(Severity severity) => DisplayNames.Of(severity, Language);

    /// <summary>Gets the name a rate is shown by, the library's (<see cref="DisplayNames.Of(IndicatorCode, string?, Domain.MessageLanguage)"/>): its catalogue name, or the name an unlisted rate is printed with, never an unlisted code.</summary>
    public string Rate(IndicatorCode indicator, string? printedName) => DisplayNames.Of(indicator, printedName, Language);

    /// <summary>Gets the name a rate of a partial read is shown by, with <c>@scope</c> for a benchmark.</summary>
    public string Rate(Domain.Text.RateFact fact)
    {
        var name = IndicatorCode.TryParse(fact.Code, out var code) ? Rate(code, fact.Name) : fact.Name ?? fact.Code;
        return fact.Scope is { } scope ? name + " @" + scope : name;
    }

    /// <summary>Gets a rate's explanation: the check's (the interval, the rounding rules that agree, the implied counts), or why nothing was checked.</summary>
    public string Explain(RateLine rate) => rate.Assessment.Explain(Language);

    /// <summary>Gets a place in the text as <c>12:3</c> (line and column).</summary>
    public static string Place(TextLocation location) => Invariant($"{location.Line}:{location.Column}");

    /// <summary>Gets the batch summary's column names.</summary>
    public string[] SummaryColumns => IsChinese
        ? ["报告", "无法读取", "有错误的", "错误", "警告", "逾期（ROL0002）", "缺少部分（ROL0001）"]
        : ["reports", "unreadable", "with errors", "errors", "warnings", "late (ROL0002)", "missing parts (ROL0001)"];

    /// <summary>Gets the pooled table's column names.</summary>
    public string[] PooledColumns => IsChinese
        ? ["指标", "年度", "层级", "分子", "分母", "比率", "报告数"]
        : ["indicator", "year", "level", "numerator", "denominator", "rate", "reports"];

    /// <summary>Gets a batch line for an input that gave no report.</summary>
    public string Partial(string why) => (IsChinese ? "内容不全：" : "partial: ") + why;

    /// <summary>Gets a batch line for an input that could not be read.</summary>
    public string Unreadable(string why) => (IsChinese ? "无法读取：" : "unreadable: ") + why;

    /// <summary>Gets the word before an inconsistent rate in a batch.</summary>
    public string RateWord => IsChinese ? "比率" : "rate";

    /// <summary>Gets the colon between a name and what is said of it: <c>: </c>, or <c>：</c> in Chinese.</summary>
    public string Colon => IsChinese ? "：" : ": ";

    /// <summary>Gets the sign-off: signer and date.</summary>
    public string SignedBy(string signer, NodaTime.LocalDate date) => signer + (IsChinese ? "，" : ", ") + date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
