namespace RuleOfLaw.Domain.Internal;

/// <summary>Classifies the outline markers of report headings into their families and outline levels.</summary>
/// <remarks>
/// Families, outermost first: <c>一、</c> = 1; <c>（一）</c>/<c>(一)</c> = 2; <c>1.</c>/<c>1．</c>/<c>1、</c> = 3;
/// <c>（1）</c>/<c>(1)</c> = 4; <c>①</c> = 5. Full-width and ASCII forms (brackets, stops, digits) are both accepted,
/// and the brackets may be mixed, as published pages mix them.
/// </remarks>
internal static class OutlineMarkers
{
    public const int MinLevel = 1;
    public const int MaxLevel = 5;

    public static int? LevelOf(string? marker)
    {
        if (string.IsNullOrEmpty(marker))
        {
            return null;
        }

        if (marker.Length == 1 && marker[0] is >= '\u2460' and <= '\u2473')
        {
            return 5;
        }

        var last = marker[^1];
        var body = marker[..^1];
        if (marker.Length >= 3 && marker[0] is '(' or '（' && last is ')' or '）')
        {
            var inner = marker.Substring(1, marker.Length - 2);
            if (AllChineseNumerals(inner))
            {
                return 2;
            }

            if (AllDigits(inner))
            {
                return 4;
            }

            return null;
        }

        if (marker.Length >= 2 && last == '、' && AllChineseNumerals(body))
        {
            return 1;
        }

        if (marker.Length >= 2 && last is '.' or '．' or '、' && AllDigits(body))
        {
            return 3;
        }

        return null;
    }

    private static bool AllChineseNumerals(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if ("〇零一二三四五六七八九十百两".IndexOf(c, System.StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or (>= '０' and <= '９')))
            {
                return false;
            }
        }

        return true;
    }
}
