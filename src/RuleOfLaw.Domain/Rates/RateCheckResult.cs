using System;
using System.Collections.Generic;
using System.Globalization;

namespace RuleOfLaw.Domain.Rates;

/// <summary>The one answer to "is this printed rate right?": outcome, the agreeing rounding rules, the implied counts and an explanation.</summary>
/// <remarks>Get one from <see cref="RateCheck.Check(long?, long?, PublishedFigure, RoundingModes)"/>. Immutable.</remarks>
public sealed class RateCheckResult
{
    internal RateCheckResult(
        ConsistencyOutcome outcome,
        long? numerator,
        long? denominator,
        PublishedFigure published,
        RoundingModes accepted,
        RoundingModes agreeing,
        RoundingModes agreeingNotAccepted,
        CountRange? impliedNumerators,
        CountRange? impliedDenominators,
        bool isAllOrNoneMismatch)
    {
        Outcome = outcome;
        Numerator = numerator;
        Denominator = denominator;
        Published = published;
        AcceptedModes = accepted;
        AgreeingModes = agreeing;
        AgreeingModesNotAccepted = agreeingNotAccepted;
        ImpliedNumerators = impliedNumerators;
        ImpliedDenominators = impliedDenominators;
        IsAllOrNoneMismatch = isAllOrNoneMismatch;
    }

    /// <summary>Gets the outcome: consistent, inconsistent, or not assessable (0 of 0, or a count missing and the figure possible).</summary>
    public ConsistencyOutcome Outcome { get; }

    /// <summary>Gets the numerator checked, when stated.</summary>
    public long? Numerator { get; }

    /// <summary>Gets the denominator checked, when stated.</summary>
    public long? Denominator { get; }

    /// <summary>Gets the printed figure checked.</summary>
    public PublishedFigure Published { get; }

    /// <summary>Gets the rounding rules the rule set accepts.</summary>
    public RoundingModes AcceptedModes { get; }

    /// <summary>Gets the accepted rules under which the counts give the figure (with one count: under which some other count does).</summary>
    public RoundingModes AgreeingModes { get; }

    /// <summary>Gets the rules, not accepted by the rule set, under which the counts would give the figure (for example truncation nationally).</summary>
    public RoundingModes AgreeingModesNotAccepted { get; }

    /// <summary>Gets the numerators the figure allows over the stated denominator, when only the denominator is stated.</summary>
    public CountRange? ImpliedNumerators { get; }

    /// <summary>Gets the denominators the figure allows for the stated numerator, when only the numerator is stated.</summary>
    public CountRange? ImpliedDenominators { get; }

    /// <summary>Gets a value indicating whether a printed <c>100</c> stands for counts that are not all, or a printed <c>0</c> for counts that are not none.</summary>
    /// <remarks>
    /// Such a figure may lie in its rounding interval (995 of 999 is 99.6 %, printed <c>100</c> at no decimals), but
    /// publishers print 100 % only when every case qualifies: it is a finding of its own (a warning), not an inconsistency.
    /// </remarks>
    public bool IsAllOrNoneMismatch { get; }

    /// <summary>Gets a value indicating whether the outcome is <see cref="ConsistencyOutcome.Consistent"/>.</summary>
    public bool IsConsistent => Outcome == ConsistencyOutcome.Consistent;

    /// <summary>Gets the rate of the two counts, when both are stated.</summary>
    public Rate? Rate => Numerator is { } n && Denominator is { } d ? Rates.Rate.Of(n, d) : null;

    /// <summary>Describes a set of rounding rules in words, for example <c>half away from zero or half to even</c>.</summary>
    /// <param name="modes">The rules.</param>
    /// <returns>The words; <c>none</c> for <see cref="RoundingModes.None"/>.</returns>
    public static string Describe(RoundingModes modes)
    {
        if (modes == RoundingModes.None)
        {
            return "none";
        }

        var words = new List<string>(3);
        if ((modes & RoundingModes.HalfAwayFromZero) != 0)
        {
            words.Add("half away from zero");
        }

        if ((modes & RoundingModes.HalfToEven) != 0)
        {
            words.Add("half to even");
        }

        if ((modes & RoundingModes.Truncation) != 0)
        {
            words.Add("by truncation");
        }

        return string.Join(" or ", words);
    }

    /// <summary>Builds the sentence that explains the result, naming the counts, the figure and the rules.</summary>
    /// <returns>For example <c>2/3 = 66.666…% gives 66.6 only by truncation, which the rule set does not accept (accepted: half away from zero or half to even).</c></returns>
    public string Explain()
    {
        var accepted = Describe(AcceptedModes);
        if (Rate is { } rate)
        {
            if (!rate.IsApplicable)
            {
                return Invariant($"{rate}: 0 of 0 has no value, so {Published}% cannot be checked.");
            }

            var exact = decimal.Round(rate.ToExactPercent()!.Value, Math.Min(Published.Decimals + 3, 28), MidpointRounding.AwayFromZero);
            var text = Outcome == ConsistencyOutcome.Consistent
                ? Invariant($"{rate} = {exact}% gives {Published} when rounded {Describe(AgreeingModes)}")
                : AgreeingModesNotAccepted != RoundingModes.None
                    ? Invariant($"{rate} = {exact}% gives {Published} only when rounded {Describe(AgreeingModesNotAccepted)}, which the rule set does not accept (accepted: {accepted})")
                    : Invariant($"{rate} = {exact}% does not give {Published} under any rule (accepted: {accepted})");
            return IsAllOrNoneMismatch
                ? text + Invariant($"; but {Published}% is printed only when {(Published.Value == 0m ? "no case" : "every case")} qualifies.")
                : text + ".";
        }

        if (ImpliedDenominators is { } denominators)
        {
            return denominators.IsEmpty
                ? Invariant($"No denominator gives {Published}% for a numerator of {Numerator} (accepted: {accepted}).")
                : Invariant($"Denominator implied by {Published}% for a numerator of {Numerator}: {Range(denominators)}.");
        }

        if (ImpliedNumerators is { } numerators)
        {
            return numerators.IsEmpty
                ? Invariant($"No numerator gives {Published}% over a denominator of {Denominator} (accepted: {accepted}).")
                : Invariant($"Numerator implied by {Published}% over a denominator of {Denominator}: {Range(numerators)}.");
        }

        return Invariant($"The counts behind {Published}% are not given; it cannot be checked.");
    }

    /// <summary>Builds the sentence that explains the result in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Explain()"/> in English; in Chinese, for example <c>2/11 = 18.1818%，按四舍五入或四舍六入五成双得18.2。</c></returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Explain(RuleOfLaw.Domain.MessageLanguage language)
    {
        RuleOfLaw.Domain.Internal.Guard.Defined(language, nameof(language));
        return language == RuleOfLaw.Domain.MessageLanguage.English ? Explain() : ExplainInChinese();
    }

    /// <summary>Describes a set of rounding rules in Chinese, for example <c>四舍五入或四舍六入五成双</c>.</summary>
    /// <param name="modes">The rules.</param>
    /// <returns>The words; <c>无</c> for <see cref="RoundingModes.None"/>.</returns>
    public static string DescribeInChinese(RoundingModes modes)
    {
        if (modes == RoundingModes.None)
        {
            return "无";
        }

        var words = new List<string>(3);
        if ((modes & RoundingModes.HalfAwayFromZero) != 0)
        {
            words.Add("四舍五入");
        }

        if ((modes & RoundingModes.HalfToEven) != 0)
        {
            words.Add("四舍六入五成双");
        }

        if ((modes & RoundingModes.Truncation) != 0)
        {
            words.Add("截尾");
        }

        return string.Join("或", words);
    }

    private string ExplainInChinese()
    {
        var accepted = DescribeInChinese(AcceptedModes);
        if (Rate is { } rate)
        {
            if (!rate.IsApplicable)
            {
                return Invariant($"{rate}：0比0没有比率，无法核对{Published}%。");
            }

            var exact = decimal.Round(rate.ToExactPercent()!.Value, Math.Min(Published.Decimals + 3, 28), MidpointRounding.AwayFromZero);
            var text = Outcome == ConsistencyOutcome.Consistent
                ? Invariant($"{rate} = {exact}%，按{DescribeInChinese(AgreeingModes)}得{Published}")
                : AgreeingModesNotAccepted != RoundingModes.None
                    ? Invariant($"{rate} = {exact}%，仅按{DescribeInChinese(AgreeingModesNotAccepted)}得{Published}，规则集不接受该舍入（接受：{accepted}）")
                    : Invariant($"{rate} = {exact}%，任何舍入规则都得不到{Published}（接受：{accepted}）");
            return IsAllOrNoneMismatch
                ? text + Invariant($"；但只有{(Published.Value == 0m ? "没有任何案件" : "全部案件")}符合时才印{Published}%。")
                : text + "。";
        }

        if (ImpliedDenominators is { } denominators)
        {
            return denominators.IsEmpty
                ? Invariant($"分子为{Numerator}时，没有分母能得到{Published}%（接受：{accepted}）。")
                : Invariant($"由{Published}%和分子{Numerator}推得分母：{ChineseRange(denominators)}。");
        }

        if (ImpliedNumerators is { } numerators)
        {
            return numerators.IsEmpty
                ? Invariant($"分母为{Denominator}时，没有分子能得到{Published}%（接受：{accepted}）。")
                : Invariant($"由{Published}%和分母{Denominator}推得分子：{ChineseRange(numerators)}。");
        }

        return Invariant($"未给出{Published}%所依据的计数，无法核对。");
    }

    private static string ChineseRange(CountRange range) =>
        range.Count == 1 ? Invariant($"{range.Min}") : range.Max == long.MaxValue ? Invariant($"{range.Min}或以上") : Invariant($"{range.Min}–{range.Max}");

    /// <summary>Returns the outcome and the figure, for example <c>Consistent: 3/7 at 42.9</c>.</summary>
    /// <returns>A short invariant description; use <see cref="Explain()"/> for the sentence.</returns>
    public override string ToString() =>
        Invariant($"{Outcome}: {Numerator?.ToString(CultureInfo.InvariantCulture) ?? "?"}/{Denominator?.ToString(CultureInfo.InvariantCulture) ?? "?"} at {Published}");

    private static string Range(CountRange range) =>
        range.Count == 1 ? Invariant($"{range.Min}") : range.Max == long.MaxValue ? Invariant($"{range.Min} or more") : Invariant($"{range.Min}–{range.Max}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
