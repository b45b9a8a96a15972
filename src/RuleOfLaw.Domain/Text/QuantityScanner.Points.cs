using System.Buffers;

namespace RuleOfLaw.Domain.Text;

/// <summary>Shares in tenths (七成) and assessment scores (得分95.6分): two words that are a unit only in their own phrases.</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>How far back in its clause a word naming a score (得分, 评分 …) is looked for.</summary>
    private const int ScoreWindow = 16;

    /// <summary>
    /// The characters that, printed right after 成, make it part of a word rather than "tenths" (simplified and traditional):
    /// 成立, 成为, 成果, 成效, 成绩, 成功, 成本, 成员, 成熟, 成交, 成倍; 一成不变, 八成新 (三五成群 is two digits, no share).
    /// </summary>
    private static readonly SearchValues<char> NotAfterTenths = SearchValues.Create(
        "立为爲果效绩績功本员員熟就长長交型品年倍新都不分份色套批片器才全语語像形文败敗真活家亲親规規风風婚材因药藥衣对對双雙串堆行列团團组組网網链鏈体體宫宮了");

    /// <summary>The words before a number, in its clause, that make its 分 a score: 考核得分95.6分, 综合评分98分, 满意度测评90分.</summary>
    private static readonly string[] ScoreWords =
    [
        "得分", "评分", "評分", "分数", "分數", "打分", "满分", "滿分", "总分", "總分", "均分", "分值", "积分", "積分", "成绩", "成績",
        "考核", "测评", "測評", "考评", "考評", "评估", "評估", "评价", "評價", "满意度", "滿意度",
    ];

    /// <summary>
    /// Whether the 成 at <paramref name="pos"/> makes the number before it a share in tenths (七成, 九成以上, 近八成, 8成): the
    /// number is one digit from 1 to 9 (六七成, a range, and 十成 are not read), and 成 does not start a word with the
    /// character after it (<see cref="NotAfterTenths"/>) nor run on into another digit (七成五).
    /// </summary>
    private static bool IsTenthsShare(string text, NumberToken token, int pos)
    {
        if (pos >= text.Length || text[pos] != '成' || token.End - token.Start != 1 || token.TrailingScale != Measures.ScaleWord.None || token.Value is < 1m or > 9m)
        {
            return false;
        }

        var next = pos + 1 < text.Length ? text[pos + 1] : '\0';
        return !NotAfterTenths.Contains(next) && !NumberToken.CanStart(next);
    }

    /// <summary>
    /// Whether the 分 at <paramref name="pos"/> is the points of a score (考核得分95.6分, 得分98分): a word naming a score
    /// stands before the number in its clause (<see cref="ScoreWords"/>), and 分 ends the phrase (a mark, a blank, 以上,
    /// 的, 位列 …), so 30分钟, 三分之二, 二分局, 十分重要, 分别 and 部分 are no scores.
    /// </summary>
    private static bool IsScore(string text, NumberToken token, int spanStart, int pos)
    {
        if (pos >= text.Length || text[pos] != '分')
        {
            return false;
        }

        var next = pos + 1 < text.Length ? text[pos + 1] : '\0';
        if (IsIdeograph(next) && "的以左和及与與或位排居列为爲较較比同高低超在名".IndexOf(next) < 0)
        {
            return false;
        }

        var stop = System.Math.Max(0, spanStart - ScoreWindow);
        for (var i = spanStart - 1; i >= stop; i--)
        {
            if (TextChars.IsClauseEnd(text[i]) && text[i] is not (':' or '：'))
            {
                return false;
            }

            foreach (var word in ScoreWords)
            {
                if (TextChars.EndsAt(text, i + 1, word) && i + 1 <= token.Start)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
