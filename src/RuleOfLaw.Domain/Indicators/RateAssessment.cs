using System;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>The verdict on one rate a report states (比率核对): its counts, the computed percentage and the check of its printed figure.</summary>
/// <remarks>
/// <para>
/// The one place that turns a rate's counts and printed figure into a verdict, so that every tool says the same about a
/// rate: a printed figure is checked with <see cref="RateCheck"/> under the accepted rounding rules (consistent,
/// inconsistent, or implied when only one count is stated); counts without a figure are only computed; 0 of 0 and
/// missing counts are not assessable. The computed percentage is rounded half away from zero (四舍五入) to the decimals
/// the figure prints, else to those of the indicator's national definition (<see cref="NationalRates"/>), else to two.
/// </para>
/// <para>Equality is by reference; there is no order.</para>
/// </remarks>
public sealed class RateAssessment
{
    private RateAssessment(RateVerdict verdict, RateVerdictReason reason, Rate? rate, decimal? computedPercent, RateCheckResult? check)
    {
        Verdict = verdict;
        Reason = reason;
        Rate = rate;
        ComputedPercent = computedPercent;
        Check = check;
    }

    /// <summary>Gets the verdict.</summary>
    public RateVerdict Verdict { get; }

    /// <summary>Gets why the rate got its verdict: <see cref="RateVerdictReason.Checked"/> when <see cref="Check"/> explains it.</summary>
    public RateVerdictReason Reason { get; }

    /// <summary>Gets the rate of the two counts, or <see langword="null"/> when a count is missing or the numerator exceeds the denominator.</summary>
    public Rate? Rate { get; }

    /// <summary>Gets the exact percentage of the counts, rounded half away from zero to the printed (or defined) decimals; <see langword="null"/> without a rate or for 0 of 0.</summary>
    public decimal? ComputedPercent { get; }

    /// <summary>Gets the check of the printed figure against the counts, or <see langword="null"/> when no figure was printed or the counts are no rate.</summary>
    public RateCheckResult? Check { get; }

    /// <summary>Gets whether the printed figure contradicts the counts.</summary>
    public bool IsInconsistent => Verdict == RateVerdict.Inconsistent;

    /// <summary>Assesses a rate a report states.</summary>
    /// <param name="value">The indicator value: its counts, printed figure and indicator.</param>
    /// <param name="accepted">The accepted rounding rules (the rule set's <see cref="Validation.RuleSet.AcceptedRounding"/>); at least one of <see cref="RoundingModes.All"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accepted"/> is empty or holds an undefined flag.</exception>
    public static RateAssessment Assess(IndicatorValue value, RoundingModes accepted)
    {
        Guard.NotNull(value, nameof(value));
        return Assess(value.Indicator, value.Numerator, value.Denominator, value.Published, accepted);
    }

    /// <summary>Assesses counts and a printed figure as a text states them, which need not form a rate.</summary>
    /// <param name="indicator">The indicator, whose definition gives the decimals when no figure is printed; <see langword="null"/> when unknown.</param>
    /// <param name="numerator">The stated numerator, or <see langword="null"/>.</param>
    /// <param name="denominator">The stated denominator, or <see langword="null"/>.</param>
    /// <param name="published">The printed percentage, or <see langword="null"/>.</param>
    /// <param name="accepted">The accepted rounding rules; at least one of <see cref="RoundingModes.All"/>.</param>
    /// <returns>The assessment; a numerator above the denominator is <see cref="RateVerdictReason.NumeratorExceedsDenominator"/>, not an error.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="accepted"/> is empty or holds an undefined flag.</exception>
    public static RateAssessment Assess(IndicatorCode? indicator, long? numerator, long? denominator, PublishedFigure? published, RoundingModes accepted)
    {
        RateCheck.GuardCountsAndRounding(numerator, denominator, accepted);
        if (numerator > denominator)
        {
            return new RateAssessment(RateVerdict.NotAssessable, RateVerdictReason.NumeratorExceedsDenominator, null, null, null);
        }

        var rate = numerator is { } top && denominator is { } bottom ? Rates.Rate.Of(top, bottom) : (Rate?)null;
        var decimals = published?.Decimals ?? (indicator is null ? null : NationalRates.Find(indicator)?.Decimals) ?? 2;
        var computed = rate?.ToPercent(RoundingPolicy.Everyday(Math.Min(decimals, RoundingPolicy.MaxDecimals)));
        if (published is not { } figure)
        {
            return rate is { } counted
                ? new RateAssessment(RateVerdict.Computed, counted.IsApplicable ? RateVerdictReason.NoFigurePrinted : RateVerdictReason.NotApplicable, counted, computed, null)
                : new RateAssessment(RateVerdict.NotAssessable, RateVerdictReason.NoCountsAndNoFigure, null, null, null);
        }

        var check = RateCheck.Check(numerator, denominator, figure, accepted);
        var verdict = check.Outcome switch
        {
            ConsistencyOutcome.Consistent => RateVerdict.Consistent,
            ConsistencyOutcome.Inconsistent => RateVerdict.Inconsistent,
            _ when check.ImpliedDenominators is not null || check.ImpliedNumerators is not null => RateVerdict.Implied,
            _ => RateVerdict.NotAssessable,
        };
        return new RateAssessment(verdict, RateVerdictReason.Checked, rate, computed, check);
    }

    /// <summary>Gets the name of a verdict, for a rates table.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>inconsistent</c> or <c>不一致</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string NameOf(RateVerdict verdict, MessageLanguage language)
    {
        Guard.Defined(verdict, nameof(verdict));
        Guard.Defined(language, nameof(language));
        return language == MessageLanguage.Chinese
            ? verdict switch
            {
                RateVerdict.Consistent => "一致",
                RateVerdict.Inconsistent => "不一致",
                RateVerdict.Implied => "可推算",
                RateVerdict.Computed => "已计算",
                _ => "无法核对",
            }
            : verdict switch
            {
                RateVerdict.Consistent => "consistent",
                RateVerdict.Inconsistent => "inconsistent",
                RateVerdict.Implied => "implied",
                RateVerdict.Computed => "computed",
                _ => "not assessable",
            };
    }

    /// <summary>Explains the verdict in a language: the check's sentence, or why there was nothing to check.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>2/11 = 18.1818%，按四舍五入或四舍六入五成双得18.2。</c>, or <c>0 of 0: not applicable</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Explain(MessageLanguage language)
    {
        Guard.Defined(language, nameof(language));
        if (Check is { } check)
        {
            return check.Explain(language);
        }

        return language == MessageLanguage.Chinese
            ? Reason switch
            {
                RateVerdictReason.NoFigurePrinted => "未印出比率",
                RateVerdictReason.NotApplicable => "0/0：不适用",
                RateVerdictReason.NumeratorExceedsDenominator => "分子大于分母，不是比率",
                _ => "既无计数也无比率",
            }
            : Reason switch
            {
                RateVerdictReason.NoFigurePrinted => "no figure printed",
                RateVerdictReason.NotApplicable => "0 of 0: not applicable",
                RateVerdictReason.NumeratorExceedsDenominator => "the numerator exceeds the denominator: no rate",
                _ => "no counts and no figure",
            };
    }

    /// <summary>Returns the verdict and the reason, such as <c>Computed (NoFigurePrinted)</c>.</summary>
    /// <returns>The verdict and the reason.</returns>
    public override string ToString() => Verdict + " (" + Reason + ")";
}
