using System;
using System.Globalization;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V11: a rate's counts are sound and its published figure is consistent with them.</summary>
/// <remarks>
/// Counts are sound by construction: an indicator value cannot hold a negative count or a numerator above its
/// denominator. A figure is consistent when the exact value rounds to it at the decimals it claims, half away from
/// zero (四舍五入) or half to even (GB/T 8170-2008): only a figure that neither rule produces is reported. A figure
/// printed for 0 of 0 is reported as having no value. Figures without both counts cannot be checked.
/// </remarks>
internal sealed class PublishedRateRule : IValidationRule<AnnualReport>
{
    private static readonly ValidationRuleDescriptor Inconsistent = ValidationCodes.Describe(ValidationCodes.PublishedRateInconsistent);
    private static readonly ValidationRuleDescriptor Inapplicable = ValidationCodes.Describe(ValidationCodes.FigureForInapplicableRate);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Inconsistent) || ruleSet.IsEnabled(Inapplicable);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        for (var i = 0; i < subject.IndicatorValues.Length; i++)
        {
            var value = subject.IndicatorValues[i];
            if (value.Published is not { } published || value.Numerator is not { } numerator || value.Denominator is not { } denominator)
            {
                continue;
            }

            var rate = Rate.Of(numerator, denominator);
            if (!rate.IsApplicable)
            {
                context.Report(Inapplicable, Path(i), published, rate);
            }
            else if (!IsConsistent(rate, published))
            {
                var exact = decimal.Round(rate.ToExactPercent()!.Value, Math.Min(published.Decimals + 2, 28), MidpointRounding.AwayFromZero);
                context.Report(Inconsistent, Path(i), published, rate, exact);
            }
        }
    }

    internal static bool IsConsistent(Rate rate, PublishedFigure published)
    {
        var exact = rate.ToExactPercent()!.Value;
        var decimals = Math.Min(published.Decimals, 28);
        return decimal.Round(exact, decimals, MidpointRounding.AwayFromZero) == published.Value
            || decimal.Round(exact, decimals, MidpointRounding.ToEven) == published.Value;
    }

    private static string Path(int index) => string.Create(CultureInfo.InvariantCulture, $"IndicatorValues[{index}].Published");
}
