using System;
using System.Collections.Generic;
using System.Linq;

namespace RuleOfLaw.Domain.Text;

/// <summary>Decides where a numbered heading's title ends and its body begins.</summary>
/// <remarks>
/// <para>
/// A title ends at its first 。, or at the end of a short line. Reports also run a title straight into its body with no
/// stop (<c>推进政府法律顾问改革强化对全区…</c>); the boundary is then a judgement, flagged as uncertain. Headings in
/// these reports are usually a short phrase, a comma and a verb-object phrase (<c>四字短语,动宾短语</c>), and the
/// body opens a new clause with a verb. So, within the second phrase (after the first comma, before the next comma or
/// 。), the title is cut at the first place where the text so far ends with a noun that typically closes a heading
/// (职责, 改革, 服务, 保障, 建设, 机制, …化) and the text after it opens with a typical clause-opening verb or adverb
/// (召开, 强化, 围绕, 组建, 推进, 全年, a digit, …). Both lists hold general report vocabulary.
/// </para>
/// <para>
/// Limits: a title whose object ends in a word missing from the noun list, or a body that opens with a word missing
/// from the verb list, is not cut there; a heading with no comma is searched from its fifth character; when nothing
/// is found, a line longer than <see cref="LongestPlainHeading"/> is cut after its second comma phrase and flagged.
/// </para>
/// </remarks>
internal static class HeadingBoundary
{
    /// <summary>The longest line read as a whole heading without a stop.</summary>
    public const int LongestPlainHeading = 50;

    private const int ScanWindow = 200;
    private const int FirstPhraseMax = 16;
    private const int SecondPhraseMin = 2;
    private const int BodyMin = 4;

    private static readonly string[] HeadingEndNouns =
    [
        "职责", "职能", "改革", "服务", "保障", "建设", "环境", "机制", "体系", "体制", "制度", "能力", "水平", "质量", "效能", "效率",
        "工作", "管理", "治理", "格局", "队伍", "作用", "意识", "素养", "理念", "秩序", "基础", "底线", "防线", "平台", "高地", "屏障",
        "标准", "责任", "领导", "监管", "要求", "部署", "任务", "目标", "举措", "措施", "方式", "途径", "渠道", "权益", "成效", "实效",
        "活力", "动力", "合力", "氛围", "发展", "安全", "稳定", "权力", "权利", "执法", "监督", "决策", "审查", "公开", "宣传", "教育",
        "普法", "文化", "品牌", "网络", "体验", "效果", "规划", "清单", "流程", "程序",
        "规范化", "法治化", "现代化", "标准化", "信息化", "便利化", "常态化", "制度化", "程序化", "精细化", "数字化", "智能化",
        "专业化", "多元化", "一体化", "科学化", "民主化", "透明化", "长效化", "智慧化",
    ];

    private static readonly string[] ClauseOpeners =
    [
        "召开", "强化", "加强", "推进", "推动", "推行", "组建", "出台", "制定", "制发", "印发", "围绕", "成立", "建立", "健全", "完善",
        "深化", "实施", "开展", "组织", "坚持", "聚焦", "探索", "提升", "提高", "优化", "严格", "全面", "积极", "认真", "扎实", "持续",
        "不断", "切实", "着力", "大力", "深入", "按照", "根据", "依托", "通过", "结合", "针对", "紧扣", "紧紧", "紧抓", "抓好", "狠抓",
        "注重", "突出", "发挥", "编制", "修订", "清理", "举办", "举行", "邀请", "督促", "联合", "牵头", "研究", "审议", "听取", "传达",
        "贯彻", "率先", "首创", "全年", "今年", "年内", "截至", "目前", "累计", "先后", "共计", "一是", "首先", "今年以来", "年初",
        "我区", "我市", "我县", "我局", "我省", "区委", "市委", "县委", "区政府", "市政府", "县政府", "本年度", "制订", "搭建", "构建",
        "打造", "创设", "设立", "引入", "引进", "上线", "部署", "统筹", "协调", "指导", "梳理", "全力", "持之以恒",
    ];

    private static readonly Dictionary<char, string[]> OpenersByFirstChar = Index(ClauseOpeners, word => word[0]);

    private static readonly Dictionary<char, string[]> NounsByLastChar = Index(HeadingEndNouns, word => word[^1]);

    /// <summary>Finds the title of a heading whose text starts at <paramref name="start"/> on a line ending at <paramref name="lineEnd"/>.</summary>
    /// <returns>The end of the title, where the body begins, and whether the boundary is a judgement.</returns>
    public static (int TitleEnd, int BodyStart, bool Uncertain) Find(string text, int start, int lineEnd)
    {
        var scanEnd = Math.Min(lineEnd, start + ScanWindow);
        var stop = IndexOf(text, '。', start, scanEnd);
        if (stop < 0 && lineEnd - start <= LongestPlainHeading)
        {
            return (lineEnd, lineEnd, false);
        }

        var regionEnd = stop >= 0 ? stop : scanEnd;
        var firstComma = IndexOfComma(text, start, Math.Min(regionEnd, start + FirstPhraseMax));
        var searchFrom = firstComma >= 0 ? firstComma + 1 + SecondPhraseMin : start + 4;
        var secondComma = IndexOfComma(text, firstComma >= 0 ? firstComma + 1 : start, regionEnd);
        var searchEnd = (secondComma >= 0 ? secondComma : regionEnd) - BodyMin;
        for (var j = searchFrom; j <= searchEnd; j++)
        {
            if (OpensClause(text, j) && EndsWithHeadingNoun(text, j))
            {
                return (j, j, true);
            }
        }

        if (stop >= 0 && stop - start <= LongestPlainHeading)
        {
            return (stop, stop + 1, false);
        }

        var cut = secondComma >= 0 && secondComma - start <= LongestPlainHeading ? secondComma
            : firstComma >= 0 ? firstComma
            : Math.Min(regionEnd, start + 30);

        // A cut by count must not split a surrogate pair: half a character on each side would be two lone surrogates,
        // which JSON writes as U+FFFD, so the heading would not survive a round trip.
        if (cut > start && cut < text.Length && char.IsHighSurrogate(text[cut - 1]) && char.IsLowSurrogate(text[cut]))
        {
            cut++;
        }

        var body = cut < text.Length && TextChars.IsComma(text[cut]) ? cut + 1 : cut;
        return (cut, body, true);
    }

    private static bool OpensClause(string text, int index)
    {
        if (index >= text.Length)
        {
            return false;
        }

        if (TextChars.IsDigit(text[index]))
        {
            return true;
        }

        if (!OpenersByFirstChar.TryGetValue(text[index], out var words))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (TextChars.At(text, index, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithHeadingNoun(string text, int end)
    {
        if (end < 1 || end > text.Length || !NounsByLastChar.TryGetValue(text[end - 1], out var words))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (TextChars.EndsAt(text, end, word))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<char, string[]> Index(string[] words, Func<string, char> key) =>
        words.Distinct(StringComparer.Ordinal).GroupBy(key).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());

    private static int IndexOf(string text, char c, int start, int end)
    {
        var index = text.AsSpan(start, Math.Max(0, end - start)).IndexOf(c);
        return index < 0 ? -1 : start + index;
    }

    private static int IndexOfComma(string text, int start, int end)
    {
        var index = text.AsSpan(start, Math.Max(0, end - start)).IndexOfAny(',', '，');
        return index < 0 ? -1 : start + index;
    }
}
