using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>The role of a quantity, read from the words of its clause.</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>How far back in its clause the word naming a share or a rate is looked for.</summary>
    private const int RoleWindow = 30;

    /// <summary>How far after a quantity 目标 may stand for it to be the target (294天的市级考核目标).</summary>
    private const int TargetWindow = 8;

    /// <summary>
    /// What a quantity says about its subject. A percentage is a share when the word nearest before it in its clause is
    /// 占比, 比例, 比重 or 占, and a rate when that word is a …率 (纠错率12.83%, 覆盖率超65%, 参考率和合格率均达100%); any
    /// quantity is a target when 目标 follows it closely in its clause. Otherwise it is a level.
    /// </summary>
    private static QuantityRole RoleOf(string text, int start, int end, QuantityKind kind)
    {
        if (IsTarget(text, end))
        {
            return QuantityRole.Target;
        }

        if (kind is not (QuantityKind.Percent or QuantityKind.PercentagePoints))
        {
            return QuantityRole.Level;
        }

        var stop = System.Math.Max(0, start - RoleWindow);
        for (var i = start - 1; i >= stop; i--)
        {
            var c = text[i];
            if (TextChars.IsClauseEnd(c) && c is not ('、' or ':' or '：'))
            {
                break;
            }

            if (c == '率')
            {
                return QuantityRole.Rate;
            }

            if (c == '占' || (c is '例' or '重' && i > 0 && text[i - 1] == '比'))
            {
                return QuantityRole.Share;
            }
        }

        return QuantityRole.Level;
    }

    private static bool IsTarget(string text, int end)
    {
        var limit = System.Math.Min(text.Length - 1, end + TargetWindow);
        for (var i = end; i < limit; i++)
        {
            if (TextChars.IsClauseEnd(text[i]) || TextChars.IsDigit(text[i]))
            {
                return false;
            }

            if (text[i] == '目' && text[i + 1] == '标')
            {
                return true;
            }
        }

        return false;
    }
}
