using System.Collections.Generic;

namespace RuleOfLaw.Cli.Output;

// The words of the command line itself: the help's descriptions and the usage errors of the tool's own checks (the
// parser's own lines, such as an unknown command, come from System.CommandLine's resources in the same language).
// Option names, values, codes and file names are never translated.
internal sealed partial class Words
{
    public string RootDescription => IsChinese
        ? "rol：读取法治政府建设年度报告，依规则审查，并核对其中的比率。"
        : "rol: reads annual rule-of-law government reports (法治政府建设年度报告), validates them and checks their rates.";

    public string LanguageDescription => IsChinese
        ? "文本输出的语言：zh（中文）或 en（英文）；默认：LC_ALL、LC_MESSAGES 或 LANG 为 zh 开头的区域设置时用中文，否则用英文。"
        : "Language of the text output: zh (中文) or en; default: Chinese when LC_ALL, LC_MESSAGES or LANG names a zh locale, else English.";

    public string CheckDescription => IsChinese
        ? "读取、审查报告并核对比率；退出码 0（无问题）、1（有达到失败级别的审查结果，或文本不全、无法生成报告）或 2（用法错误，或输入不是文本）。"
        : "Read, validate and check the rates of reports; exit 0 (clean), 1 (findings at the fail level, or a text too incomplete for a report) or 2 (usage error, or input that is not text).";

    public string CheckPathDescription => IsChinese
        ? "报告：文本、网页、Word 或 PDF，JSON 文档（报告、案件登记或指标体系），JSON Lines 文件（.jsonl，每行一份报告），以及包含这些文件的文件夹；- 表示标准输入。不给出时审查内置示例报告。"
        : "Reports as text, web pages, Word or PDF, JSON documents (a report, case registers or an indicator framework), JSON Lines files (.jsonl, one report per line), folders of them, or - for standard input. None: the built-in sample.";

    public string CheckFormatDescription => IsChinese
        ? "输出格式：text（文本）、json、sarif（供代码扫描工具使用的 SARIF 2.1.0）或 msbuild（file(line,col): warning ROL0007: message）。"
        : "Output format: text, json, sarif (SARIF 2.1.0 for code-scanning tools) or msbuild (file(line,col): warning ROL0007: message).";

    public string FailOnDescription => IsChinese
        ? "审查结果至少达到此严重程度时退出码为 1：error（错误）或 warning（警告）。"
        : "Exit 1 when a finding is at least this severe: error or warning.";

    public string FullReportsDescription => IsChinese
        ? "与 --format json 一起用于批量审查：像单个输入一样完整写出每份报告（交换格式、不完整读取所得、案件登记和指标体系），而不是只写每个输入的标题、主体、年度、比率、审查结果和提示；这会把所有报告放在内存中。"
        : "With --format json on a batch: write every report in full (wire format, what a partial read found, case registers and frameworks), as for one input, instead of each input's title, subject, year, rates, findings and notes; this holds every report in memory.";

    public string RulesDescription(string profiles) => IsChinese
        ? "规则集配置：" + profiles + "，或配置文件（.json；见 'rol schema rule-set-profile'）。"
        : "Rule set profile: " + profiles + ", or a profile file (.json; see 'rol schema rule-set-profile').";

    public string ExportRulesDescription(string profiles) => IsChinese
        ? "审查结果表所用的规则集配置：" + profiles + "，或配置文件（.json；见 'rol schema rule-set-profile'）。"
        : "Rule set profile for the findings table: " + profiles + ", or a profile file (.json; see 'rol schema rule-set-profile').";

    public string TodayDescription => IsChinese
        ? "期限规则视为“今天”的日期（yyyy-MM-dd）；默认：系统时钟的北京时间。"
        : "The date deadline rules take as today (yyyy-MM-dd); default: the system clock in Beijing time.";

    public string ExportDescription => IsChinese
        ? "审查报告并为分析人员写出扁平表（reports、sections、quantities、rates、findings、spans；见 docs/export.md），以 report_id 关联。退出码 0，或 2（有输入无法读取，其行说明原因）。"
        : "Check reports and write flat tables for analysts (reports, sections, quantities, rates, findings, spans; docs/export.md), joined by report_id. Exit 0, or 2 when an input could not be read (its row says why).";

    public string ExportPathDescription => IsChinese
        ? "报告：文本、网页、Word、PDF、JSON 或 JSON Lines（.jsonl，每行一份报告），以及包含这些文件的文件夹；- 表示标准输入。"
        : "Reports as text, web pages, Word, PDF, JSON or JSON Lines (.jsonl, one report per line), folders of them, or - for standard input.";

    public string ExportFormatDescription => IsChinese ? "表格格式：parquet（默认）或 csv。" : "Table format: parquet (default) or csv.";

    public string OutputDescription => IsChinese
        ? "写出表格的文件夹（不存在则创建；同名文件会被替换）。"
        : "The folder to write the tables into (created if missing; files of the same names are replaced).";

    public string ReadDescription => IsChinese
        ? "读取报告并输出：文本输出为阅读文档（能生成报告时含报告、找到的每项事实及其位置、阅读提示），JSON 报告原样输出。退出码 0；给出 --fail-on 时可为 1；输入不是文本时为 2。"
        : "Read a report and print it: a text as a read document (the report when one could be built, every fact found with its span, notes), a JSON report as it is. Exit 0, 1 with --fail-on, 2 for input that is not text.";

    public string ReadPathDescription => IsChinese
        ? "报告：文本（.txt，UTF-8 或 GBK）、网页（.html、.htm）、Word（.docx）、PDF（.pdf）或 JSON（.json）；- 表示标准输入。"
        : "A report as text (.txt, UTF-8 or GBK), a web page (.html, .htm), Word (.docx), PDF (.pdf) or JSON (.json), or - for standard input.";

    public string ReadFailOnDescription => IsChinese
        ? "读取不完整（partial：无法生成报告）或留有任何提示（note）时退出码为 1；默认 never（从不）。"
        : "Exit 1 when the read is incomplete (partial: no report could be built) or left any note (note); default: never.";

    public string SchemaDescription => IsChinese ? "输出交换格式中某种文档的 JSON Schema。" : "Print the JSON Schema of a document of the wire format.";

    public string SchemaDocumentDescription => IsChinese
        ? "哪种文档：report（默认）、framework、case-records、validation-result、read-document 或 rule-set-profile。"
        : "Which document: report (the default), framework, case-records, validation-result, read-document or rule-set-profile.";

    public string RulesCommandDescription => IsChinese
        ? "列出代码目录中的每个代码：先是审查结果（ROL），后是阅读提示（ROLT），含默认严重程度、范围、规则或阅读步骤、标题和依据（见 docs/rules.md）。"
        : "List every code of the catalogue, validation findings (ROL) then reading notes (ROLT), with its default severity, scope, rule or reading step, title and source (docs/rules.md).";

    public string YearDescription => IsChinese ? "报告年度：文本未载明或载明有误时给出。" : "The report year, when the text names none or names it wrongly.";

    public string SubjectDescription => IsChinese ? "报告主体的全称（如 某区人民政府）：文本未载明时给出。" : "The reporting subject's full name (such as 某区人民政府), when the text names none.";

    public string TitleDescription => IsChinese ? "报告标题：文本没有标题行时给出。" : "The report's title, when the text has no title line.";

    public string SizeLimitDescription(int defaultMiB) => IsChinese
        ? Invariant($"读取输入的最大大小，单位 MiB（默认 {defaultMiB}）；更大的输入将被拒绝。")
        : Invariant($"The largest input read, in MiB (default {defaultMiB}); larger inputs are refused.");

    public string TimeLimitDescription(int defaultSeconds) => IsChinese
        ? Invariant($"读取并审查一个输入的最长时间，单位秒（默认 {defaultSeconds}）；超时即放弃，退出码为 2。")
        : Invariant($"The longest one input may take to read and check, in seconds (default {defaultSeconds}); then it is given up with exit code 2.");

    public string HelpDescription => IsChinese ? "显示帮助和用法信息" : "Show help and usage information";

    /// <summary>Gets the line after usage errors.</summary>
    public string SeeHelp => IsChinese ? "用法见 'rol --help'。" : "Run 'rol --help' for usage.";

    /// <summary>Gets the line for <c>rol</c> without a command.</summary>
    public string NoCommand(IEnumerable<string> commands) => IsChinese
        ? "未给出命令；可用的命令有 " + string.Join("、", commands) + "。用法见 'rol --help'；'rol check' 审查内置示例报告。"
        : "no command given; the commands are " + string.Join(", ", commands) + ". Run 'rol --help' for usage, or 'rol check' to check the built-in sample.";

    /// <summary>Gets the line for a value that is not one of those allowed.</summary>
    public string NotOneOf(string name, string value, string allowed) => IsChinese
        ? $"{name}：'{value}' 不是可选值之一（{allowed}）"
        : $"{name}: '{value}' is not one of {allowed}";

    /// <summary>Gets the line for <c>--today</c> that is not a date.</summary>
    public string NotADate(string text) => IsChinese
        ? $"--today：'{text}' 不是 yyyy-MM-dd 格式的日期"
        : $"--today: '{text}' is not a date in the form yyyy-MM-dd";

    /// <summary>Gets the line for a PATH that looks like an option.</summary>
    public string UnknownOption(string token) => IsChinese
        ? $"未知选项 '{token}'（以 '-' 开头的文件名请写作 ./{token}）"
        : $"unknown option '{token}' (a file whose name begins with '-' is given as ./{token})";

    /// <summary>Gets the line for <c>--size-limit</c> out of range.</summary>
    public string SizeLimitOutOfRange(int value) => IsChinese
        ? Invariant($"--size-limit：{value} 不在 1 到 2048 MiB 之间")
        : Invariant($"--size-limit: {value} is not a size from 1 to 2048 MiB");

    /// <summary>Gets the line for <c>--time-limit</c> out of range.</summary>
    public string TimeLimitOutOfRange(double value) => IsChinese
        ? Invariant($"--time-limit：{value} 不在大于 0 到 86400 秒之间")
        : Invariant($"--time-limit: {value} is not a time from more than 0 to 86400 seconds");

    /// <summary>Gets the line for a folder or list of paths with no report in it.</summary>
    public string NoReports(IEnumerable<string> extensions, IEnumerable<string> paths) => IsChinese
        ? "在 " + string.Join("、", paths) + " 中未找到报告（" + string.Join("、", extensions) + "）"
        : "no reports (" + string.Join(", ", extensions) + ") found in " + string.Join(", ", paths);

    /// <summary>Gets the line for an output folder that cannot be written.</summary>
    public string CannotWriteTables(string folder, string why) => IsChinese
        ? $"--output：无法把表格写入 '{folder}'：{why}"
        : $"--output: cannot write the tables into '{folder}': {why}";

    /// <summary>Gets the title of a batch's progress bar.</summary>
    public string CheckingReports => IsChinese ? "正在审查报告" : "Checking reports";

    /// <summary>Gets a batch's progress line: <c>checked 10/100</c>, or <c>checked 10000</c> while the total is not known.</summary>
    public string Checked(int done, int? total) => (IsChinese ? "已审查 " : "checked ")
        + done.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (total is { } all ? "/" + all.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>Gets the prefix of the tool's lines on standard error.</summary>
    public string Tool => IsChinese ? "rol：" : "rol: ";
}
