using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>The catalogue of validation codes: one stable constant per finding, each described once in <see cref="All"/>.</summary>
/// <remarks>
/// Codes never change meaning and are never reused. <c>ROL0001</c>–<c>ROL0015</c> check the domain rules V1–V15;
/// later codes refine them (an overdue publication, a merged part, an unknown working-day calendar year);
/// <c>ROL0024</c>–<c>ROL0031</c> (rules X1–X6) compare reports with each other; <c>ROL0032</c> (V16) says that a
/// document that is not an annual report was not checked against the rules of annual reports; <c>ROL0033</c> (V17) checks a total against its parts;
/// <c>ROL0034</c> (X7) says that a report whose subject is only a designation is put into no series. The list in
/// <c>docs/rules.md</c> is generated from <see cref="DiagnosticCatalogue.All"/>, which holds these descriptors and the
/// reading notes', and checked by a test.
/// </remarks>
public static class ValidationCodes
{
    /// <summary>V1: a required part (1–4) is missing or empty.</summary>
    public const string RequiredPartMissing = "ROL0001";

    /// <summary>V2: the report was published on or after 1 April of the following year.</summary>
    public const string PublishedLate = "ROL0002";

    /// <summary>V3: a local government submitted to its Party committee or people's congress standing committee after the first quarter.</summary>
    public const string LocalGovernmentSubmissionLate = "ROL0003";

    /// <summary>V4: a department submitted on or after 1 March of the following year (overlay).</summary>
    public const string DepartmentSubmissionLate = "ROL0004";

    /// <summary>V5: a provincial Party committee or government submitted to the centre on or after 1 April.</summary>
    public const string ProvincialSubmissionLate = "ROL0005";

    /// <summary>V6: a national demonstration area reported to the central rule-of-law office after the end of January (overlay).</summary>
    public const string DemonstrationAreaReportLate = "ROL0006";

    /// <summary>V7: a submission or the publication is dated within or before the report year.</summary>
    public const string DatedBeforeYearEnd = "ROL0007";

    /// <summary>V8: a shortcoming states no cause.</summary>
    public const string ShortcomingWithoutCause = "ROL0008";

    /// <summary>V9: the title does not name 法治政府建设 or the report year.</summary>
    public const string TitleIncomplete = "ROL0009";

    /// <summary>V10: the report was not signed off by the principal leader before it was submitted (overlay).</summary>
    public const string SignOffMissing = "ROL0010";

    /// <summary>V11: a published rate is not consistent with its counts.</summary>
    public const string PublishedRateInconsistent = "ROL0011";

    /// <summary>V12: an enforcement decision was disclosed after 7 (licences, penalties) or 20 (others) working days.</summary>
    public const string EnforcementDisclosureLate = "ROL0012";

    /// <summary>V13: a procuratorial recommendation was answered more than two months after it was received.</summary>
    public const string RecommendationAnsweredLate = "ROL0013";

    /// <summary>V14: public consultation on a major decision ran for fewer than 30 days without recorded urgency.</summary>
    public const string ConsultationTooShort = "ROL0014";

    /// <summary>V15: an indicator framework's count at a level differs from what it declares.</summary>
    public const string IndicatorLevelCountMismatch = "ROL0015";

    /// <summary>V12: working days cannot be counted because a date falls in a year the calendar has no data for.</summary>
    public const string WorkingDayCalendarUnknown = "ROL0016";

    /// <summary>V1: one section carries several required parts at once (a merged part).</summary>
    public const string PartsMerged = "ROL0017";

    /// <summary>V11: a figure is published for a rate of 0 of 0, which has no value.</summary>
    public const string FigureForInapplicableRate = "ROL0018";

    /// <summary>V2: the report is still unpublished and its deadline has passed.</summary>
    public const string PublicationOverdue = "ROL0019";

    /// <summary>V13: a procuratorial recommendation is still unanswered two months after it was received.</summary>
    public const string RecommendationAnswerOverdue = "ROL0020";

    /// <summary>V11: one indicator, for one scope and year, is printed twice with figures no value rounds to both.</summary>
    public const string PublishedFigureConflict = "ROL0021";

    /// <summary>V11: a rate's figure is printed with one count, and no other count gives that figure under the accepted rounding.</summary>
    public const string PublishedRateImpossible = "ROL0022";

    /// <summary>V11: a rate is printed as 100% (or 0%) though its counts are not all (or none).</summary>
    public const string PublishedFigureAllOrNone = "ROL0023";

    /// <summary>Across reports: a set holds two reports of one subject for one year; neither is merged or dropped silently.</summary>
    public const string DuplicateReport = "ROL0024";

    /// <summary>Across years: a plan item of report N matches a measure of the same subject's report N+1.</summary>
    public const string PlanItemCarriedOut = "ROL0025";

    /// <summary>Across years: a plan item of report N matches no measure of the same subject's report N+1.</summary>
    public const string PlanItemNotFound = "ROL0026";

    /// <summary>Across years: the plan of report N cannot be followed through, because the set has no report N+1 of the subject.</summary>
    public const string PlanFollowThroughNotAssessable = "ROL0027";

    /// <summary>Across years: a subject's rate changed by more than the jump factor from one year to the next.</summary>
    public const string YearOverYearJump = "ROL0028";

    /// <summary>Across units: a unit's rate is far from its peers' by the modified z-score.</summary>
    public const string RateOutlier = "ROL0029";

    /// <summary>Across units: a rate lies outside the plausible range given for its indicator.</summary>
    public const string RateImplausible = "ROL0030";

    /// <summary>Across years: a change from the previous year a report prints disagrees with the change its own figure and the previous year's report's give.</summary>
    public const string PublishedChangeInconsistent = "ROL0031";

    /// <summary>V16: the document is not an annual report (statistics, an information-disclosure report, another document), so the rules of annual reports were not applied to it.</summary>
    public const string NotAnAnnualReport = "ROL0032";

    /// <summary>V17: the parts printed with a total do not add up to it (or, when they are only some of it, exceed it) beyond the rounding of every figure.</summary>
    public const string PartsDoNotAddUp = "ROL0033";

    /// <summary>X7: a report whose subject is only a designation (我局, 区政府) is put into no series of the set.</summary>
    public const string ReportInNoSeries = "ROL0034";

    private const string Regulation = "《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号)";
    private const string ProvincialGuideline = "provincial guideline on annual reports";
    private const string ProcuratorialInterpretation = "《最高人民法院 最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》 (法释〔2018〕6号, amended 2020 by 法释〔2020〕20号), art. 21";

    /// <summary>Gets every validation descriptor, ordered by code (the validation part of <see cref="DiagnosticCatalogue.All"/>).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = Build();

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
        All.ToFrozenDictionary(static descriptor => descriptor.Code, StringComparer.Ordinal);

    /// <summary>Gets the descriptor of a validation code.</summary>
    /// <param name="code">A code such as <see cref="PublishedLate"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    public static DiagnosticDescriptor Describe(string code)
    {
        Guard.NotNull(code, nameof(code));
        return ByCode.TryGetValue(code, out var descriptor)
            ? descriptor
            : throw Guard.Argument(Message.MustBeValidationCode.Format(code, All[^1].Code), nameof(code));
    }

    /// <summary>Tries to get the descriptor of a validation code.</summary>
    /// <param name="code">A code, possibly unknown.</param>
    /// <param name="descriptor">The descriptor, or <see langword="null"/> when the code is unknown.</param>
    /// <returns><see langword="true"/> when the code is a validation code of the catalogue.</returns>
    public static bool TryDescribe(string? code, out DiagnosticDescriptor? descriptor)
    {
        descriptor = null;
        return code is not null && ByCode.TryGetValue(code, out descriptor);
    }

    private static ImmutableArray<DiagnosticDescriptor> Build()
    {
        var all = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        void Add(string code, string rule, string title, string summary, string source, Severity severity, ValidationRuleScope scope, string template) =>
            all.Add(new DiagnosticDescriptor(all.Count, DiagnosticCategory.Validation, code, rule, title, summary, source, severity, scope, template));

        Add(RequiredPartMissing, "V1", "Required part missing",
            "Parts 1–4 (measures and results, shortcomings and causes, the first responsible person's duties, next year's arrangements) are present and not empty; part 5 may be empty.",
            Regulation + ", the five items of the annual report", Severity.Error, ValidationRuleScope.National,
            "Part {part} is missing or empty.");
        Add(PublishedLate, "V2", "Published late",
            "The report is published before 1 April of the year after the report year, unless it is exempt because it holds Party or state secrets.",
            Regulation + ", art. 24", Severity.Error, ValidationRuleScope.National,
            "Published {published}; due before {dueBefore}.");
        Add(LocalGovernmentSubmissionLate, "V3", "Local government submission late",
            "A local government submits its report to the Party committee and the people's congress standing committee of its level within the first quarter of the following year.",
            Regulation + "; 《法治政府建设实施纲要（2015—2020年）》", Severity.Error, ValidationRuleScope.National,
            "Submitted to {recipient} on {submitted}; due by {dueBy}.");
        Add(DepartmentSubmissionLate, "V4", "Department submission late",
            "A government department submits its report to its government and to the department one level up before 1 March of the following year.",
            ProvincialGuideline + " [unsure]", Severity.Warning, ValidationRuleScope.Overlay,
            "Submitted to {recipient} on {submitted}; due before {dueBefore}.");
        Add(ProvincialSubmissionLate, "V5", "Provincial submission late",
            "A provincial Party committee and government submit to the Party Central Committee and the State Council before 1 April, copying the central rule-of-law office.",
            ProvincialGuideline, Severity.Error, ValidationRuleScope.National,
            "Submitted to {recipient} on {submitted}; due before {dueBefore}.");
        Add(DemonstrationAreaReportLate, "V6", "Demonstration area report late",
            "A national rule-of-law government demonstration area reports to the central rule-of-law office by the end of January of the following year.",
            ProvincialGuideline + " [regional]", Severity.Error, ValidationRuleScope.Overlay,
            "Reported to {recipient} on {submitted}; due by {dueBy}.");
        Add(DatedBeforeYearEnd, "V7", "Dated within the report year",
            "Every submission and the publication fall after the end of the report year: the report covers the year before (上一年度). The plan's year, ReportYear + 1, is enforced when the report is constructed.",
            Regulation + " (上一年度 / 下一年度)", Severity.Error, ValidationRuleScope.National,
            "{element} is dated {date}, not after the end of report year {year}.");
        Add(ShortcomingWithoutCause, "V8", "Shortcoming without cause",
            "Each shortcoming carries at least one cause (存在的不足和原因).",
            Regulation + ", item 2 (存在的不足和原因)", Severity.Warning, ValidationRuleScope.National,
            "Shortcoming \"{shortcoming}\" states no cause.");
        Add(TitleIncomplete, "V9", "Title incomplete",
            "The title names 法治政府建设 and the report year.",
            ProvincialGuideline + " (title)", Severity.Warning, ValidationRuleScope.National,
            "Title \"{title}\" does not name {missing}.");
        Add(SignOffMissing, "V10", "Principal leader sign-off missing",
            "The principal leader signs the report off before it is submitted.",
            "local rule (淮北)", Severity.Error, ValidationRuleScope.Overlay,
            "Sign-off: {signedOff}; first submission: {submitted}. The principal leader must sign off before the report is first submitted.");
        Add(PublishedRateInconsistent, "V11", "Published rate inconsistent",
            "A rate's published figure is consistent with its counts: the exact value rounds to the figure at the decimals it prints.",
            "arithmetic; rounding per GB/T 8170-2008 or 四舍五入", Severity.Error, ValidationRuleScope.National,
            "Published {published}% for {rate}, which is {exact}%.");
        Add(EnforcementDisclosureLate, "V12", "Enforcement decision disclosed late",
            "Enforcement decisions are disclosed within 7 working days (licences, penalties) or 20 working days (others), counted on the official working-day calendar.",
            "国办发〔2018〕118号", Severity.Error, ValidationRuleScope.National,
            "Disclosed {disclosed}; due by {dueBy}, the last of {limit} working days after the decision of {decided}.");
        Add(RecommendationAnsweredLate, "V13", "Procuratorial recommendation answered late",
            "An administrative organ answers a procuratorial recommendation within two months of receiving it, or within 15 days in an urgent case.",
            ProcuratorialInterpretation, Severity.Error, ValidationRuleScope.National,
            "Answered {answered}; due by {dueBy}, {limit} after receipt on {received}.");
        Add(ConsultationTooShort, "V14", "Public consultation too short",
            "Public consultation on a major administrative decision runs for at least 30 days unless urgency is recorded; nationally the first day is not counted (民法典 art. 201).",
            "《重大行政决策程序暂行条例》 (国务院令第713号) art. 14; 《民法典》 art. 201", Severity.Error, ValidationRuleScope.National,
            "Consultation ran {days} days ({period}, {counting}); at least {minimum} are required unless urgency is recorded.");
        Add(IndicatorLevelCountMismatch, "V15", "Indicator level count mismatch",
            "An indicator framework has as many indicators at each level as it declares (for example 10 / 34 / 104).",
            "the framework's own text", Severity.Error, ValidationRuleScope.National,
            "Level {level} has {actual} indicators; the framework declares {declared}.");
        Add(WorkingDayCalendarUnknown, "V12", "Working-day calendar unknown",
            "Working days cannot be counted, because a date falls in a year the working-day calendar has no data for; the rule does not guess.",
            "国办发〔2018〕118号; the State Council General Office's yearly holiday notices", Severity.Warning, ValidationRuleScope.National,
            "Cannot count working days from {from} to {to}: the calendar has no data for {year}.");
        Add(PartsMerged, "V1", "Parts merged",
            "A section carries several required parts at once; the parts are present, but a reviewer may want them apart.",
            Regulation + ", the five items of the annual report", Severity.Info, ValidationRuleScope.National,
            "Section carries parts {parts} together.");
        Add(FigureForInapplicableRate, "V11", "Figure for an inapplicable rate",
            "A rate of 0 of 0 has no value; no figure may be published for it.",
            "arithmetic", Severity.Error, ValidationRuleScope.National,
            "Published {published}% for {rate}, which has no value.");
        Add(PublicationOverdue, "V2", "Publication overdue",
            "The report is still unpublished after its deadline, 1 April of the following year. Before the deadline an unpublished report is not an issue.",
            Regulation + ", art. 24", Severity.Error, ValidationRuleScope.National,
            "Not published by {today}; due before {dueBefore}.");
        Add(RecommendationAnswerOverdue, "V13", "Procuratorial recommendation answer overdue",
            "A procuratorial recommendation is still unanswered after its limit: two months after it was received, or 15 days in an urgent case.",
            ProcuratorialInterpretation, Severity.Error, ValidationRuleScope.National,
            "Not answered by {today}; due by {dueBy}, {limit} after receipt on {received}.");
        Add(PublishedFigureConflict, "V11", "Published figures conflict",
            "One indicator, for one scope and year, printed twice (for example in the summary and in the body) agrees with itself: some value rounds to both figures.",
            "arithmetic; rounding per GB/T 8170-2008 or 四舍五入", Severity.Error, ValidationRuleScope.National,
            "Printed {published}% here and {other}% at {otherPath} for {indicator}; no value rounds to both.");
        Add(PublishedRateImpossible, "V11", "Published rate impossible for its count",
            "A rate printed with only one of its counts is possible: some other count gives the figure under the accepted rounding.",
            "arithmetic; rounding per GB/T 8170-2008 or 四舍五入", Severity.Error, ValidationRuleScope.National,
            "Published {published}% with the {known} {count}; no count for the other side gives that figure.");
        Add(PublishedFigureAllOrNone, "V11", "100% or 0% printed for counts that are not all or none",
            "A rate is printed as 100% only when every case qualifies, and as 0% only when none does, even where rounding would allow it (995 of 999 rounds to 100 at no decimals).",
            "reporting practice (publishers print 100% for all cases)", Severity.Warning, ValidationRuleScope.National,
            "Published {published}% for {rate}, which is not all (or none) of the cases.");
        Add(DuplicateReport, "X1", "Duplicate report",
            "A set of reports holds each subject's report for a year once; a repeat is named, and takes part in no comparison, so no figure is counted twice. A subject named only by the text's designation of its author (我局, 区政府), which many bodies print, is never taken for another report's: such reports are no repeats.",
            "the comparison of reports", Severity.Error, ValidationRuleScope.National,
            "Reports[{duplicate}] repeats Reports[{first}]: both are {subject}'s report for {year}.");
        Add(PlanItemCarriedOut, "X2", "Plan item carried out",
            "Each item of the plan in report N is looked for among the measures of the same subject's report N+1: 0.8 × the share of the item's character bigrams found in a measure's heading and description, plus 0.2 × the share of a task area's name of the measure found in the item; the best measure at or above the threshold (0.3 by default) is the evidence.",
            Regulation + ", items 1 and 4 (上一年度 / 下一年度)", Severity.Info, ValidationRuleScope.National,
            "Plan item \"{item}\" for {planYear} matches measure \"{measure}\" (score {score}) at {evidence}.");
        Add(PlanItemNotFound, "X2", "Plan item not found",
            "An item of the plan in report N matches no measure of the same subject's report N+1 at the threshold score (see ROL0025 for the score).",
            Regulation + ", items 1 and 4 (上一年度 / 下一年度)", Severity.Warning, ValidationRuleScope.National,
            "Plan item \"{item}\" for {planYear} matches no measure of that year's report (best score {score}).");
        Add(PlanFollowThroughNotAssessable, "X2", "Plan follow-through not assessable",
            "The plan of report N cannot be followed through when the set has no report N+1 of the same subject.",
            Regulation + ", items 1 and 4 (上一年度 / 下一年度)", Severity.Info, ValidationRuleScope.National,
            "The plan for {planYear} is not assessable: the set has no report of {subject} for that year.");
        Add(YearOverYearJump, "X3", "Year-over-year jump",
            "A subject's rate does not grow by more than the jump factor (5 by default), nor shrink below its inverse, from one year's report to the next; a jump is often a misprint or a changed definition.",
            "the comparison of reports (KIROGOVCOMPARE uses ×5 and ×0.2)", Severity.Warning, ValidationRuleScope.National,
            "{indicator} went from {previous}% in {previousYear} to {current}% in {year}, a factor of {factor}; the limit is {limit}.");
        Add(RateOutlier, "X4", "Rate far from its peers",
            "A unit's rate lies within the outlier threshold (3.5 by default) of its peers' (same indicator, year and level) by the modified z-score 0.6745 (x − median) / MAD; units with a denominator below the minimum (20 by default) are not judged, and groups of fewer than four are not judged.",
            "the comparison of reports (Iglewicz and Hoaglin's modified z-score)", Severity.Warning, ValidationRuleScope.National,
            "{indicator} of {percent}% ({numerator}/{denominator}) is far from its {level} peers: modified z-score {score}, median {median}%, pooled {pooled}% over {units} units.");
        Add(RateImplausible, "X5", "Rate implausible",
            "A rate lies within the plausible range given for its indicator as data (none by default).",
            "the comparison of reports (plausible ranges given by the caller)", Severity.Warning, ValidationRuleScope.National,
            "{indicator} of {percent}% ({numerator}/{denominator}) is outside the plausible range {minimum}%–{maximum}%.");
        Add(PublishedChangeInconsistent, "X6", "Published change inconsistent",
            "A change from the previous year printed with a rate (同比增长X%, 较上年下降Y个百分点) agrees with the change that rate's figure in this report and its figure in the same subject's report of the previous year give: each figure stands for the values within half a unit of its last printed digit (a rate with both counts is exact), and the printed change must meet the interval of changes they allow; a change printed in percent is accepted as relative or as percentage points.",
            "the comparison of reports (a report's figures against the previous year's report)", Severity.Warning, ValidationRuleScope.National,
            "{indicator} changed by {change} from {previousYear} to {year} as printed, but the reports' own figures, {previous}% and {current}%, give {computed}.");
        Add(NotAnAnnualReport, "V16", "Not an annual report",
            "The rules of annual reports (V1 parts, V2 publication before 1 April, V3–V6 submissions, V7 dates after the report year, V8 shortcomings' causes, V9 title, V10 sign-off) hold for an annual rule-of-law report only. A document of another kind (AnnualReport.DocumentKind: statistics, an information-disclosure report under its own regulation, an enforcement report, an article, a plan, a policy interpretation) is not checked against them; this one finding says so, and the rules that hold for any document (V11, a published rate against its counts) still run.",
            Regulation + ", art. 24 and the five items of the annual report (which documents they govern)", Severity.Info, ValidationRuleScope.National,
            "The document is read as {kind}, not as an annual rule-of-law report; the rules of annual reports (parts, title, deadlines, submissions, sign-off, shortcomings' causes) were not applied.");
        Add(PartsDoNotAddUp, "V17", "Parts do not add up to their total",
            "The parts printed with a total (共受理120件，其中维持80件、撤销10件; shares of one whole, …占42.1%、…占57.9%) add up to it, each figure taken as the interval it was rounded from, as XBRL Calculations 1.1 does: a figure printed with d decimals stands for the values within half a unit of its last place, ends included, and the interval of the parts' sum must meet the total's. Parts that are only some of the total (其中 with no remainder part such as 其他 or 其余, a list closed by 等) must not add up to more than it. A figure qualified as at least or more than (余, 以上) bounds only its lower end, one qualified as at most or below (以下, 不足) only its upper end; a breakdown with an approximate figure (约, 左右) is not judged.",
            "arithmetic; XBRL Calculations 1.1 (rounded figures as intervals)", Severity.Warning, ValidationRuleScope.National,
            "The parts {addends} add up to {sum}; they must be {expected} the total {total}: off by {difference}, {beyond} beyond the rounding of every figure.");
        Add(ReportInNoSeries, "X7", "Report in no series",
            "A report is compared across years with the other reports of its subject (X1–X3, X6), which a set finds by the subject's full name. A subject named only by the text's designation of its author (ReportingSubject.IsDesignation: 我局, 区政府, as a text that names no body of its own prints it) cannot be told from another body's that prints the same words, so its report is put into a series of its own and compared with no other year; this finding says so, in a set of more than one report. Give the subject by name (ReadOptions.Subject) to compare it.",
            "the comparison of reports (a subject is identified by its name)", Severity.Info, ValidationRuleScope.National,
            "Reports[{report}] is compared across years with no other report: its subject \"{subject}\" is only a designation, which other bodies print alike; give the subject by name to put it into a series.");
        return all.ToImmutable();
    }
}
