using System;
using System.Collections.Immutable;
using System.Linq;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>The named rates the text reader recognises, with their indicator codes and count words.</summary>
/// <remarks>
/// From the rates reports publish (纠错率, 出庭应诉率, 败诉率, 整改率, 报备率/及时率/规范率, 审核率, 公示率,
/// 学法考试参考率/合格率/优秀率, 听证率, 调解成功率, 网上可办率). Codes follow the indicator catalogue's snake case.
/// </remarks>
internal static class RateTermCatalogue
{
    public static ImmutableArray<RateTerm> Default { get; } =
    [
        Term("reconsideration_correction_rate", "纠错率 纠正率 复议纠错率 直接纠错率", "纠错 纠正", "撤销 变更 确认违法 责令履行 确认无效", "审结 办结 结案 审理 受理 收到"),
        Term("litigation_head_appearance_rate", "出庭应诉率 出庭率", "出庭", "", "开庭 审理 应诉案件 诉讼案件 涉诉 被诉 行政诉讼", "出庭"),
        Term("litigation_loss_rate", "败诉率", "败诉", "", "审结 结案 判决 办结 诉讼案件 行政诉讼"),
        Term("procuratorial_recommendation_rectification_rate", "整改率 回复整改率 回复率", "整改 回复", "", "检察建议 收到", "检察建议 整改", "检察建议 回复"),
        Term("legal_exam_participation_rate", "参考率 参学率", "参考 参加考试 参加", "", "应考 应参"),
        Term("legal_exam_excellence_rate", "优秀率", "优秀", "", "参考 参加"),
        Term("legal_exam_pass_rate", "合格率 通过率", "合格 通过", "", "参考 参加"),
        Term("normative_document_filing_rate", "报备率 备案率", "报备 备案", "", "制定 出台 印发", "规范性文件 报备", "规范性文件 备案"),
        Term("normative_document_filing_timeliness_rate", "及时率 报备及时率", "及时", "", "报备 备案"),
        Term("normative_document_conformity_rate", "规范率 报备规范率", "规范", "", "报备 备案"),
        Term("legality_review_rate", "审核率 合法性审核率", "审核", "", "制定 出台 印发", "合法性审核"),
        Term("enforcement_disclosure_rate", "公示率", "公示", "", "作出 决定", "执法 公示"),
        Term("hearing_rate", "听证率", "听证", "", "目录 事项"),
        Term("mediation_success_rate", "调解成功率 成功率", "调解成功 成功 化解", "", "调解 受理", "调解 成功"),
        Term("online_service_rate", "网上可办率 网办率", "网上可办 网上办理", "", "事项"),
        Term("enforcement_platform_use_rate", "平台使用率 平台办案率", "平台", "", "案件"),
        Term("enforcement_platform_coverage_rate", "平台覆盖率", "平台", "", "执法单位 执法部门 执法主体", "执法单位 平台", "执法部门 平台", "执法主体 平台"),
    ];

    private static RateTerm Term(string code, string words, string numerator, string parts, string denominator, params string[] allOf) =>
        new(code, Split(words), Split(numerator), Split(parts), Split(denominator), [.. allOf.Select(Split)]);

    private static ImmutableArray<string> Split(string words) => [.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
