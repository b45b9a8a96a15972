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
/// denominator. A figure is checked with <see cref="RateCheck"/> at the decimals it prints, under the rule set's
/// <see cref="RuleSet.AcceptedRounding"/> (nationally half away from zero, 四舍五入, or half to even, GB/T 8170-2008):
/// only a figure that no accepted rule produces is reported. A figure printed for 0 of 0 is reported as having no
/// value. A figure printed with one count is reported when no other count gives it. A printed 100 (or 0) whose counts
/// are not all (or none) is a warning of its own.
/// </para>
/// <para>
/// Two printings of one indicator for the same scope and year (a summary and a body) conflict when no value rounds to
/// both under either rule (<see cref="PublishedFigure.ComparePrinting"/>); the later printing is reported.
/// </para>
/// </remarks>
internal sealed class PublishedRateRule : IValidationRule<AnnualReport>
{
    private static readonly ValidationRuleDescriptor Inconsistent = ValidationCodes.Describe(ValidationCodes.PublishedRateInconsistent);
    private static readonly ValidationRuleDescriptor Inapplicable = ValidationCodes.Describe(ValidationCodes.FigureForInapplicableRate);
    private static readonly ValidationRuleDescriptor Conflict = ValidationCodes.Describe(ValidationCodes.PublishedFigureConflict);
    private static readonly ValidationRuleDescriptor Impossible = ValidationCodes.Describe(ValidationCodes.PublishedRateImpossible);
    private static readonly ValidationRuleDescriptor AllOrNone = ValidationCodes.Describe(ValidationCodes.PublishedFigureAllOrNone);

    public bool IsEnabledIn(RuleSet ruleSet) =>
        ruleSet.IsEnabled(Inconsistent) || ruleSet.IsEnabled(Inapplicable) || ruleSet.IsEnabled(Conflict)
        || ruleSet.IsEnabled(Impossible) || ruleSet.IsEnabled(AllOrNone);

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

            if (value.Numerator is not null || value.Denominator is not null)
            {
                CheckCounts(value, published, i, context);
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

    private static void CheckCounts(IndicatorValue value, PublishedFigure published, int index, ValidationContext context)
    {
        var check = RateCheck.Check(value.Numerator, value.Denominator, published, context.RuleSet.AcceptedRounding);
        if (check.Rate is { } rate)
        {
            if (!rate.IsApplicable)
            {
                context.Report(Inapplicable, Path(index), published, rate);
            }
            else if (check.Outcome == ConsistencyOutcome.Inconsistent)
            {
                var exact = decimal.Round(rate.ToExactPercent()!.Value, Math.Min(published.Decimals + 2, 28), MidpointRounding.AwayFromZero);
                context.Report(Inconsistent, Path(index), published, rate, exact);
            }
            else if (check.IsAllOrNoneMismatch)
            {
                context.Report(AllOrNone, Path(index), published, rate);
            }
        }
        else if (check.Outcome == ConsistencyOutcome.Inconsistent)
        {
            var (role, count) = value.Numerator is { } n ? ("numerator", n) : ("denominator", value.Denominator!.Value);
            context.Report(Impossible, Path(index), published, role, count);
        }
    }

    private static bool IsSameIndicator(IndicatorValue a, IndicatorValue b) =>
        a.Indicator == b.Indicator && a.Scope == b.Scope && a.Period == b.Period;

    private static string Path(int index) => string.Create(CultureInfo.InvariantCulture, $"IndicatorValues[{index}].Published");
}
