using System;
using System.Collections.Frozen;
using System.Text;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Words for the values of Chinese messages: a message's values are stored as the English message has them
/// (dates, counts and names as they are; a few words, such as a part or a counting rule, in English), and turned into
/// Chinese here by the value's name.</summary>
/// <remarks>
/// Values are data on the wire (<c>values</c> of a finding), so they keep one form; only the words the rules themselves
/// write are translated, and anything else (a name, a quotation, a date, a code) passes through unchanged.
/// </remarks>
internal static class ChineseValues
{
    private static readonly FrozenDictionary<string, string> Words = new (string English, string Chinese)[]
    {
        ("none", "无"),
        ("numerator", "分子"),
        ("denominator", "分母"),
        ("two months", "两个月"),
        ("15 days (urgent)", "15日（紧急）"),
        ("the first day not counted, 民法典 art. 201", "首日不计入，《民法典》第二百零一条"),
        ("both ends counted", "首尾两日均计入"),
        ("Publication", "公开发布"),
        ("title", "标题"),
        ("year", "报告年度"),
        ("subject", "报告主体"),
        ("the signature", "落款"),
        ("the title's prefix", "标题的前缀"),
        ("the opening sentence", "开头一句"),
        ("the first heading", "第一个标题"),
        ("the title given", "给定的标题"),
        ("the page's update time (更新时间)", "页面的更新时间"),
        ("equal to", "等于"),
        ("at most", "不超过"),
        (DocumentKindClassifier.Stated, "文本自述"),
        (DocumentKindClassifier.Inferred, "依内容推断"),
        (DocumentKindClassifier.Assumed, "默认"),
        (DocumentKindClassifier.NoEvidence, "标题、开头和结构均未表明文件类型"),
    }.ToFrozenDictionary(static w => w.English, static w => w.Chinese, StringComparer.Ordinal);

    /// <summary>Gets the Chinese form of a value.</summary>
    /// <param name="name">The value's name in the template, such as <c>part</c>.</param>
    /// <param name="text">The value as stored.</param>
    /// <returns>The Chinese words, or the text unchanged when it holds no word the rules write.</returns>
    public static string Of(string name, string text) => name switch
    {
        "part" when text.Length > 0 && char.IsAsciiDigit(text[0]) && text.Length > 1 => PartWithName(text[0] - '0'),
        "parts" => Parts(text),
        "partName" when PartNamed(text) is { } part => PartName(part),
        "level" when text.Length > 0 && !char.IsAsciiDigit(text[0]) && Enum.TryParse<AdministrativeLevel>(text, out var level) && Enum.IsDefined(level) => LevelName(level),
        "indicator" => DisplayNames.OfValueText(text, MessageLanguage.Chinese),
        "element" when text.StartsWith("Submission to ", StringComparison.Ordinal) => "向" + text["Submission to ".Length..] + "报送",
        "kind" when KindNamed(text) is { } kind => DisplayNames.Of(kind, MessageLanguage.Chinese),
        "missing" => Missing(text),
        "evidence" => Evidence(text),
        "field" => Field(text),
        "source" => Source(text),
        "change" or "computed" => text.Replace(" percentage points", "个百分点", StringComparison.Ordinal).Replace(" to ", "至", StringComparison.Ordinal),
        _ => Words.TryGetValue(text, out var word) ? word : text,
    };

    /// <summary>The document kind an English kind name (<see cref="DisplayNames"/>) names, or null.</summary>
    private static DocumentKind? KindNamed(string text)
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            if (text == DisplayNames.Of(kind, MessageLanguage.English))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The part an English part name (<see cref="DisplayNames"/>) or enum member's name names, or null.</summary>
    private static ReportPart? PartNamed(string text)
    {
        foreach (var part in Enum.GetValues<ReportPart>())
        {
            if (text == DisplayNames.Of(part, MessageLanguage.English) || text == part.ToString())
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>Gets the Chinese name of a part, as the national guideline words it.</summary>
    public static string PartName(ReportPart part) => DisplayNames.Of(part, MessageLanguage.Chinese);

    /// <summary>Gets the Chinese name of an administrative level.</summary>
    public static string LevelName(AdministrativeLevel level) => DisplayNames.Of(level, MessageLanguage.Chinese);

    /// <summary>Gets a one-digit number in Chinese (一 to 九), as parts are numbered.</summary>
    public static string Digit(int number) => number is >= 1 and <= 9 ? "一二三四五六七八九"[number - 1].ToString() : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string PartWithName(int number) =>
        number is >= 1 and <= 5 ? "第" + Digit(number) + "部分“" + PartName((ReportPart)number) + "”" : "第" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "部分";

    /// <summary>"1 and 2", "1, 2 and 3" → 第一、二部分.</summary>
    private static string Parts(string text)
    {
        var builder = new StringBuilder("第");
        foreach (var piece in text.Replace(" and ", ",", StringComparison.Ordinal).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 1)
            {
                builder.Append('、');
            }

            builder.Append(piece.Length == 1 && char.IsAsciiDigit(piece[0]) ? Digit(piece[0] - '0') : piece);
        }

        return builder.Append("部分").ToString();
    }

    /// <summary>The document kind's evidence (<see cref="DocumentKindClassifier"/>): a quotation, a count of lines or mentions, or the parts of the outline.</summary>
    private static string Evidence(string text)
    {
        foreach (var (english, chinese) in EvidenceHeads)
        {
            if (text.StartsWith(english, StringComparison.Ordinal))
            {
                return chinese + Quoted(text[english.Length..]);
            }
        }

        const string Rows = " lines are rows of figures";
        if (text.EndsWith(Rows, StringComparison.Ordinal) && text.Split(' ') is [var rows, "of", var lines, ..])
        {
            return lines + "行中有" + rows + "行为数字表格行";
        }

        const string Parts = "the outline has parts ";
        if (text.StartsWith(Parts, StringComparison.Ordinal))
        {
            return "提纲含" + Of("parts", text[Parts.Length..]);
        }

        const string Topic = "the text names the rule-of-law topic ";
        if (text.StartsWith(Topic, StringComparison.Ordinal) && text.EndsWith(" times", StringComparison.Ordinal))
        {
            return "文本提及法治建设类用语" + text[Topic.Length..^" times".Length] + "次";
        }

        // the text names "行政复议" 12 times and the rule-of-law topic 2 times
        const string Names = "the text names \"";
        var close = text.IndexOf("\" ", Names.Length, StringComparison.Ordinal);
        if (text.StartsWith(Names, StringComparison.Ordinal) && close > 0 && text[(close + 2)..].Split(' ') is [var count, "times", "and", "the", "rule-of-law", "topic", var annual, "times"])
        {
            return "文本提及“" + text[Names.Length..close] + "”" + count + "次，法治建设类用语" + annual + "次";
        }

        return Words.TryGetValue(text, out var word) ? word : text;
    }

    private static readonly (string English, string Chinese)[] EvidenceHeads =
    [
        ("the title names ", "标题写明"),
        ("the opening names ", "开头写明"),
        ("a heading names ", "章节标题写明"),
    ];

    private static string Quoted(string text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? "“" + text[1..^1] + "”" : text;

    /// <summary>The title rule's "法治政府建设 or the year 2020", and the reader's "title and year".</summary>
    private static string Missing(string text)
    {
        var pieces = text.Split([" and ", " or "], StringSplitOptions.None);
        var joiner = text.Contains(" or ", StringComparison.Ordinal) ? "或" : "、";
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            pieces[i] = piece.StartsWith("the year ", StringComparison.Ordinal) ? "报告年度" + piece["the year ".Length..]
                : Words.TryGetValue(piece, out var word) ? word
                : piece;
        }

        return string.Join(joiner, pieces);
    }

    /// <summary>The inferred field: <c>title "…"</c>, <c>report year 2020</c>, <c>publication time …</c>, <c>reporting subject "…"</c>.</summary>
    private static string Field(string text)
    {
        foreach (var (english, chinese) in FieldNames)
        {
            if (text.StartsWith(english, StringComparison.Ordinal))
            {
                var value = text[english.Length..].Trim();
                return value.Length >= 2 && value[0] == '"' && value[^1] == '"'
                    ? chinese + "“" + value[1..^1] + "”"
                    : chinese + value;
            }
        }

        return text;
    }

    private static readonly (string English, string Chinese)[] FieldNames =
    [
        ("title", "标题"),
        ("report year", "报告年度"),
        ("publication time", "发布时间"),
        ("reporting subject", "报告主体"),
    ];

    /// <summary>Where an inferred field was taken from: <c>from the signature</c>, <c>as the year before publication</c>.</summary>
    private static string Source(string text)
    {
        if (text == "as the year before publication")
        {
            return "，按发布时间的上一年推断";
        }

        if (!text.StartsWith("from ", StringComparison.Ordinal))
        {
            return "，" + text;
        }

        var from = text["from ".Length..];
        const string Government = " and the government's name the text prints";
        var suffix = string.Empty;
        if (from.EndsWith(Government, StringComparison.Ordinal))
        {
            from = from[..^Government.Length];
            suffix = "及文本所印的政府名称";
        }

        const string SelfPrefix = "the document title that names \"";
        const string SelfSuffix = "\" in full";
        var place = from.StartsWith(SelfPrefix, StringComparison.Ordinal) && from.EndsWith(SelfSuffix, StringComparison.Ordinal)
            ? "写明“" + from[SelfPrefix.Length..^SelfSuffix.Length] + "”全称的文件标题"
            : Words.TryGetValue(from, out var word) ? word
            : from;
        return "，取自" + place + suffix;
    }
}
