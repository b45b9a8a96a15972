namespace RuleOfLaw.Domain.Reports;

/// <summary>What kind of document a text is (文件类型): an annual rule-of-law report, or another document of the same family.</summary>
/// <remarks>
/// <para>
/// Government sites publish the annual report (法治政府建设年度报告) beside documents that look like it: statistics
/// tables, the information-disclosure report every body publishes under the same deadline (政府信息公开工作年度报告),
/// a department's enforcement report, an article, a plan or a policy interpretation of a report. The rules of annual
/// reports (five parts, title, publication before 1 April, submissions, sign-off) hold only for the first; validation
/// applies them only when <see cref="AnnualReport.DocumentKind"/> is <see cref="AnnualReport"/>.
/// </para>
/// <para>The default is <see cref="AnnualReport"/>, so a report built without a kind is checked as before.</para>
/// </remarks>
public enum DocumentKind
{
    /// <summary>An annual rule-of-law government report (法治政府建设年度报告, also 情况报告 / 工作报告 / 工作总结), of a government or a department.</summary>
    AnnualReport = 0,

    /// <summary>Statistics (统计数据): tables of figures, such as the national counts of reconsideration and litigation cases.</summary>
    Statistics = 1,

    /// <summary>A government information-disclosure annual report (政府信息公开工作年度报告), under the 政府信息公开条例.</summary>
    InformationDisclosureReport = 2,

    /// <summary>Another document of the family: an enforcement report (行政执法工作年报 / 情况报告), an article, a plan or notice (方案, 通知), a policy interpretation (政策解读).</summary>
    Other = 3,
}
