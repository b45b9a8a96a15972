using System.Collections.Immutable;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>The catalogue of national rates that rule-of-law government reports publish (法治政府建设常用比率).</summary>
/// <remarks>
/// <para>
/// Every rate is a percentage (factor 100, unit <c>%</c>) rounded by default to two decimals half away from zero
/// (四舍五入); reports print zero to two decimals, and a consistency check reads the decimals from the printed figure.
/// </para>
/// <para>
/// Every source is marked verified (a citation of a document in force that governs what is counted) or unverified
/// (local practice, a convention that varies by place), and an unverified one is never presented as a citation
/// (<see cref="IndicatorSource"/>).
/// </para>
/// <para>
/// Direction: the litigation loss rate is lower-is-better. The reconsideration correction rate is neutral: a high rate
/// shows reconsideration correcting agencies, a low one few unlawful acts, and reports praise both. Every other rate is
/// higher-is-better. Where no official source fixes the denominator, the alternatives are named options.
/// </para>
/// </remarks>
public static class NationalRates
{
    private const string Percent = "%";

    private static readonly RoundingPolicy Rounding = RoundingPolicy.Everyday(2);

    /// <summary>Gets the reconsideration correction rate (行政复议纠错率 / 纠正率).</summary>
    public static IndicatorDefinition ReconsiderationCorrection { get; } = Define(
        "reconsideration_correction_rate", "行政复议纠错率", "reconsideration correction rate", IndicatorDirection.Neutral,
        "作出撤销、变更、确认违法、责令履行（2023年修订后另含确认无效）决定的案件数",
        "cases decided by revoking, altering, confirming unlawful or ordering performance (since the 2023 revision also confirming void)",
        new DenominatorOption("concluded_by_decision", "受理后以复议决定审结的案件数", "accepted cases concluded by a reconsideration decision"),
        IndicatorSource.Verified("《中华人民共和国行政复议法》（2023年修订）规定的复议决定类型"),
        new DenominatorOption("all_concluded", "全部审结案件数（含终止、撤回等）", "all concluded cases, including terminations and withdrawals"));

    /// <summary>Gets the head-of-agency court appearance rate (行政机关负责人出庭应诉率).</summary>
    public static IndicatorDefinition LitigationHeadAppearance { get; } = Define(
        "litigation_head_appearance_rate", "行政机关负责人出庭应诉率", "head-of-agency court appearance rate", IndicatorDirection.HigherIsBetter,
        "行政机关负责人出庭应诉的案件数",
        "cases in which the head of the agency appeared in court",
        new DenominatorOption("heard_in_court", "人民法院开庭审理的行政诉讼案件数", "administrative cases heard in court"),
        IndicatorSource.Verified("《中华人民共和国行政诉讼法》第三条第三款；《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》（法释〔2020〕3号）"));

    /// <summary>Gets the litigation loss rate (行政诉讼败诉率).</summary>
    public static IndicatorDefinition LitigationLoss { get; } = Define(
        "litigation_loss_rate", "行政诉讼败诉率", "litigation loss rate", IndicatorDirection.LowerIsBetter,
        "行政机关败诉的案件数（原告撤诉不计为败诉）",
        "cases the agency lost (withdrawals by the plaintiff are not losses)",
        new DenominatorOption("concluded", "审结的行政诉讼案件数", "administrative cases concluded"),
        IndicatorSource.Verified("《中华人民共和国行政诉讼法》规定的裁判类型"));

    /// <summary>Gets the procuratorial recommendation rectification rate (检察建议回复整改率).</summary>
    public static IndicatorDefinition ProcuratorialRecommendationRectification { get; } = Define(
        "procuratorial_recommendation_rectification_rate", "检察建议回复整改率", "procuratorial recommendation rectification rate", IndicatorDirection.HigherIsBetter,
        "已回复并整改的检察建议数",
        "recommendations answered and rectified",
        new DenominatorOption("received", "收到的检察建议数", "procuratorial recommendations received"),
        IndicatorSource.Verified("《人民检察院检察建议工作规定》；《最高人民法院 最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》（法释〔2018〕6号，2020年修正）第二十一条"));

    /// <summary>Gets the normative document filing rate (规范性文件报备率).</summary>
    public static IndicatorDefinition NormativeDocumentFiling { get; } = Define(
        "normative_document_filing_rate", "规范性文件报备率", "normative document filing rate", IndicatorDirection.HigherIsBetter,
        "已报送备案的规范性文件数",
        "normative documents filed for review",
        DueForFiling,
        NormativeDocumentFilingSource);

    /// <summary>Gets the normative document filing timeliness rate (规范性文件报备及时率).</summary>
    public static IndicatorDefinition NormativeDocumentFilingTimeliness { get; } = Define(
        "normative_document_filing_timeliness_rate", "规范性文件报备及时率", "normative document filing timeliness rate", IndicatorDirection.HigherIsBetter,
        "在规定期限内报送备案的规范性文件数",
        "normative documents filed within the time limit",
        DueForFiling,
        NormativeDocumentFilingSource);

    /// <summary>Gets the normative document conformity rate (规范性文件报备规范率).</summary>
    public static IndicatorDefinition NormativeDocumentConformity { get; } = Define(
        "normative_document_conformity_rate", "规范性文件报备规范率", "normative document conformity rate", IndicatorDirection.HigherIsBetter,
        "报备材料齐全、格式规范的规范性文件数",
        "normative documents filed complete and in the required form",
        DueForFiling,
        NormativeDocumentFilingSource);

    /// <summary>Gets the legality review rate (合法性审核率).</summary>
    public static IndicatorDefinition LegalityReview { get; } = Define(
        "legality_review_rate", "合法性审核率", "legality review rate", IndicatorDirection.HigherIsBetter,
        "印发前经合法性审核的文件数",
        "documents reviewed for legality before issue",
        new DenominatorOption("issued", "印发的文件数", "documents issued"),
        IndicatorSource.Verified("《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）"));

    /// <summary>Gets the enforcement disclosure rate (执法公示率).</summary>
    public static IndicatorDefinition EnforcementDisclosure { get; } = Define(
        "enforcement_disclosure_rate", "行政执法决定公示率", "enforcement disclosure rate", IndicatorDirection.HigherIsBetter,
        "按时公示的执法决定数（许可、处罚7个工作日内，其他20个工作日内）",
        "decisions published in time (7 working days for licences and penalties, 20 otherwise)",
        new DenominatorOption("due", "应当公示的执法决定数", "decisions due for publication"),
        IndicatorSource.Verified("《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）"));

    /// <summary>Gets the enforcement platform use rate (平台办案率 / 执法平台使用率).</summary>
    public static IndicatorDefinition EnforcementPlatformUse { get; } = Define(
        "enforcement_platform_use_rate", "执法平台使用率", "enforcement platform use rate", IndicatorDirection.HigherIsBetter,
        "通过执法平台办理的案件数（按单位口径时为使用平台的执法单位数）",
        "cases handled on the enforcement platform (units using it, when counted by unit)",
        new DenominatorOption("all_cases", "全部行政执法案件数", "all enforcement cases"),
        IndicatorSource.Unverified("地方行政执法监督平台工作要求（口径不统一）"),
        new DenominatorOption("all_units", "全部行政执法单位数（分子按使用平台的单位计）", "all enforcement units (the numerator then counts units using the platform)"));

    /// <summary>Gets the legal exam participation rate (学法考试参考率).</summary>
    public static IndicatorDefinition LegalExamParticipation { get; } = Define(
        "legal_exam_participation_rate", "学法考试参考率", "legal exam participation rate", IndicatorDirection.HigherIsBetter,
        "实际参加考试的人数",
        "officials who sat the exam",
        RequiredToSit,
        ExamSource);

    /// <summary>Gets the legal exam pass rate (学法考试合格率).</summary>
    public static IndicatorDefinition LegalExamPass { get; } = Define(
        "legal_exam_pass_rate", "学法考试合格率", "legal exam pass rate", IndicatorDirection.HigherIsBetter,
        "考试合格的人数",
        "officials who passed",
        Sat,
        ExamSource,
        RequiredToSit);

    /// <summary>Gets the legal exam excellence rate (学法考试优秀率).</summary>
    public static IndicatorDefinition LegalExamExcellence { get; } = Define(
        "legal_exam_excellence_rate", "学法考试优秀率", "legal exam excellence rate", IndicatorDirection.HigherIsBetter,
        "成绩优秀的人数",
        "officials who passed with excellence",
        Sat,
        ExamSource,
        RequiredToSit);

    /// <summary>Gets the hearing rate (听证率).</summary>
    public static IndicatorDefinition Hearing { get; } = Define(
        "hearing_rate", "听证率", "hearing rate", IndicatorDirection.HigherIsBetter,
        "依法举行听证的事项数",
        "items for which a hearing was held",
        new DenominatorOption("hearing_catalogue", "列入听证目录的事项数", "items in the hearing catalogue"),
        IndicatorSource.Verified("《重大行政决策程序暂行条例》（国务院令第713号）关于听证的规定"));

    /// <summary>Gets the public consultation rate (公开征求意见率).</summary>
    public static IndicatorDefinition PublicConsultation { get; } = Define(
        "public_consultation_rate", "公开征求意见率", "public consultation rate", IndicatorDirection.HigherIsBetter,
        "公开征求意见的重大行政决策事项数",
        "major decisions put to public consultation",
        new DenominatorOption("decision_catalogue", "列入重大行政决策目录的事项数", "items in the major-decision catalogue"),
        IndicatorSource.Verified("《重大行政决策程序暂行条例》（国务院令第713号）第十四条（征求公众意见）"));

    /// <summary>Gets the mediation success rate (调解成功率).</summary>
    public static IndicatorDefinition MediationSuccess { get; } = Define(
        "mediation_success_rate", "调解成功率", "mediation success rate", IndicatorDirection.HigherIsBetter,
        "调解成功的纠纷数",
        "disputes resolved by mediation",
        new DenominatorOption("mediated", "调解的纠纷数", "disputes mediated"),
        IndicatorSource.Unverified("调解成功率的口径由各地统计制度确定；《中华人民共和国人民调解法》规定调解工作，未规定此比率"));

    /// <summary>Gets the online service rate (网上可办率).</summary>
    public static IndicatorDefinition OnlineService { get; } = Define(
        "online_service_rate", "网上可办率", "online service rate", IndicatorDirection.HigherIsBetter,
        "可以网上办理的政务服务事项数",
        "service items that can be done online",
        new DenominatorOption("service_list", "政务服务事项清单中的事项数", "items in the service list"),
        IndicatorSource.Verified("《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》（国发〔2018〕27号）"));

    /// <summary>Gets the enforcement platform coverage rate (执法平台覆盖率).</summary>
    public static IndicatorDefinition EnforcementPlatformCoverage { get; } = Define(
        "enforcement_platform_coverage_rate", "执法平台覆盖率", "enforcement platform coverage rate", IndicatorDirection.HigherIsBetter,
        "已接入并使用行政执法监督平台的执法单位数",
        "enforcement units connected to and using the enforcement platform",
        new DenominatorOption("all_units", "全部行政执法单位数", "all enforcement units"),
        IndicatorSource.Unverified("地方行政执法监督平台工作要求（口径不统一）"));

    /// <summary>Gets the legality review coverage rate (合法性审查覆盖率).</summary>
    public static IndicatorDefinition LegalityReviewCoverage { get; } = Define(
        "legality_review_coverage_rate", "合法性审查覆盖率", "legality review coverage rate", IndicatorDirection.HigherIsBetter,
        "经合法性审查的重大行政决策、行政规范性文件和行政协议数",
        "major decisions, normative documents and administrative agreements reviewed for legality",
        new DenominatorOption("due_for_review", "应当进行合法性审查的事项数", "items due for legality review"),
        IndicatorSource.Unverified("各地合法性审查全覆盖工作要求（口径不统一：有的只计规范性文件，有的另计重大决策和合同）"));

    /// <summary>Gets the reconsideration mediation rate (行政复议调解率).</summary>
    public static IndicatorDefinition ReconsiderationMediation { get; } = Define(
        "reconsideration_mediation_rate", "行政复议调解率", "reconsideration mediation rate", IndicatorDirection.HigherIsBetter,
        "经调解结案的行政复议案件数",
        "reconsideration cases concluded by mediation",
        new DenominatorOption("taken_into_mediation", "纳入调解的行政复议案件数", "reconsideration cases taken into mediation"),
        IndicatorSource.Unverified("《中华人民共和国行政复议法》（2023年修订）规定调解，未规定此比率；口径由各地确定"),
        new DenominatorOption("concluded", "审结的行政复议案件数", "reconsideration cases concluded"));

    /// <summary>Gets the mediation-and-withdrawal rate (调撤率).</summary>
    public static IndicatorDefinition MediationWithdrawal { get; } = Define(
        "mediation_withdrawal_rate", "调撤率", "mediation-and-withdrawal rate", IndicatorDirection.HigherIsBetter,
        "以调解或撤回申请（撤诉）结案的案件数",
        "cases concluded by mediation or by withdrawal of the application or suit",
        new DenominatorOption("concluded", "审结的案件数", "cases concluded"),
        IndicatorSource.Unverified("行政复议和行政诉讼的地方统计口径"));

    /// <summary>Gets the dispute resolution rate (矛盾纠纷化解率).</summary>
    public static IndicatorDefinition DisputeResolution { get; } = Define(
        "dispute_resolution_rate", "矛盾纠纷化解率", "dispute resolution rate", IndicatorDirection.HigherIsBetter,
        "化解的矛盾纠纷数",
        "disputes resolved",
        new DenominatorOption("identified", "排查或受理的矛盾纠纷数", "disputes identified or taken up"),
        IndicatorSource.Unverified("矛盾纠纷排查化解的地方统计口径"));

    /// <summary>Gets the conclusion rate (办结率).</summary>
    public static IndicatorDefinition Conclusion { get; } = Define(
        "conclusion_rate", "办结率", "conclusion rate", IndicatorDirection.HigherIsBetter,
        "办结的件数",
        "matters concluded",
        new DenominatorOption("accepted", "受理的件数", "matters accepted"),
        IndicatorSource.Unverified("信访、复议、热线等事项办理的地方统计口径"),
        new DenominatorOption("received", "收到的件数", "matters received"));

    /// <summary>Gets the satisfaction rate (满意率).</summary>
    public static IndicatorDefinition Satisfaction { get; } = Define(
        "satisfaction_rate", "满意率", "satisfaction rate", IndicatorDirection.HigherIsBetter,
        "评价为满意（含基本满意）的件数或人数",
        "ratings of satisfied (including fairly satisfied)",
        new DenominatorOption("rated", "参与评价的件数或人数", "ratings given"),
        IndicatorSource.Unverified("满意度回访和评价的地方口径（是否计入基本满意不统一）"));

    /// <summary>Gets the acceptance rate (受理率).</summary>
    public static IndicatorDefinition Acceptance { get; } = Define(
        "acceptance_rate", "受理率", "acceptance rate", IndicatorDirection.HigherIsBetter,
        "依法受理的申请件数",
        "applications accepted",
        new DenominatorOption("received", "收到的申请件数", "applications received"),
        IndicatorSource.Unverified("行政复议和申请类事项的地方统计口径"));

    /// <summary>Gets the litigation win rate (行政诉讼胜诉率).</summary>
    public static IndicatorDefinition LitigationWin { get; } = Define(
        "litigation_win_rate", "行政诉讼胜诉率", "litigation win rate", IndicatorDirection.HigherIsBetter,
        "行政机关胜诉的案件数（驳回诉讼请求、维持等）",
        "cases the agency won (claims dismissed, acts upheld)",
        new DenominatorOption("concluded", "审结的行政诉讼案件数", "administrative cases concluded"),
        IndicatorSource.Verified("《中华人民共和国行政诉讼法》规定的裁判类型"));

    /// <summary>Gets every definition in the catalogue, in the order above.</summary>
    public static ImmutableArray<IndicatorDefinition> All { get; } = ImmutableArray.Create(
        ReconsiderationCorrection,
        LitigationHeadAppearance,
        LitigationLoss,
        ProcuratorialRecommendationRectification,
        NormativeDocumentFiling,
        NormativeDocumentFilingTimeliness,
        NormativeDocumentConformity,
        LegalityReview,
        EnforcementDisclosure,
        EnforcementPlatformUse,
        LegalExamParticipation,
        LegalExamPass,
        LegalExamExcellence,
        Hearing,
        PublicConsultation,
        MediationSuccess,
        OnlineService,
        EnforcementPlatformCoverage,
        LegalityReviewCoverage,
        ReconsiderationMediation,
        MediationWithdrawal,
        DisputeResolution,
        Conclusion,
        Satisfaction,
        Acceptance,
        LitigationWin);

    /// <summary>Finds a definition by its code.</summary>
    /// <param name="code">The code, such as <c>litigation_loss_rate</c>.</param>
    /// <returns>The definition, or <see langword="null"/> when the catalogue has no such code.</returns>
    public static IndicatorDefinition? Find(IndicatorCode? code)
    {
        foreach (var definition in All)
        {
            if (definition.Code == code)
            {
                return definition;
            }
        }

        return null;
    }

    // Computed properties rather than fields: the property initialisers above run in text order, before any field below.
    private static DenominatorOption DueForFiling => new("due_for_filing", "应当报送备案的规范性文件数", "normative documents due for filing");

    // 《法规规章备案条例》 covers 法规 and 规章 only; the filing of 行政规范性文件 rests on 国办发〔2018〕37号 and local rules.
    private static IndicatorSource NormativeDocumentFilingSource => IndicatorSource.Verified("《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）及各地行政规范性文件备案规定");

    private static DenominatorOption RequiredToSit => new("required", "应当参加考试的人数", "officials required to sit the exam");

    private static DenominatorOption Sat => new("sat", "实际参加考试的人数", "officials who sat the exam");

    private static IndicatorSource ExamSource => IndicatorSource.Unverified("国家工作人员学法用法考试的地方做法（口径不统一：合格率、优秀率的分母为实际参考或应参考人数）");

    private static IndicatorDefinition Define(
        string code,
        string chineseName,
        string englishName,
        IndicatorDirection direction,
        string numeratorChinese,
        string numeratorEnglish,
        DenominatorOption denominator,
        IndicatorSource source,
        params DenominatorOption[] alternatives) =>
        new(
            IndicatorCode.Parse(code),
            chineseName,
            englishName,
            IndicatorKind.Rate,
            direction,
            numeratorChinese,
            numeratorEnglish,
            denominator,
            ImmutableArray.Create(alternatives),
            source,
            Rounding,
            100,
            Percent);
}
