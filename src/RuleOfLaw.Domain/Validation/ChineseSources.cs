using System;
using System.Collections.Frozen;

namespace RuleOfLaw.Domain.Validation;

/// <summary>The Chinese wording of every source the catalogue names (<see cref="DiagnosticDescriptor.Source"/>), keyed by the English one.</summary>
/// <remarks>
/// Keyed by the source rather than the code: several codes share one source, so a new code citing a known source needs
/// no entry. A test holds every descriptor of <see cref="Diagnostics.DiagnosticCatalogue.All"/> to an entry here.
/// </remarks>
internal static class ChineseSources
{
    private const string Regulation = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）";
    private const string Guideline = "省级年度报告工作指引";
    private const string Reader = "文本读取程序";

    public static FrozenDictionary<string, string> ByEnglish { get; } = new (string English, string Chinese)[]
    {
        ("《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号), the five items of the annual report", Regulation + "，年度报告的五项内容"),
        ("《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号), art. 24", Regulation + "第二十四条"),
        ("《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号); 《法治政府建设实施纲要（2015—2020年）》", Regulation + "；《法治政府建设实施纲要（2015—2020年）》"),
        ("《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) (上一年度 / 下一年度)", Regulation + "（上一年度／下一年度）"),
        ("《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号), item 2 (存在的不足和原因)", Regulation + "，第二项（存在的不足和原因）"),
        ("《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号), items 1 and 4 (上一年度 / 下一年度)", Regulation + "，第一项和第四项（上一年度／下一年度）"),
        ("provincial guideline on annual reports", Guideline),
        ("provincial guideline on annual reports (title)", Guideline + "（标题）"),
        ("provincial guideline on annual reports [regional]", Guideline + "〔部分地区〕"),
        ("provincial guideline on annual reports [unsure]", Guideline + "〔待核实〕"),
        ("local rule (淮北)", "地方规定（淮北）"),
        ("arithmetic", "算术"),
        ("arithmetic; rounding per GB/T 8170-2008 or 四舍五入", "算术；按GB/T 8170-2008或四舍五入修约"),
        ("arithmetic; XBRL Calculations 1.1 (rounded figures as intervals)", "算术；可扩展商业报告语言计算规范1.1版（舍入后的数字视为区间）"),
        ("reporting practice (publishers print 100% for all cases)", "报告惯例（只有全部案件符合时才印100%）"),
        ("国办发〔2018〕118号", "国办发〔2018〕118号"),
        ("国办发〔2018〕118号; the State Council General Office's yearly holiday notices", "国办发〔2018〕118号；国务院办公厅每年的部分节假日安排通知"),
        ("《最高人民法院 最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》 (法释〔2018〕6号, amended 2020 by 法释〔2020〕20号), art. 21",
            "《最高人民法院 最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》（法释〔2018〕6号，2020年经法释〔2020〕20号修正）第二十一条"),
        ("《重大行政决策程序暂行条例》 (国务院令第713号) art. 14; 《民法典》 art. 201", "《重大行政决策程序暂行条例》（国务院令第713号）第十四条；《民法典》第二百零一条"),
        ("the framework's own text", "指标体系自身的文本"),
        ("the comparison of reports", "报告之间的比较"),
        ("the comparison of reports (a subject is identified by its name)", "报告之间的比较（报告主体以其名称识别）"),
        ("the comparison of reports (Iglewicz and Hoaglin's modified z-score)", "报告之间的比较（Iglewicz 与 Hoaglin 的修正Z分数）"),
        ("the comparison of reports (KIROGOVCOMPARE uses ×5 and ×0.2)", "报告之间的比较（KIROGOVCOMPARE 采用×5和×0.2）"),
        ("the comparison of reports (plausible ranges given by the caller)", "报告之间的比较（合理范围由调用方给出）"),
        ("the comparison of reports (a report's figures against the previous year's report)", "报告之间的比较（本年度报告的数字与上一年度报告的数字）"),
        ("the text reader (the header, the opening and the read options)", Reader + "（页头、开头和读取选项）"),
        ("the text reader (outline markers 一、 （一） 1. and their titles)", Reader + "（大纲序号 一、 （一） 1. 及其标题）"),
        ("the text reader (quantities: a number with its unit or counter word)", Reader + "（数量：数字及其单位或量词）"),
        ("the text reader (rate mentions: a term, its counts and its printed figure)", Reader + "（比率表述：指标名称、计数和印出的数值）"),
        ("the text reader (rate mentions: counts linked in the clause, the sentence, then the section, never across a heading)", Reader + "（比率表述：先在本分句、本句，再在本节内关联计数，不跨越标题）"),
        ("the text reader (rate mentions: a benchmark is a figure for another scope, such as 全市)", Reader + "（比率表述：对比值是另一范围的数值，如全市）"),
        ("the text reader (the header, the opening, the signature and the container's hints)", Reader + "（页头、开头、落款和文件容器提供的线索）"),
        ("the text reader (outline marker families 一、 （一） 1. （1）)", Reader + "（大纲序号系列 一、 （一） 1. （1））"),
        ("the text reader (administrative place words of the subject's name)", Reader + "（主体名称中的行政地名用字）"),
        ("the text reader (a published figure holds at most 10 decimals and a magnitude of at most 10^18)", Reader + "（公布的数值最多10位小数，绝对值最大10^18）"),
        ("the text reader (the text as given: UTF-16 code units)", Reader + "（所给文本：UTF-16码元）"),
        ("the text reader (Chinese numerals: digits, 十 百 千 in a section, sections joined by 万 and 亿, 零 between places)", Reader + "（中文数字：数字，节内的十、百、千，以万、亿相连的各节，数位之间的零）"),
        ("the text reader (the header's date labels); 《法治政府建设与责任落实督察工作规定》 art. 24 (published before 1 April)", Reader + "（页头的日期标签）；《法治政府建设与责任落实督察工作规定》第二十四条（4月1日前公开）"),
        ("the text reader (the notes of one read)", Reader + "（一次读取的说明）"),
        ("《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号), art. 24 and the five items of the annual report (which documents they govern)", Regulation + "第二十四条及年度报告的五项内容（所规范的文件）"),
        ("the text reader (the title, the opening and the structure); 《法治政府建设与责任落实督察工作规定》 (the annual report) and 《中华人民共和国政府信息公开条例》 art. 50 (the information-disclosure report)", Reader + "（标题、开头和结构）；《法治政府建设与责任落实督察工作规定》（年度报告）和《中华人民共和国政府信息公开条例》第五十条（政府信息公开工作年度报告）"),
    }.ToFrozenDictionary(static e => e.English, static e => e.Chinese, StringComparer.Ordinal);
}
