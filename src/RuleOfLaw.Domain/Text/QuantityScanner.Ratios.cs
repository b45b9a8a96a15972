using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Text;

/// <summary>Ratios printed A:B, A∶B or A比B, in Arabic or (with 比) Chinese numerals.</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>How far back in its clause a word naming a ratio (比例, 之比 …) is looked for.</summary>
    private const int RatioWordWindow = 12;

    private static readonly string[] RatioWords = ["比例", "比值", "之比", "配比", "比为", "比达"];

    /// <summary>
    /// The ratio that starts with the number just read, when one is clearly printed: the number, a separator (<c>:</c>,
    /// <c>：</c>, <c>∶</c> or <c>比</c>) and a second Arabic number, neither with a scale word or 余. Not a ratio: a time of
    /// day (a whole number up to 24, then two digits up to 59: <c>10:30</c>), unless a word naming a ratio stands before it
    /// in its clause (<c>师生比例为1:10</c>); a chain of three terms or more (<c>1:2:3</c>, <c>12:30:45</c>); a pair in a list
    /// of pairs (<c>3:1、2:0</c>, a score list); a second term followed by %, a letter or a date word (<c>1比2022年</c>); a
    /// second term of 0 after a first that is not; 1:1 before a verb of making (<c>1:1还原</c>, life-size).
    /// </summary>
    /// <returns>The ratio and the index just past its second term, or null.</returns>
    private static (Ratio Ratio, int End)? RatioAt(string text, NumberToken first, int pos)
    {
        if (first.IsChinese)
        {
            return ChineseRatioAt(text, first, pos);
        }

        if (first.TrailingScale != ScaleWord.None || first.MoreThan || pos + 1 >= text.Length
            || !IsRatioSeparator(text[pos]) || !TextChars.IsDigit(text[pos + 1]))
        {
            return null;
        }

        var second = NumberToken.Read(text, pos + 1);
        if (!second.IsValid || second.IsChinese || second.TrailingScale != ScaleWord.None || second.MoreThan)
        {
            return null;
        }

        var end = second.End;
        if (second.Value == 0 && first.Value != 0)
        {
            return null;
        }

        if (end < text.Length && (text[end] is '%' or '％' or '年' or '月' or '日' || TextChars.IsAsciiLetter(text[end]) || (IsRatioSeparator(text[end]) && end + 1 < text.Length && TextChars.IsDigit(text[end + 1]))))
        {
            return null;
        }

        if (IsListedPair(text, first.Start, end))
        {
            return null;
        }

        if (first.Value == 1 && second.Value == 1 && LifeSizeVerbAt(text, end))
        {
            return null;
        }

        var timeShaped = first.Decimals == 0 && second.Decimals == 0 && second.End - second.Start == 2 && first.Value <= 24 && second.Value <= 59;
        if (timeShaped && !RatioWordBefore(text, first.Start))
        {
            return null;
        }

        return (Ratio.Of(first.Value, second.Value), end);
    }

    /// <summary>
    /// The ratio in Chinese numerals that starts with the number just read (<c>一点二比一</c>, <c>三比一</c>): the number, 比
    /// and a second Chinese number, neither with a scale word or 余, read by the numeral grammar. Chinese numerals stand in
    /// words and names far more often than digits do (开展“一比三看”, 逐一比对), so the ratio must be led: by a word naming a
    /// ratio in its clause (<c>之比为一点二比一</c>) or by a word that introduces a figure right before it (<c>按一比一配套</c>,
    /// <c>以三比一</c>, <c>达到一比十五</c>). Not a ratio: a chain of three terms (<c>一比二比三</c>), a second term of 0
    /// after a first that is not, and 一比一 before a verb of making (<c>一比一还原</c>, <c>一比一复刻</c>), which means
    /// "life-size", not a figure of the report.
    /// </summary>
    private static (Ratio Ratio, int End)? ChineseRatioAt(string text, NumberToken first, int pos)
    {
        if (first.TrailingScale != ScaleWord.None || first.MoreThan || pos + 1 >= text.Length || text[pos] != '比' || !NumberToken.CanStart(text[pos + 1]))
        {
            return null;
        }

        var second = NumberToken.Read(text, pos + 1);
        if (!second.IsValid || !second.IsChinese || second.TrailingScale != ScaleWord.None || second.MoreThan || (second.Value == 0 && first.Value != 0))
        {
            return null;
        }

        var end = second.End;
        if (end + 1 < text.Length && text[end] == '比' && NumberToken.CanStart(text[end + 1]))
        {
            return null;
        }

        if (first.Value == 1 && second.Value == 1 && LifeSizeVerbAt(text, end))
        {
            return null;
        }

        var leadIndex = first.Start - 1;
        var led = (leadIndex >= 0 && ChineseRatioLeads.Contains(text[leadIndex], System.StringComparison.Ordinal)) || RatioWordBefore(text, first.Start);
        return led ? (Ratio.Of(first.Value, second.Value), end) : null;
    }

    // Characters that introduce a figure right before a ratio in Chinese numerals: 按, 以, 为, 达, 到 (达到), 是, 约, 呈, 由, 从, 至, 照 (按照).
    private const string ChineseRatioLeads = "按以为达到是约呈由从至照";

    // Verbs after 一比一 that make it "life-size" (一比一还原历史场景), not a ratio stated as a figure.
    private static readonly string[] LifeSizeVerbs = ["还原", "复制", "复刻", "仿制", "仿真", "打造", "重建", "建造", "制作", "模拟", "再现", "呈现"];

    private static bool LifeSizeVerbAt(string text, int index)
    {
        foreach (var verb in LifeSizeVerbs)
        {
            if (TextChars.At(text, index, verb))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRatioSeparator(char c) => c is ':' or '：' or '∶' or '比';

    /// <summary>Whether the pair stands in a list of pairs: a separator of a list (、 , ，) between it and another pair of numbers.</summary>
    private static bool IsListedPair(string text, int start, int end)
    {
        if (end + 1 < text.Length && text[end] is '、' or ',' or '，' && TextChars.IsDigit(text[end + 1]))
        {
            var next = NumberToken.Read(text, end + 1);
            if (next.End < text.Length && IsRatioSeparator(text[next.End]))
            {
                return true;
            }
        }

        // Back over the previous pair: 、 then digits, a separator and digits.
        var p = start - 1;
        if (p < 1 || text[p] is not ('、' or ',' or '，') || !TextChars.IsDigit(text[p - 1]))
        {
            return false;
        }

        for (p--; p >= 0 && (TextChars.IsDigit(text[p]) || text[p] is '.'); p--)
        {
        }

        return p >= 1 && IsRatioSeparator(text[p]) && TextChars.IsDigit(text[p - 1]);
    }

    /// <summary>Whether a word naming a ratio (比例, 比值, 之比 …) stands before a position in its clause.</summary>
    private static bool RatioWordBefore(string text, int start)
    {
        var from = System.Math.Max(0, start - RatioWordWindow);
        for (var i = start - 1; i >= from; i--)
        {
            if (TextChars.IsClauseEnd(text[i]) && text[i] is not (':' or '：'))
            {
                return false;
            }

            foreach (var word in RatioWords)
            {
                if (TextChars.At(text, i, word))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
