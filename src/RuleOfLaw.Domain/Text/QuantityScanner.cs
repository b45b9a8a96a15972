using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Text;

/// <summary>Finds the quantities printed in report text: counts, money, durations, percentages, percentage points and ranks.</summary>
/// <remarks>
/// <para>
/// One left-to-right pass; every look-around is bounded by a constant window, so the scan is linear in the text and
/// never throws. A number becomes a quantity only when a unit or counter word, a percent sign or 百分之 makes it one.
/// </para>
/// <para>
/// Not quantities: years (a four-digit number from 1900 to 2100, or 二〇二〇 read digit by digit, before 年) and the
/// month and day of dates, ordinals (第二次; but 第一名 is a <see cref="QuantityKind.Rank"/>), numbers inside quotation
/// marks, book-title marks or document-number brackets (names of programmes and documents such as “一公里法治服务圈”,
/// 〔2020〕33号), numbers joined by <c>+</c> (1+N), numbers glued to Latin letters (5G), well-known programme names
/// (双随机、一公开, 三项制度, 一站式), 一 inside a word (统一, 唯一) and 一次性; any number inside a 《》 title, whatever
/// quotation marks the title holds.
/// </para>
/// <para>
/// A qualifier word that ends another word says nothing about the number after it: 签订合约3份 and 节约20万元 are exact.
/// A list number glued to the data after it at the start of a line or clause (<c>1.215个</c>, <c>2.2021年</c>,
/// <c>22021年</c>) is read as a marker and the data after it, when the run read as one number makes no sense: a count
/// with decimals and no scale word, or the digits of a year before 年.
/// </para>
/// </remarks>
internal sealed partial class QuantityScanner
{
    private const int DelimiterWindow = 40;

    /// <summary>How far a book title's marks are looked for on either side of a number: titles of documents run longer than quotations.</summary>
    private const int BookTitleWindow = 100;

    private static readonly string[] SetPhrases =
    [
        "双随机、一公开", "一公开", "一件事", "一网通办", "一网统管", "一网协同", "一站式", "一窗受理", "一窗通办", "一次办",
        "最多跑一次", "一次性", "三项制度", "两学一做", "四个意识", "四个自信", "两个维护", "两个确立", "四个全面", "五位一体",
        "一把手", "一张网", "一张图", "一盘棋", "一条龙", "一揽子", "一体化", "一案一档", "一事一议", "一企一策", "一人一档",
        "十三五", "十四五", "十五五", "七五普法", "八五普法", "一中心", "一张清单", "两法衔接", "三同步", "三个一",
    ];

    /// <summary>
    /// The qualifier words printed before a number, a longer word before any word it ends with (不超过 before 超过), each with the characters that, printed just before
    /// it, make it the end of another word: 合约, 节约, 签约 (a contract, saving, signing) and 最近, 附近 (recent, nearby)
    /// say nothing about the number after them.
    /// </summary>
    private static readonly (string Word, QuantityQualifier Qualifier, string NotAfter)[] Prefixes =
    [
        ("不少于", QuantityQualifier.AtLeast, ""),
        ("不低于", QuantityQualifier.AtLeast, ""),
        ("不超过", QuantityQualifier.AtMost, ""),
        ("不高于", QuantityQualifier.AtMost, ""),
        ("不多于", QuantityQualifier.AtMost, ""),
        ("至少", QuantityQualifier.AtLeast, ""),
        ("最多", QuantityQualifier.AtMost, ""),
        ("超过", QuantityQualifier.MoreThan, ""),
        ("高于", QuantityQualifier.MoreThan, ""),
        ("多于", QuantityQualifier.MoreThan, ""),
        ("超", QuantityQualifier.MoreThan, "赶"),
        ("逾", QuantityQualifier.MoreThan, ""),
        ("大约", QuantityQualifier.About, ""),
        ("约", QuantityQualifier.About, "合节制签公条违履预特邀集简契相誓租盟婚践毁解立守失赴爽缔隐"),
        ("将近", QuantityQualifier.About, ""),
        ("接近", QuantityQualifier.About, ""),
        ("近", QuantityQualifier.About, "最附临邻靠就亲贴"),
        ("不到", QuantityQualifier.LessThan, ""),
        ("不足", QuantityQualifier.LessThan, ""),
        ("少于", QuantityQualifier.LessThan, ""),
        ("低于", QuantityQualifier.LessThan, ""),
    ];

    /// <summary>The qualifier words printed after a number and its unit, each with what may not follow it: 以下简称 names, it does not bound.</summary>
    private static readonly (string Word, QuantityQualifier Qualifier, string NotBefore)[] Suffixes =
    [
        ("以上", QuantityQualifier.AtLeast, ""),
        ("以下", QuantityQualifier.AtMost, "简称"),
        ("以内", QuantityQualifier.AtMost, ""),
        ("左右", QuantityQualifier.About, ""),
    ];

    /// <summary>The last characters of the <see cref="Prefixes"/>, in either script (約 for 约, 於 for 于), so that a number with none of them before it is passed at once.</summary>
    private static readonly SearchValues<char> PrefixLastChars = SearchValues.Create(string.Concat(Prefixes.Select(p => p.Word[^1])) + "約於過");

    /// <summary>The first characters of the <see cref="Suffixes"/>.</summary>
    private static readonly SearchValues<char> SuffixFirstChars = SearchValues.Create(string.Concat(Suffixes.Select(p => p.Word[0])));

    /// <summary>The marks that decide whether a span is quoted: line breaks, and the quotation marks and brackets of <see cref="CloserOf"/>, open and closed.</summary>
    private static readonly SearchValues<char> DelimiterMarks = SearchValues.Create("\n\r\u2028\u2029\u0085“”‘’《》〈〉「」『』〔〕[]［］【】");

    /// <summary>The marks that decide whether a span is inside a book title: line breaks and the title marks.</summary>
    private static readonly SearchValues<char> BookTitleMarks = SearchValues.Create("\n\r\u2028\u2029\u0085《》");

    /// <summary>Every character a number can start with (<see cref="NumberToken.CanStart"/>): Arabic digits (ASCII and full-width) and Chinese numerals, common and 大写, 百 of 百分之 among them.</summary>
    private static readonly SearchValues<char> NumberStarts = SearchValues.Create("0123456789０１２３４５６７８９〇零○一二两三四五六七八九十百千万亿廿卅卌壹贰貳兩叁參叄肆伍陆陸柒捌玖拾佰仟萬億");

    /// <summary>Each set phrase under every character it holds, with the character's offset in it, so a lookup tries only the phrases that could hold it.</summary>
    private static readonly Dictionary<char, (string Phrase, int Offset)[]> SetPhrasesByChar = SetPhrases
        .SelectMany(phrase => phrase.Select((c, offset) => (Char: c, Phrase: phrase, Offset: offset)))
        .GroupBy(entry => entry.Char)
        .ToDictionary(group => group.Key, group => group.Select(entry => (entry.Phrase, entry.Offset)).ToArray());

    private readonly CounterWordTable _units;

    public QuantityScanner(CounterWordTable units)
    {
        Guard.NotNull(units, nameof(units));
        _units = units;
    }

    /// <summary>Gets a scanner over the default counter words.</summary>
    public static QuantityScanner Default { get; } = new(CounterWordTable.Default);

    /// <summary>Finds the quantities in a text, in order of position.</summary>
    public ImmutableArray<QuantityMatch> Scan(string? text) => ScanAll(text).Quantities;

    /// <summary>Finds the quantities and the Arabic numbers that could not be classified.</summary>
    public QuantityScan ScanAll(string? text)
    {
        var unclassified = ImmutableArray.CreateBuilder<SourceSpan>();
        var illFormed = ImmutableArray.CreateBuilder<SourceSpan>();
        if (string.IsNullOrEmpty(text))
        {
            return new QuantityScan([], unclassified.ToImmutable(), illFormed.ToImmutable());
        }

        // Report text holds a quantity every hundred characters or so; the list's storage is pooled, so a guess costs nothing.
        using var quantities = new PooledList<QuantityMatch>(text.Length / 64);

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            NumberToken token;
            var spanStart = i;
            var percentWord = false;
            if (c == '百' && TextChars.At(text, i, "百分之") && i + 3 < text.Length && NumberToken.CanStart(text[i + 3]))
            {
                token = NumberToken.Read(text, i + 3);
                percentWord = true;
            }
            else if (NumberToken.CanStart(c))
            {
                token = NumberToken.Read(text, i);
            }
            else
            {
                // Nothing else starts a number: skip to the next character that can, with one vectorised search.
                var skip = text.AsSpan(i + 1).IndexOfAny(NumberStarts);
                i = skip < 0 ? text.Length : i + 1 + skip;
                continue;
            }

            var afterListMarker = false;
            var match = Classify(text, token, spanStart, percentWord, afterListMarker);
            if (!percentWord && GluedListMarkerEnd(text, token, match) is { } markerEnd)
            {
                // 1.215个乡镇, 2.2021年: a list number glued to the data after it; the data starts after the marker.
                token = NumberToken.Read(text, markerEnd);
                spanStart = markerEnd;
                afterListMarker = true;
                match = Classify(text, token, spanStart, percentWord, afterListMarker);
            }

            var next = Math.Max(token.End, i + 1);
            if (match is not null)
            {
                quantities.Add(match);
                next = Math.Max(next, match.End);
            }
            else if (token.IsValid && !token.IsChinese && !percentWord && IsUnclassified(text, token))
            {
                unclassified.Add(new SourceSpan(token.Start, token.End - token.Start));
            }
            else if (IsIllFormedQuantity(text, token, spanStart, percentWord))
            {
                illFormed.Add(new SourceSpan(token.Start, token.End - token.Start));
            }

            i = next;
        }

        return new QuantityScan(quantities.ToImmutableAndClear(), unclassified.ToImmutable(), illFormed.ToImmutable());
    }

    private QuantityMatch? Classify(string text, NumberToken token, int spanStart, bool percentWord, bool afterListMarker)
    {
        // 千分之五: a lone 百 or 千 is no number, but the whole of a fraction.
        if (!token.IsValid && (percentWord || !TextChars.At(text, token.End, "分之")))
        {
            return null;
        }

        var value = token.Value;
        var scale = ScaleWord.None;
        var pos = token.End;
        var qualifier = QuantityQualifier.Exact;
        var moreThan = token.MoreThan;
        var spacedPrefix = false;

        if (token.TrailingScale != ScaleWord.None)
        {
            scale = token.TrailingScale;
            value = token.ValueBeforeScale;
        }

        string unit;
        QuantityKind kind;
        Ratio? ratio = null;
        Rate? fraction = null;
        var numberEnd = token.End;
        if (percentWord)
        {
            unit = "%";
            kind = QuantityKind.Percent;
        }
        else
        {
            // 100余个, 2.8万余人次: the qualifier after the number (before a scale it is inside the number: 四百余万).
            if (!moreThan && pos < text.Length && text[pos] is '余' or '餘' or '多' && pos + 1 < text.Length && !TextChars.IsDigit(text[pos + 1]))
            {
                moreThan = true;
                pos++;
            }

            // 受理 35 件, 纠错率 12.5 %, 投入 8.6 万元: text taken from PDF pages and tables puts a blank between a figure and its unit or scale word.
            var spaced = IsSpacedUnit(text, token, pos, out var spacedScale);
            if (spaced)
            {
                if (text[token.Start - 2] is '第' or '月' or '届' or '屆' or '上' or '下')
                {
                    // 第 3 名, 12 月 3 日, 十九届 4 次: a rank, a date or a session, not a count; read only when printed without the blank.
                    return null;
                }

                pos++;
                if (spacedScale != ScaleWord.None && !moreThan)
                {
                    scale = spacedScale;
                    pos++;
                }
            }

            if (pos < text.Length && text[pos] is '%' or '％' && !moreThan && scale == ScaleWord.None)
            {
                unit = "%";
                kind = QuantityKind.Percent;
                pos++;
            }
            else if (!moreThan && !spaced && FractionAt(text, token, spanStart, pos) is { } printedFraction)
            {
                // 三分之二, 1/4: a share held as its exact percentage, with the printed terms.
                unit = "%";
                kind = QuantityKind.Percent;
                fraction = printedFraction.Fraction;
                value = fraction.Value.ToExactPercent()!.Value;
                scale = ScaleWord.None;
                pos = numberEnd = printedFraction.End;
            }
            else if (!token.IsValid)
            {
                return null;
            }
            else if (!moreThan && RatioAt(text, token, pos) is { } printedRatio)
            {
                unit = ":";
                kind = QuantityKind.Ratio;
                ratio = printedRatio.Ratio;
                pos = printedRatio.End;
            }
            else if (!moreThan && !spaced && IsTenthsShare(text, token, pos))
            {
                // 七成, 九成以上, 近八成: a share in tenths, held as printed (7) with the scale word 成 (×10 %).
                unit = "%";
                kind = QuantityKind.Percent;
                scale = ScaleWord.TenPercent;
                pos++;
                if (IsPhraseEndingMore(text, pos))
                {
                    // 七成多的群众: more than seven tenths.
                    moreThan = true;
                    pos++;
                }
            }
            else if (!moreThan && !spaced && IsScore(text, token, spanStart, pos))
            {
                unit = "分";
                kind = QuantityKind.Score;
                pos++;
            }
            else if (_units.TryMatch(text, pos, out var word, out var wordKind))
            {
                unit = word;
                kind = wordKind;
                pos += word.Length;
                if (!moreThan && kind == QuantityKind.Duration && IsPhraseEndingMore(text, pos))
                {
                    moreThan = true;
                    pos++;
                }
            }
            else
            {
                return null;
            }

            if (spaced && spanStart >= 2 && text[spanStart - 1] == ' ' && PrefixAt(text, spanStart - 1, out _, out _))
            {
                // 约 30 人: the qualifier stands a blank before the figure, as the unit stands a blank after it.
                spacedPrefix = true;
            }
        }

        if (moreThan && kind is QuantityKind.Percent && scale != ScaleWord.TenPercent)
        {
            return null;
        }

        var before = spanStart > 0 ? text[spanStart - 1] : '\0';
        if (!IsPlausibleContext(text, token, spanStart, pos, afterListMarker))
        {
            return null;
        }

        if (before is '第')
        {
            if (unit is not ("名" or "位") || moreThan)
            {
                return null;
            }

            kind = QuantityKind.Rank;
            spanStart--;
        }
        else if (IsYear(text, token, unit))
        {
            return null;
        }
        else if (unit == "日" && spanStart > 0 && before is '月')
        {
            return null;
        }
        else if (unit == "次" && before is '届' or '屆')
        {
            // 十九届四次全会: the session of a congress, not a count.
            return null;
        }
        else if (unit == "批" && value == 1 && token.IsChinese && token.End - token.Start == 1)
        {
            // 一批示范单位: "a number of", not one batch (两批, 1批 and 第一批 are counted or ranked).
            return null;
        }
        else if (unit == "年" && value == 1 && before is '上' or '下')
        {
            // 上一年度, 下一年: the year before or after, not a duration.
            return null;
        }

        if (spacedPrefix && kind != QuantityKind.Rank && PrefixAt(text, spanStart - 1, out var spacedQualifier, out var spacedLength))
        {
            qualifier = spacedQualifier;
            spanStart -= spacedLength + 1;
        }
        else if (kind != QuantityKind.Rank && PrefixAt(text, spanStart, out var prefixQualifier, out var prefixLength))
        {
            qualifier = prefixQualifier;
            spanStart -= prefixLength;
        }
        else if (kind != QuantityKind.Rank && spanStart > 0 && text[spanStart - 1] is '为' or '达' && PrefixAt(text, spanStart - 1, out prefixQualifier, out _))
        {
            // 约为300人, 近达百分之九十: the qualifier stands before 为 or 达, so it bounds the number but is not printed with it.
            qualifier = prefixQualifier;
        }

        if (moreThan)
        {
            qualifier = qualifier switch
            {
                QuantityQualifier.About => QuantityQualifier.AboutMoreThan,
                QuantityQualifier.LessThan or QuantityQualifier.AtMost => qualifier,
                _ => QuantityQualifier.MoreThan,
            };
        }

        if (kind != QuantityKind.Rank && SuffixAt(text, pos, out var suffixQualifier, out var suffixLength))
        {
            // A qualifier before the number already says how it bounds; the word after it then only repeats it (约300人左右).
            qualifier = qualifier == QuantityQualifier.Exact ? suffixQualifier : qualifier;
            pos += suffixLength;
        }

        QuantityChange? change = null;
        if (RateChangeScanner.Before(text, spanStart, kind) is { } found)
        {
            change = found.Change;
            spanStart -= found.SignLength;
        }

        var role = RoleOf(text, spanStart, pos, kind);
        if ((scale == ScaleWord.TenPercent || fraction is not null) && role == QuantityRole.Level)
        {
            // A figure in tenths or a fraction is always a part of a whole (近八成群众, 三分之二的乡镇), whether or not 占 or 比例 names it.
            role = QuantityRole.Share;
        }

        return new QuantityMatch(spanStart, pos - spanStart, text.Substring(spanStart, pos - spanStart), value, fraction is null ? token.Decimals : 0, scale, unit, qualifier, kind,
            new SourceSpan(percentWord ? token.Start - 3 : token.Start, numberEnd - token.Start + (percentWord ? 3 : 0)), role, change, ratio, fraction);
    }

    /// <summary>
    /// Whether the 多 at <paramref name="pos"/>, right after a duration's unit or 成, says "more than" (两年多的整治, 三年多时间,
    /// 1年多来, 七成多的群众): it must end the phrase, so 一年多次 (many times a year) keeps its 多 for the word after it.
    /// </summary>
    private static bool IsPhraseEndingMore(string text, int pos)
    {
        if (pos >= text.Length || text[pos] != '多')
        {
            return false;
        }

        var next = pos + 1 < text.Length ? TextChars.Simplified(text[pos + 1]) : '\0';
        return next is '\0' or '的' or '来' or '时' or '后' or '以' or '前' || TextChars.IsClauseEnd(next) || TextChars.IsBlank(next);
    }

    /// <summary>
    /// Whether a Chinese numeral run that spells no one value stands where a quantity would (before a unit, a counter
    /// word or a percent sign, or after 百分之): then the reader says why it read none. Words that merely hold numeral
    /// characters (十三五, 一五一十) stand before no unit and pass silently.
    /// </summary>
    private bool IsIllFormedQuantity(string text, NumberToken token, int spanStart, bool percentWord)
    {
        var length = token.End - token.Start;
        if (token.IsValid || !token.IsChinese || length < 2 || length > NumeralGrammar.MaxLength)
        {
            return false;
        }

        var pos = token.End;
        if (!percentWord)
        {
            if (pos < text.Length && text[pos] is '余' or '餘' or '多')
            {
                pos++;
            }

            if (!(pos < text.Length && text[pos] is '%' or '％') && !_units.TryMatch(text, pos, out _, out _))
            {
                return false;
            }
        }

        return IsPlausibleContext(text, token, spanStart, pos, afterListMarker: false);
    }

    /// <summary>
    /// Whether one blank (U+0020) stands between an Arabic figure and a unit or percent sign after it, as in text taken
    /// from PDF pages (受理 35 件), or a scale word glued to its unit (<c>8.6 万元</c>, <c>3 亿元</c>, then
    /// <paramref name="scale"/> is that scale): the figure must stand apart on its other side too, so a run of table cells
    /// (<c>12 34 件</c>) or a word glued to the figure is not read this way, and a scale word needs its unit right after it.
    /// </summary>
    private bool IsSpacedUnit(string text, NumberToken token, int pos, out ScaleWord scale)
    {
        scale = ScaleWord.None;
        if (token.IsChinese || token.TrailingScale != ScaleWord.None || pos + 1 >= text.Length || text[pos] != ' ' || token.Start < 2 || text[token.Start - 1] != ' ' || TextChars.IsDigit(text[token.Start - 2]))
        {
            return false;
        }

        var next = text[pos + 1];
        if (next is '%' or '％')
        {
            return true;
        }

        var multiplier = NumeralGrammar.ScaleOf(next, NumeralFeatures.None);
        if (multiplier > 0)
        {
            // 8.6 万元: the scale word and its unit are one word; 3 万 件 or 3 万亿 is not read.
            if (!_units.TryMatch(text, pos + 2, out _, out var kind) || kind is QuantityKind.Percent or QuantityKind.PercentagePoints)
            {
                return false;
            }

            scale = multiplier == 10_000L ? ScaleWord.TenThousand : ScaleWord.HundredMillion;
            return true;
        }

        return !TextChars.IsDigit(next) && _units.TryMatch(text, pos + 1, out _, out _);
    }

    private static bool IsYear(string text, NumberToken token, string unit)
    {
        if (unit != "年")
        {
            return false;
        }

        if (token.IsChinese)
        {
            return token.IsDigitSequence && token.End - token.Start >= 4;
        }

        return token.IntegerDigits == 4 && token.Decimals == 0 && token.Value is >= 1900m and <= 2100m;
    }

    /// <summary>
    /// Where a list number glued to the number after it ends, when the run read as one number makes no sense as data:
    /// at the start of a line or clause, <c>1.215个</c> (a count with decimals and no scale word: item 1, then 215个),
    /// <c>2.2021年</c> and <c>22021年</c> (item 2, then the year 2021). Null when the run is one number.
    /// </summary>
    private static int? GluedListMarkerEnd(string text, NumberToken token, QuantityMatch? match)
    {
        if (!token.IsValid || token.IsChinese || !IsEnumerationPosition(text, token.Start))
        {
            return null;
        }

        var integerEnd = token.Start;
        while (integerEnd < token.End && TextChars.IsDigit(text[integerEnd]))
        {
            integerEnd++;
        }

        var integerDigits = integerEnd - token.Start;
        var isYearWord = integerEnd < text.Length && text[integerEnd] == '年';
        if (isYearWord && integerDigits is 5 or 6 && IsYearDigits(text, integerEnd - 4))
        {
            return integerEnd - 4;
        }

        var hasPoint = integerEnd + 1 < token.End && text[integerEnd] is '.' or '．' && TextChars.IsDigit(text[integerEnd + 1]);
        if (match is null || !hasPoint || integerDigits > 2)
        {
            return null;
        }

        var fractionDigits = match.Decimals;
        var isFractionalCount = match.Kind == QuantityKind.Count && match.Scale == ScaleWord.None;
        var isYearAfterMarker = match.Unit == "年" && match.Scale == ScaleWord.None && fractionDigits == 4 && IsYearDigits(text, integerEnd + 1);
        return isFractionalCount || isYearAfterMarker ? integerEnd + 1 : null;
    }

    /// <summary>Whether four digits from 1900 to 2100 start at the index.</summary>
    private static bool IsYearDigits(string text, int index)
    {
        if (index < 0 || index + 4 > text.Length)
        {
            return false;
        }

        var year = 0;
        for (var k = index; k < index + 4; k++)
        {
            if (!TextChars.IsDigit(text[k]))
            {
                return false;
            }

            year = (year * 10) + TextChars.DigitValue(text[k]);
        }

        return year is >= 1900 and <= 2100;
    }

    /// <summary>Whether a list number could stand at the index: at the start of a line, or after a colon or a sentence's end.</summary>
    private static bool IsEnumerationPosition(string text, int index)
    {
        var stop = Math.Max(0, index - DelimiterWindow);
        for (var k = index - 1; k >= stop; k--)
        {
            var c = text[k];
            if (TextChars.IsBlank(c))
            {
                continue;
            }

            return TextChars.IsSentenceEnd(c) || c is ':' or '：';
        }

        return stop == 0;
    }

    private static bool IsPlausibleContext(string text, NumberToken token, int spanStart, int end, bool afterListMarker)
    {
        var before = spanStart > 0 ? text[spanStart - 1] : '\0';
        var after = token.End < text.Length ? text[token.End] : '\0';
        if (before is '+' or '＋' || after is '+' or '＋' || TextChars.IsAsciiLetter(before) || TextChars.IsAsciiLetter(after))
        {
            return false;
        }

        if (!afterListMarker && before is '.' or '．' or '-' or '/' or ':' or '：' && spanStart >= 2 && TextChars.IsDigit(text[spanStart - 2]))
        {
            return false;
        }

        if (end < text.Length && text[end] == '性')
        {
            return false;
        }

        if (token.IsChinese)
        {
            if (token.End - token.Start == 1 && text[token.Start] == '一' && before is '统' or '唯' or '同' or '逐' or '单' or '划' or '整' or '归' or '之' or '专' or '如' or '进' or '合' or '万')
            {
                return false;
            }

            if (IsInSetPhrase(text, token.Start))
            {
                return false;
            }
        }

        return !IsInsideDelimiters(text, spanStart, end) && !IsInsideBookTitle(text, spanStart, end);
    }

    private static bool IsInSetPhrase(string text, int index)
    {
        if (!SetPhrasesByChar.TryGetValue(text[index], out var candidates))
        {
            return false;
        }

        foreach (var (phrase, offset) in candidates)
        {
            if (TextChars.At(text, index - offset, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the span sits inside quotation marks, book-title marks or brackets closed on the same line nearby.</summary>
    internal static bool IsInsideDelimiters(string text, int start, int end)
    {
        // One vectorised search each way for the nearest mark that decides (a line break, a closer, an opener).
        var stop = Math.Max(0, start - DelimiterWindow);
        var at = text.AsSpan(stop, start - stop).LastIndexOfAny(DelimiterMarks);
        if (at < 0)
        {
            return false;
        }

        var opener = text[stop + at];
        var closer = CloserOf(opener);
        if (closer == '\0')
        {
            return false;
        }

        var after = text.AsSpan(end, Math.Min(text.Length, end + DelimiterWindow) - end);
        var next = after.IndexOfAny(DelimiterMarks);
        while (next >= 0)
        {
            var c = after[next];
            if (c == closer)
            {
                return true;
            }

            if (TextChars.IsLineBreak(c) || CloserOf(c) == closer)
            {
                return false;
            }

            after = after[(next + 1)..];
            next = after.IndexOfAny(DelimiterMarks);
        }

        return false;
    }

    /// <summary>
    /// Whether the span sits inside book-title marks 《》 closed on the same line, whatever quotation marks, brackets or
    /// inner title marks 〈〉 the title holds (《关于“一网通办”的12条措施》): a count in a document's title is not a count of the report.
    /// </summary>
    internal static bool IsInsideBookTitle(string text, int start, int end)
    {
        var stop = Math.Max(0, start - BookTitleWindow);
        var at = text.AsSpan(stop, start - stop).LastIndexOfAny(BookTitleMarks);
        if (at < 0 || text[stop + at] != '《')
        {
            return false;
        }

        var next = text.AsSpan(end, Math.Min(text.Length, end + BookTitleWindow) - end).IndexOfAny(BookTitleMarks);
        return next >= 0 && text[end + next] == '》';
    }

    private static char CloserOf(char c) => c switch
    {
        '“' => '”',
        '‘' => '’',
        '《' => '》',
        '〈' => '〉',
        '「' => '」',
        '『' => '』',
        '〔' => '〕',
        '[' => ']',
        '［' => '］',
        '【' => '】',
        _ => '\0',
    };

    /// <summary>The qualifier word that ends at <paramref name="end"/>, unless the character before it makes it part of another word.</summary>
    private static bool PrefixAt(string text, int end, out QuantityQualifier qualifier, out int length)
    {
        // Most numbers follow no qualifier: one look at the character before rules out every word at once.
        if (end <= 0 || end > text.Length || !PrefixLastChars.Contains(text[end - 1]))
        {
            (qualifier, length) = (QuantityQualifier.Exact, 0);
            return false;
        }

        return QualifierAt(Prefixes, text, end, before: true, out qualifier, out length);
    }

    /// <summary>The qualifier word that starts at <paramref name="start"/>, unless the word after it makes it part of another phrase.</summary>
    private static bool SuffixAt(string text, int start, out QuantityQualifier qualifier, out int length)
    {
        if (start < 0 || start >= text.Length || !SuffixFirstChars.Contains(text[start]))
        {
            (qualifier, length) = (QuantityQualifier.Exact, 0);
            return false;
        }

        return QualifierAt(Suffixes, text, start, before: false, out qualifier, out length);
    }

    private static bool QualifierAt((string Word, QuantityQualifier Qualifier, string Excluded)[] words, string text, int index, bool before, out QuantityQualifier qualifier, out int length)
    {
        foreach (var (word, wordQualifier, excluded) in words)
        {
            // Traditional texts print the same words (約, 超過, 少於, 以內): each is matched in either script.
            var wordStart = before ? index - word.Length : index;
            if (!TextChars.AtInEitherScript(text, wordStart, word))
            {
                continue;
            }

            var isInAnotherWord = excluded.Length > 0 && (before
                ? wordStart > 0 && excluded.Contains(TextChars.Simplified(text[wordStart - 1]), StringComparison.Ordinal)
                : TextChars.AtInEitherScript(text, wordStart + word.Length, excluded));
            if (!isInAnotherWord)
            {
                qualifier = wordQualifier;
                length = word.Length;
                return true;
            }
        }

        qualifier = QuantityQualifier.Exact;
        length = 0;
        return false;
    }

    private static bool IsUnclassified(string text, NumberToken token)
    {
        var before = token.Start > 0 ? text[token.Start - 1] : '\0';
        var after = token.End < text.Length ? text[token.End] : '\0';
        if (token.IntegerDigits == 4 && token.Decimals == 0 && token.Value is >= 1900m and <= 2100m)
        {
            return false;
        }

        if (after is '月' or '日' or '号' or '-' or '/' or ':' or '：' or '.' or '．' or '〕' or ']' or '、' or '）' or ')' || before is '-' or '/' or ':' or '：' or '〔' or '〕' or '[' or ']' or '第' or '+' or '＋' or '.' or '．')
        {
            return false;
        }

        if (TextChars.IsAsciiLetter(before) || TextChars.IsAsciiLetter(after) || after is '+' or '＋')
        {
            return false;
        }

        // A list number at a line start (1. 2、) is outline, not data.
        var lineStart = TextChars.LineStart(text, token.Start, 8);
        for (var i = lineStart; i < token.Start; i++)
        {
            if (!TextChars.IsBlank(text[i]) && !TextChars.IsOpenParenthesis(text[i]))
            {
                return !IsInsideDelimiters(text, token.Start, token.End);
            }
        }

        return false;
    }
}
