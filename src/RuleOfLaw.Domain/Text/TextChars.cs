using System;
using System.Buffers;

namespace RuleOfLaw.Domain.Text;

/// <summary>Character classes shared by the report-text scanners; ASCII and full-width forms are treated alike.</summary>
internal static class TextChars
{
    /// <summary>
    /// Replaces every lone surrogate (a high surrogate not followed by a low one, or a low one not preceded by a high
    /// one) with U+FFFD, one code unit for one, so offsets and lengths, and with them every span, stay as they were.
    /// </summary>
    /// <returns>The text (the same instance when it holds none), how many were replaced and the offset of the first (-1 for none).</returns>
    public static (string Text, int Count, int First) ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        var count = 0;
        var first = -1;
        // Jumps from surrogate to surrogate with one vectorised search; most texts hold none or a few pairs.
        for (var i = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                var skip = text.AsSpan(i).IndexOfAnyInRange('\uD800', '\uDFFF');
                if (skip < 0)
                {
                    break;
                }

                i += skip;
                c = text[i];
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
            count++;
            first = first < 0 ? i : first;
        }

        return copy is null ? (text, 0, -1) : (new string(copy), count, first);
    }

    /// <summary>The characters <see cref="IsBlank"/> accepts, for vectorised searches.</summary>
    public static readonly SearchValues<char> Blanks = SearchValues.Create(" \t\u3000\u00A0\uFEFF\u200B\f\v");

    /// <summary>The characters <see cref="IsLineBreak"/> accepts, for vectorised searches.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    public static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\uFEFF' or '\u200B' or '\f' or '\v';

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsFullWidthDigit(char c) => c is >= '０' and <= '９';

    public static bool IsDigit(char c) => IsAsciiDigit(c) || IsFullWidthDigit(c);

    public static int DigitValue(char c) => IsAsciiDigit(c) ? c - '0' : c - '０';

    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= 'ａ' and <= 'ｚ') or (>= 'Ａ' and <= 'Ｚ');

    /// <summary>Ends a sentence: 。！？ and their ASCII forms except the full stop, which also marks decimals and list numbers.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '；' or ';' || IsLineBreak(c);

    /// <summary>Ends a clause: a sentence end or a comma, enumeration comma or colon.</summary>
    public static bool IsClauseEnd(char c) => IsSentenceEnd(c) || c is ',' or '，' or '、' or ':' or '：';

    public static bool IsComma(char c) => c is ',' or '，';

    public static bool IsOpenParenthesis(char c) => c is '(' or '（';

    public static bool IsCloseParenthesis(char c) => c is ')' or '）';

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> at <paramref name="index"/>; false outside the text.</summary>
    public static bool At(string text, int index, string word) =>
        index >= 0 && index <= text.Length - word.Length && text.AsSpan(index, word.Length).SequenceEqual(word);

    /// <summary>
    /// Whether <paramref name="text"/> holds <paramref name="word"/> (written in simplified characters) at
    /// <paramref name="index"/>, each character in either script (個 for 个, 萬 for 万, 於 for 于); false outside the text.
    /// </summary>
    public static bool AtInEitherScript(string text, int index, string word)
    {
        if (index < 0 || index > text.Length - word.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (Simplified(text[index + k]) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The simplified form of a traditional character that counter words, units, scale words and qualifiers are written
    /// with (個 项 萬 億 場 點 餘 約 過 於 …); any other character unchanged.
    /// </summary>
    public static char Simplified(char c) => c switch
    {
        '個' => '个',
        '項' => '项',
        '萬' => '万',
        '億' => '亿',
        '場' => '场',
        '條' => '条',
        '張' => '张',
        '種' => '种',
        '間' => '间',
        '處' => '处',
        '筆' => '笔',
        '輪' => '轮',
        '節' => '节',
        '門' => '门',
        '塊' => '块',
        '頁' => '页',
        '課' => '课',
        '戶' => '户',
        '臺' => '台',
        '輛' => '辆',
        '冊' => '册',
        '類' => '类',
        '棟' => '栋',
        '點' => '点',
        '時' => '时',
        '來' => '来',
        '後' => '后',
        '鐘' => '钟',
        '學' => '学',
        '週' => '周',
        '幣' => '币',
        '餘' => '余',
        '約' => '约',
        '過' => '过',
        '於' => '于',
        '內' => '内',
        '將' => '将',
        '屆' => '届',
        '簽' => '签',
        '違' => '违',
        '預' => '预',
        '簡' => '简',
        '稱' => '称',
        '趕' => '赶',
        '踐' => '践',
        '毀' => '毁',
        '臨' => '临',
        '鄰' => '邻',
        '親' => '亲',
        '貼' => '贴',
        _ => c,
    };

    /// <summary>Whether the text just before <paramref name="end"/> is <paramref name="word"/>.</summary>
    public static bool EndsAt(string text, int end, string word) => At(text, end - word.Length, word);

    /// <summary>The start of the line holding <paramref name="index"/>, looking back at most <paramref name="limit"/> characters.</summary>
    public static int LineStart(string text, int index, int limit)
    {
        var stop = Math.Max(0, index - limit);
        var i = Math.Min(index, text.Length);
        while (i > stop && !IsLineBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The end of the line holding <paramref name="index"/> (the index of its line break or the text's end).</summary>
    public static int LineEnd(string text, int index)
    {
        var i = Math.Min(Math.Max(0, index), text.Length);
        var found = text.AsSpan(i).IndexOfAny(LineBreaks);
        return found < 0 ? text.Length : i + found;
    }
}
