using System.Collections.Immutable;
using System.Globalization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Cli.Checking;

/// <summary>Checks every rate a report states against its counts.</summary>
internal static class RateAnalysis
{
    /// <summary>Checks every rate of a report with <see cref="RateCheck"/> under the rule set's accepted rounding.</summary>
    public static ImmutableArray<RateLine> Analyse(AnnualReport report, RoundingModes accepted) => Analyse(report.IndicatorValues, accepted);

    /// <summary>Checks every rate of a report, or of what was read of one (<see cref="Domain.Text.PartialReport.IndicatorValues"/>), under the accepted rounding.</summary>
    public static ImmutableArray<RateLine> Analyse(ImmutableArray<IndicatorValue> values, RoundingModes accepted)
    {
        var lines = ImmutableArray.CreateBuilder<RateLine>();
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value.Quantity is not null && value.Numerator is null && value.Denominator is null && value.Published is null)
            {
                continue;
            }

            lines.Add(Analyse(value, accepted) with { Path = string.Create(CultureInfo.InvariantCulture, $"IndicatorValues[{i}]") });
        }

        return lines.ToImmutable();
    }

    /// <summary>Checks one rate: the verdict is <see cref="RateAssessment"/>'s.</summary>
    public static RateLine Analyse(IndicatorValue value, RoundingModes accepted)
    {
        var scope = value.Scope.Kind == IndicatorScopeKind.Subject ? "subject" : value.Scope.Name ?? "benchmark";
        return new RateLine(value.Indicator, scope, value.Numerator, value.Denominator, value.Published, RateAssessment.Assess(value, accepted)) { Value = value };
    }
}
