using System;
using System.Collections.Immutable;
using System.Linq;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>How the text reader recognises the rates of the national catalogue: the names reports print and the words of their counts.</summary>
/// <remarks>
/// Every term is a definition of <see cref="NationalRates"/>: the reader has no list of codes of its own, so a rate it
/// reads always has a definition (numerator, denominator, source). The names are those reports print, shortest forms
/// too (纠正率, 出庭率); the longest name that ends a text's rate name wins (平台覆盖率 before 覆盖率), unless the words
/// printed before it make the name another indicator (<see cref="RateTerm.OtherIndicatorWords"/>).
/// </remarks>
internal static class RateTermCatalogue
{
    public static ImmutableArray<RateTerm> Default { get; } =
    [
        // An enforcement-case correction rate (行政执法案件纠错率, 执法案卷纠错率) counts enforcement cases, not reconsideration decisions.
        Term(NationalRates.ReconsiderationCorrection, "纠错率 纠正率 复议纠错率 直接纠错率", "纠错 纠正", "撤销 变更 确认违法 责令履行 确认无效", "审结 办结 结案 审理 受理 收到") with { OtherIndicatorWords = ["执法"] },
        Term(NationalRates.LitigationHeadAppearance, "出庭应诉率 出庭率", "出庭", "", "开庭 审理 应诉案件 诉讼案件 涉诉 被诉 行政诉讼", "出庭"),
        Term(NationalRates.LitigationLoss, "败诉率", "败诉", "", "审结 结案 判决 办结 诉讼案件 行政诉讼"),
        Term(NationalRates.ProcuratorialRecommendationRectification, "整改率 回复整改率 回复率", "整改 回复", "", "检察建议 收到", "检察建议 整改", "检察建议 回复"),
        Term(NationalRates.NormativeDocumentFiling, "报备率 备案率", "报备 备案", "", "制定 出台 印发", "规范性文件 报备", "规范性文件 备案"),
        Term(NationalRates.NormativeDocumentFilingTimeliness, "及时率 报备及时率", "及时", "", "报备 备案"),
        Term(NationalRates.NormativeDocumentConformity, "规范率 报备规范率", "规范", "", "报备 备案"),
        Term(NationalRates.LegalityReview, "审核率 合法性审核率", "审核", "", "制定 出台 印发", "合法性审核"),
        Term(NationalRates.EnforcementDisclosure, "公示率", "公示", "", "作出 决定", "执法 公示"),
        Term(NationalRates.EnforcementPlatformUse, "平台使用率 平台办案率", "平台", "", "案件"),
        Term(NationalRates.LegalExamParticipation, "参考率 参学率", "参考 参加考试 参加", "", "应考 应参"),
        Term(NationalRates.LegalExamPass, "合格率 通过率", "合格 通过", "", "参考 参加"),
        Term(NationalRates.LegalExamExcellence, "优秀率", "优秀", "", "参考 参加"),
        Term(NationalRates.Hearing, "听证率", "听证", "", "目录 事项"),
        Term(NationalRates.PublicConsultation, "公开征求意见率 征求意见率", "征求意见", "", "决策 目录 事项"),
        Term(NationalRates.MediationSuccess, "调解成功率 成功率", "调解成功 成功 化解", "", "调解 受理", "调解 成功"),
        Term(NationalRates.OnlineService, "网上可办率 网办率", "网上可办 网上办理", "", "事项"),
        Term(NationalRates.EnforcementPlatformCoverage, "平台覆盖率", "平台", "", "执法单位 执法部门 执法主体", "执法单位 平台", "执法部门 平台", "执法主体 平台"),
        Term(NationalRates.LegalityReviewCoverage, "合法性审查覆盖率 合法性审查率", "审查", "", "应审查 决策 文件 合同"),
        Term(NationalRates.ReconsiderationMediation, "调解率 复议调解率", "调解结案 调解成功 调解", "", "纳入 受理 审结"),
        Term(NationalRates.MediationWithdrawal, "调撤率", "调撤 调解 撤回 撤诉", "", "审结 结案 受理"),
        Term(NationalRates.DisputeResolution, "化解率 纠纷化解率", "化解", "", "排查 受理 调处 纠纷"),
        Term(NationalRates.Conclusion, "办结率 按期办结率", "办结", "", "受理 收到 登记"),
        Term(NationalRates.Satisfaction, "满意率", "满意", "", "回访 评价 调查"),
        Term(NationalRates.Acceptance, "受理率", "受理", "", "收到 申请 接收"),
        Term(NationalRates.LitigationWin, "胜诉率", "胜诉", "", "审结 结案 判决 诉讼案件 行政诉讼"),
    ];

    private static RateTerm Term(IndicatorDefinition definition, string words, string numerator, string parts, string denominator, params string[] allOf) =>
        new(definition, Split(words), Split(numerator), Split(parts), Split(denominator), [.. allOf.Select(Split)], []);

    private static ImmutableArray<string> Split(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
