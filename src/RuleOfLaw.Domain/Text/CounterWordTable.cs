using System;
using System.Collections.Generic;
using System.Linq;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>The unit and counter words (量词) that may follow a number, each with the kind of quantity it makes.</summary>
/// <remarks>
/// A configurable table: <see cref="Default"/> holds the words common in government reports; callers may build
/// their own. Lookups take the longest word that matches, so 个百分点 wins over 个 and 个月 over 个. A word is written in
/// simplified characters and matches in either script (個 for 个, 個百分點 for 个百分点, 萬元 after a figure reads as 万元);
/// the word found is the table's, so a quantity's unit is the same whichever script printed it.
/// </remarks>
internal sealed class CounterWordTable
{
    private readonly Dictionary<char, (string Word, QuantityKind Kind)[]> _byFirstChar;

    public CounterWordTable(IEnumerable<(string Word, QuantityKind Kind)> words)
    {
        Guard.NotNull(words, nameof(words));
        _byFirstChar = words
            .Where(w => !string.IsNullOrEmpty(w.Word))
            .GroupBy(w => w.Word[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Word.Length).ThenBy(w => w.Word, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Gets the table of words common in annual reports.</summary>
    public static CounterWordTable Default { get; } = new(DefaultWords());

    /// <summary>Finds the longest word of the table at <paramref name="index"/>.</summary>
    public bool TryMatch(string text, int index, out string word, out QuantityKind kind)
    {
        word = string.Empty;
        kind = QuantityKind.Count;
        if (index < 0 || index >= text.Length || !_byFirstChar.TryGetValue(TextChars.Simplified(text[index]), out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (TextChars.AtInEitherScript(text, index, candidate.Word))
            {
                (word, kind) = candidate;
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Word, QuantityKind Kind)> DefaultWords()
    {
        const string counters = "件 项 宗 次 场 个 名 人 份 家 户 所 条 批 期 篇 部 台 辆 起 处 位 支 套 本 册 张 类 种 间 座 栋 笔 例 轮 堂 节 门 幅 块 封 页 课 "
            + "人次 场次 户次 家次 批次 架次 车次 件次 部分";
        foreach (var word in counters.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return (word, QuantityKind.Count);
        }

        foreach (var word in new[] { "年", "个月", "天", "日", "个工作日", "工作日", "小时", "个小时", "分钟", "学时", "课时", "周年" })
        {
            yield return (word, QuantityKind.Duration);
        }

        yield return ("元", QuantityKind.Money);

        // 8.2万亿人民币 is money, not 8.2万亿 people (人); a sum in dollars keeps its own unit, so it never adds to yuan.
        yield return ("人民币", QuantityKind.Money);
        yield return ("美元", QuantityKind.Money);
        yield return ("个百分点", QuantityKind.PercentagePoints);
        yield return ("百分点", QuantityKind.PercentagePoints);
    }
}
