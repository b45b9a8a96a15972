using System;
using System.Collections.Generic;
using System.Globalization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>
/// A change from the previous year that a report prints (同比增长X%, 较上年下降Y个百分点) agrees with the change its own
/// figure and the previous year's report's figure of the same indicator give, within the rounding of all three.
/// </summary>
/// <remarks>
/// Each figure stands for the values within half a unit of its last printed digit, ends included (18.2 for
/// [18.15, 18.25]); a rate with both counts is exact. The change the figures give is then an interval: in percentage
/// points, now − then; in percent, (now − then) / then × 100, and not assessable when then may be 0. The printed
/// change agrees when its own interval meets that one. A change printed in percent of a rate is also accepted as
/// percentage points, because reports often write 同比提高2% for two points; only a change that fits neither reading is
/// reported. Changes with no report of the previous year in the set, or no figure of the indicator on either side,
/// are not judged.
/// </remarks>
internal sealed class PublishedChangeRule : IValidationRule<ReportSetSubject>, ISeriesRule
{
    private static readonly DiagnosticDescriptor Inconsistent = ValidationCodes.Describe(ValidationCodes.PublishedChangeInconsistent);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Inconsistent);

    public void Check(ReportSetSubject subject, ValidationContext context)
    {
        var set = subject.Set;
        foreach (var series in subject.Series)
        {
            for (var k = 1; k < series.Indexes.Length; k++)
            {
                var index = series.Indexes[k];
                var previous = set.Reports[series.Indexes[k - 1]];
                var current = set.Reports[index];
                if (current.Year.Year != previous.Year.Year + 1 || !HasChange(current))
                {
                    continue;
                }

                var before = Levels(previous);
                var after = Levels(current);
                for (var v = 0; v < current.IndicatorValues.Length; v++)
                {
                    var value = current.IndicatorValues[v];
                    if (value.Change is not { } change || !IsOwn(value, current)
                        || !before.TryGetValue(value.Indicator, out var then)
                        || (Level(value) ?? (after.TryGetValue(value.Indicator, out var other) ? other : null)) is not { } now)
                    {
                        continue;
                    }

                    var printed = Around(change.Figure);
                    var points = (Low: now.Low - then.High, High: now.High - then.Low);
                    var relative = then.Low > 0m ? (Low: (now.Low - then.High) / then.High * 100m, High: (now.High - then.Low) / then.Low * 100m) : ((decimal Low, decimal High)?)null;
                    var agrees = change.Unit == ChangeUnit.PercentagePoints
                        ? Meets(printed, points)
                        : relative is not { } r || Meets(printed, r) || Meets(printed, points);
                    if (!agrees)
                    {
                        var computed = change.Unit == ChangeUnit.PercentagePoints || relative is null ? points : relative.Value;
                        var unit = change.Unit == ChangeUnit.PercentagePoints || relative is null ? " percentage points" : "%";
                        context.Report(Inconsistent, Invariant($"Reports[{index}].IndicatorValues[{v}].Change"),
                            DisplayNames.ValueText(value), change.ToString(), previous.Year.Year, current.Year.Year, Round(then.Value), Round(now.Value),
                            Invariant($"{Round(computed.Low)} to {Round(computed.High)}{unit}"));
                    }
                }
            }
        }
    }

    private static bool HasChange(AnnualReport report)
    {
        foreach (var value in report.IndicatorValues)
        {
            if (value.Change is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOwn(IndicatorValue value, AnnualReport report) => value.Scope.Kind == IndicatorScopeKind.Subject && value.Period == report.Year;

    /// <summary>The first own level of each indicator in a report, as an interval.</summary>
    private static Dictionary<IndicatorCode, Interval> Levels(AnnualReport report)
    {
        var levels = new Dictionary<IndicatorCode, Interval>();
        foreach (var value in report.IndicatorValues)
        {
            if (IsOwn(value, report) && Level(value) is { } level)
            {
                levels.TryAdd(value.Indicator, level);
            }
        }

        return levels;
    }

    /// <summary>The value's level: exact from applicable counts, else its printed figure within half a unit.</summary>
    private static Interval? Level(IndicatorValue value)
    {
        if (value.Rate is { IsApplicable: true } rate && rate.ToExactPercent() is { } exact)
        {
            return new Interval(exact, exact, exact);
        }

        return value.Published is { } published ? Around(published) : null;
    }

    private static Interval Around(PublishedFigure figure)
    {
        var interval = figure.IntervalUnder(MidpointRounding.AwayFromZero);
        return new Interval(figure.Value, interval.Lower, interval.Upper);
    }

    private static bool Meets(Interval printed, (decimal Low, decimal High) computed) => printed.Low <= computed.High && computed.Low <= printed.High;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A figure and the values it stands for.</summary>
    private readonly record struct Interval(decimal Value, decimal Low, decimal High);
}
