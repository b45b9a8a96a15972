using System;
using System.Globalization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V11: a rate's counts are sound and its published figure is consistent with them and with its other printings.</summary>
/// <remarks>
/// <para>
/// Counts are sound by construction: an indicator value cannot hold a negative count or a numerator above its
/// denominator. A figure is checked with <see cref="Rate.IsConsistentWith(PublishedFigure, RoundingPolicy)"/> at the
/// decimals it claims, half away from zero (四舍五入) and half to even (GB/T 8170-2008): only a figure that neither
/// rule produces is reported. A figure printed for 0 of 0 is reported as having no value. A figure without both
/// counts cannot be checked against them.
/// </para>
/// <para>
/// Two printings of one indicator for the same scope and year (a summary and a body) conflict when no value rounds to
/// both under either rule (<see cref="PublishedFigure.ComparePrinting"/>); the later printing is reported.
/// </para>
/// </remarks>
internal sealed class PublishedRateRule : IValidationRule<AnnualReport>
{
    private static readonly RoundingPolicy HalfAwayFromZero = RoundingPolicy.Everyday(0);
    private static readonly RoundingPolicy HalfToEven = RoundingPolicy.NationalStandard(0);

    private static readonly ValidationRuleDescriptor Inconsistent = ValidationCodes.Describe(ValidationCodes.PublishedRateInconsistent);
    private static readonly ValidationRuleDescriptor Inapplicable = ValidationCodes.Describe(ValidationCodes.FigureForInapplicableRate);
    private static readonly ValidationRuleDescriptor Conflict = ValidationCodes.Describe(ValidationCodes.PublishedFigureConflict);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Inconsistent) || ruleSet.IsEnabled(Inapplicable) || ruleSet.IsEnabled(Conflict);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        var values = subject.IndicatorValues;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value.Published is not { } published)
            {
                continue;
            }

            if (value.Numerator is { } numerator && value.Denominator is { } denominator)
            {
                CheckCounts(Rate.Of(numerator, denominator), published, i, context);
            }

            for (var j = 0; j < i; j++)
            {
                if (values[j].Published is { } earlier && IsSameIndicator(values[j], value)
                    && published.ComparePrinting(earlier, MidpointRounding.AwayFromZero) == PrintingAgreement.Conflict
                    && published.ComparePrinting(earlier, MidpointRounding.ToEven) == PrintingAgreement.Conflict)
                {
                    context.Report(Conflict, Path(i), published, earlier, Path(j), value.Indicator);
                    break;
                }
            }
        }
    }

    private static void CheckCounts(Rate rate, PublishedFigure published, int index, ValidationContext context)
    {
        if (!rate.IsApplicable)
        {
            context.Report(Inapplicable, Path(index), published, rate);
        }
        else if (rate.IsConsistentWith(published, HalfAwayFromZero).Outcome == ConsistencyOutcome.Inconsistent
            && rate.IsConsistentWith(published, HalfToEven).Outcome == ConsistencyOutcome.Inconsistent)
        {
            var exact = decimal.Round(rate.ToExactPercent()!.Value, Math.Min(published.Decimals + 2, 28), MidpointRounding.AwayFromZero);
            context.Report(Inconsistent, Path(index), published, rate, exact);
        }
    }

    private static bool IsSameIndicator(IndicatorValue a, IndicatorValue b) =>
        a.Indicator == b.Indicator && a.Scope == b.Scope && a.Period == b.Period;

    private static string Path(int index) => string.Create(CultureInfo.InvariantCulture, $"IndicatorValues[{index}].Published");
}
