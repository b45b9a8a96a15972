using System;
using System.Collections.Frozen;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Validation;

/// <summary>The Chinese title and message template of every code of the catalogue, with the English template's value names.</summary>
/// <remarks>A test holds every code of <see cref="Diagnostics.DiagnosticCatalogue.All"/> to an entry here with the same value names.</remarks>
internal static class ChineseCatalogue
{
    public static FrozenDictionary<string, (string Title, string Template)> ByCode { get; } = new (string Code, string Title, string Template)[]
    {
        (ValidationCodes.RequiredPartMissing, "必备部分缺失", "{part}缺失或为空。"),
        (ValidationCodes.PublishedLate, "公开逾期", "{published}公开；应在{dueBefore}之前公开。"),
        (ValidationCodes.LocalGovernmentSubmissionLate, "地方政府报送逾期", "{submitted}向{recipient}报送；应不晚于{dueBy}。"),
        (ValidationCodes.DepartmentSubmissionLate, "部门报送逾期", "{submitted}向{recipient}报送；应在{dueBefore}之前报送。"),
        (ValidationCodes.ProvincialSubmissionLate, "省级报送逾期", "{submitted}向{recipient}报送；应在{dueBefore}之前报送。"),
        (ValidationCodes.DemonstrationAreaReportLate, "示范地区报告逾期", "{submitted}向{recipient}报告；应不晚于{dueBy}。"),
        (ValidationCodes.DatedBeforeYearEnd, "日期落在报告年度内", "{element}的日期为{date}，不在报告年度{year}年结束之后。"),
        (ValidationCodes.ShortcomingWithoutCause, "不足未写原因", "不足“{shortcoming}”未说明原因。"),
        (ValidationCodes.TitleIncomplete, "标题不完整", "标题“{title}”未写明{missing}。"),
        (ValidationCodes.SignOffMissing, "缺少主要负责人审定", "审定：{signedOff}；首次报送：{submitted}。报告须在首次报送之前经主要负责人审定。"),
        (ValidationCodes.PublishedRateInconsistent, "公布的比率与计数不符", "{rate}公布为{published}%，实为{exact}%。"),
        (ValidationCodes.EnforcementDisclosureLate, "执法决定公示逾期", "{disclosed}公示；应不晚于{dueBy}，即{decided}作出决定后第{limit}个工作日。"),
        (ValidationCodes.RecommendationAnsweredLate, "检察建议回复逾期", "{answered}回复；应不晚于{dueBy}，即{received}收到后{limit}。"),
        (ValidationCodes.ConsultationTooShort, "公开征求意见期限过短", "征求意见{days}日（{period}，{counting}）；未记录紧急情况的，至少应为{minimum}日。"),
        (ValidationCodes.IndicatorLevelCountMismatch, "指标层级数量不符", "第{level}级有{actual}项指标；指标体系声明为{declared}项。"),
        (ValidationCodes.WorkingDayCalendarUnknown, "工作日历未知", "无法计算{from}至{to}的工作日：工作日历没有{year}年的数据。"),
        (ValidationCodes.PartsMerged, "部分合并", "该节同时承载{parts}。"),
        (ValidationCodes.FigureForInapplicableRate, "无值比率公布了数值", "{rate}公布为{published}%，但0比0没有比率。"),
        (ValidationCodes.PublicationOverdue, "逾期未公开", "截至{today}仍未公开；应在{dueBefore}之前公开。"),
        (ValidationCodes.RecommendationAnswerOverdue, "检察建议逾期未回复", "截至{today}仍未回复；应不晚于{dueBy}，即{received}收到后{limit}。"),
        (ValidationCodes.PublishedFigureConflict, "公布的数值相互矛盾", "{indicator}此处公布为{published}%，{otherPath}处公布为{other}%；没有数值能同时舍入为两者。"),
        (ValidationCodes.PublishedRateImpossible, "公布的比率与所给计数不可能相符", "公布{published}%，所给{known}为{count}；另一方取任何计数都得不到该数值。"),
        (ValidationCodes.PublishedFigureAllOrNone, "非全部或全无却公布100%或0%", "{rate}公布为{published}%，但并非全部（或全无）案件。"),
        (ValidationCodes.DuplicateReport, "重复的报告", "Reports[{duplicate}]与Reports[{first}]重复：两者都是{subject}的{year}年度报告。"),
        (ValidationCodes.PlanItemCarriedOut, "计划事项已落实", "{planYear}年计划事项“{item}”与措施“{measure}”相符（得分{score}），见{evidence}。"),
        (ValidationCodes.PlanItemNotFound, "计划事项未见落实", "{planYear}年计划事项“{item}”与当年报告的任何措施都不相符（最高得分{score}）。"),
        (ValidationCodes.ReportInNoSeries, "报告未归入系列", "Reports[{report}]未与其他年度的报告比较：其报告主体“{subject}”仅为自称，其他机关也这样印，无法区分；写明主体全称即可归入系列。"),
        (ValidationCodes.PlanFollowThroughNotAssessable, "计划落实无法评估", "{planYear}年的计划无法评估：报告集中没有{subject}该年度的报告。"),
        (ValidationCodes.YearOverYearJump, "同比异常变动", "{indicator}由{previousYear}年的{previous}%变为{year}年的{current}%，变动倍数{factor}；上限为{limit}。"),
        (ValidationCodes.RateOutlier, "比率明显偏离同级单位", "{indicator}为{percent}%（{numerator}/{denominator}），明显偏离{level}同级单位：修正Z分数{score}，中位数{median}%，{units}个单位合计比率{pooled}%。"),
        (ValidationCodes.RateImplausible, "比率超出合理范围", "{indicator}为{percent}%（{numerator}/{denominator}），超出合理范围{minimum}%–{maximum}%。"),
        (ValidationCodes.NotAnAnnualReport, "不是年度报告", "该文件判定为{kind}，不是法治政府建设年度报告：未适用年度报告的规则（必备部分、标题、期限、报送、审定、不足的原因）。"),
        (ValidationCodes.PublishedChangeInconsistent, "所载同比变动与两年数字不符", "{indicator}所载{previousYear}年至{year}年的变动为{change}，但两份报告本身的数字{previous}%与{current}%得出{computed}。"),
        (ValidationCodes.PartsDoNotAddUp, "分项之和与合计不符", "分项{addends}之和为{sum}，应{expected}合计{total}：相差{difference}，超出各数字舍入范围{beyond}。"),

        (ReadDiagnosticCodes.NoTitleOrYear, "无法构建报告", "无法构建报告：文本未写明{missing}（可在读取选项中给出）"),
        (ReadDiagnosticCodes.UncertainHeadingBoundary, "标题边界不确定", "标题“{marker}{title}”与正文之间没有停顿，其结尾系推断"),
        (ReadDiagnosticCodes.UnmappedSection, "章节未对应任何部分", "章节“{marker}{title}”未对应年度报告五个部分中的任何一个"),
        (ReadDiagnosticCodes.NestedPart, "部分嵌套在章节中", "第{part}部分（{partName}）嵌套在章节“{section}”中"),
        (ReadDiagnosticCodes.UnclassifiedNumber, "数字未归类", "数字{number}没有单位，也不是年份、日期、序号或名称"),
        (ReadDiagnosticCodes.UnsoundRateCounts, "比率计数不合理", "{indicator}：分子{numerator}大于分母{denominator}，已舍弃这些计数"),
        (ReadDiagnosticCodes.UnsupportedBenchmarkScope, "对比范围无法表示", "{indicator}的对比范围“{scope}”在模型中没有对应的行政层级"),
        (ReadDiagnosticCodes.InferredField, "字段系推断", "{field}{source}"),
        (ReadDiagnosticCodes.MarkerOutOfLevel, "序号层级不符", "标题“{marker}{title}”位于第{level}级，但其序号属于第{familyLevel}级；该节保留所在层级，去掉序号"),
        (ReadDiagnosticCodes.UnknownSubjectLevel, "主体层级未知", "主体名称“{name}”未含省、市、区、县、乡、镇、街道等地名用字，行政层级未知"),
        (ReadDiagnosticCodes.UnrepresentableFigure, "数值无法表示", "{indicator}印为{printed}%，小数位数或位数超出公布数值所能容纳；已舍弃该数值"),
        (ReadDiagnosticCodes.LoneSurrogateReplaced, "孤立代理项已替换", "文本含{count}个孤立代理项码元，第一个位于偏移{offset}；均已替换为U+FFFD"),
        (ReadDiagnosticCodes.IllFormedNumeral, "数字写法不规范", "数字“{numeral}”不能确定唯一的数值；未从中读取数量"),
        (ReadDiagnosticCodes.TwoPageDates, "页面有两个日期", "页面印有发布时间{published}和成文日期{written}；期限规则以发布时间为准"),
        (ReadDiagnosticCodes.NotesSummarised, "说明已汇总", "前{limit}条{code}说明之后另有{omitted}条未逐条列出，第一条位于此处"),
        (ReadDiagnosticCodes.DocumentKindRead, "文件类型判定", "该文件判定为{kind}（{certainty}）：{evidence}"),
        (ReadDiagnosticCodes.UpdateTimeBesidePublication, "页面有发布时间和更新时间", "页面印有发布时间{published}和更新时间{updated}；期限规则以发布时间为准"),
        (ReadDiagnosticCodes.RateBaseRefitted, "比率分母已按数值改取", "{indicator}：按任何舍入规则，{numerator}/{stated}（“{statedText}”）都得不出{printed}%；同一节所载的{fitting}（“{fittingText}”）可得出该数值，已取作分母"),
        (ReadDiagnosticCodes.RateCountsMismatch, "比率计数与数值不符", "{indicator}：按任何舍入规则，{numerator}/{denominator}都得不出{printed}%，同一节所载的其他数字也得不出；保留这些计数"),
    }.ToFrozenDictionary(static e => e.Code, static e => (e.Title, e.Template), StringComparer.Ordinal);
}
