namespace RuleOfLaw.Domain.Reports;

/// <summary>The five parts every annual report must contain (年度报告的五项内容), in the regulation's order.</summary>
/// <remarks>
/// Source: 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) as restated by local governments. Real reports rename,
/// reorder, nest and merge these parts; a section maps to zero, one or several of them.
/// </remarks>
public enum ReportPart
{
    /// <summary>Part 1: the main measures and results of the year (主要举措和成效).</summary>
    MeasuresAndResults = 1,

    /// <summary>Part 2: shortcomings and their causes (存在的不足和原因).</summary>
    ShortcomingsAndCauses = 2,

    /// <summary>Part 3: how the principal Party and government leaders performed their duty as first responsible person for rule-of-law work (党政主要负责人履行推进法治建设第一责任人职责情况).</summary>
    FirstResponsiblePersonDuties = 3,

    /// <summary>Part 4: the main arrangements for the next year (下一年度主要安排).</summary>
    NextYearArrangements = 4,

    /// <summary>Part 5: other matters to report (其他需要报告的情况); may be empty.</summary>
    OtherMatters = 5,
}
