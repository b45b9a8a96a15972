using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Comparison;

/// <summary>One indicator's rate over many units: the sum of their numerators over the sum of their denominators.</summary>
/// <remarks>Equality compares every property.</remarks>
public sealed record PooledRate
{
    internal PooledRate(IndicatorCode indicator, string? name, ReportYear year, AdministrativeLevel level, string? region, Rate rate, int units)
    {
        Indicator = indicator;
        Name = name;
        Year = year;
        Level = level;
        Region = region;
        Rate = rate;
        Units = units;
    }

    /// <summary>Gets the indicator.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>
    /// Gets the name an unlisted indicator is printed with (<see cref="IndicatorCode.IsUnlisted"/>; one name per code), so
    /// that the pool can be named (<see cref="Validation.DisplayNames.Of(IndicatorCode, string?, MessageLanguage)"/>); null for a
    /// listed code.
    /// </summary>
    public string? Name { get; }

    /// <summary>Gets the period of the pooled values.</summary>
    public ReportYear Year { get; }

    /// <summary>Gets the units' administrative level.</summary>
    public AdministrativeLevel Level { get; }

    /// <summary>Gets the province the units are in (<see cref="ReportingSubject.Region"/>: the first two digits of their division code followed by 0000), or <see langword="null"/> for every unit of the level.</summary>
    public string? Region { get; }

    /// <summary>Gets the pooled rate: the ratio of sums, never the mean of rates.</summary>
    public Rate Rate { get; }

    /// <summary>Gets how many reports were pooled.</summary>
    public int Units { get; }

    /// <summary>Gets the pooled percentage as reports print it: rounded by the indicator's <see cref="IndicatorDefinition.DefaultRounding"/>, or half away from zero to two decimals for an indicator not in <see cref="NationalRates"/>; <see langword="null"/> for 0 of 0.</summary>
    /// <remarks>The one rounding of a pooled rate: the command-line tool and the review page both show this figure.</remarks>
    public decimal? Percent => Rate.ToPercent(NationalRates.Find(Indicator)?.DefaultRounding ?? RoundingPolicy.Everyday(2));

    /// <summary>Pools the subject-scope rates with counts of a set's reports (duplicates and subjects of unknown level left out) by indicator, year and level, over all regions and per region.</summary>
    /// <param name="set">The reports.</param>
    /// <returns>The pools, ordered by indicator, year, level, then region (all regions first).</returns>
    public static ImmutableArray<PooledRate> Pool(ReportSet set)
    {
        Guard.NotNull(set, nameof(set));
        var units = UnitRate.All(set).ToArray();
        return units
            .GroupBy(u => (u.Indicator, u.Year, u.Level, Region: (string?)null))
            .Concat(units.Where(u => u.Region is not null).GroupBy(u => (u.Indicator, u.Year, u.Level, u.Region)))
            .Select(g => new PooledRate(g.Key.Indicator, g.Key.Indicator.IsUnlisted ? g.First().Name : null, g.Key.Year, g.Key.Level, g.Key.Region, Rate.Of(g.Sum(u => u.Rate.Numerator), g.Sum(u => u.Rate.Denominator)), g.Count()))
            .OrderBy(p => p.Indicator.Value, System.StringComparer.Ordinal).ThenBy(p => p.Year).ThenBy(p => p.Level).ThenBy(p => p.Region, System.StringComparer.Ordinal)
            .ToImmutableArray();
    }
}

/// <summary>A unit's rate for one indicator in one year, with where it is in the set.</summary>
internal sealed record UnitRate(int ReportIndex, int ValueIndex, IndicatorCode Indicator, string? Name, ReportYear Year, AdministrativeLevel Level, string? Region, Rate Rate)
{
    /// <summary>Gets every subject-scope rate with counts of the reports each series holds, from subjects whose level is known.</summary>
    /// <remarks>A subject whose level is unknown is left out: its rates cannot be compared with those of its peers.</remarks>
    public static IEnumerable<UnitRate> All(ReportSet set)
    {
        foreach (var series in set.Series)
        {
            foreach (var index in series.Indexes)
            {
                var report = set.Reports[index];
                if (report.Subject.Level is not { } level)
                {
                    continue;
                }

                for (var v = 0; v < report.IndicatorValues.Length; v++)
                {
                    var value = report.IndicatorValues[v];
                    if (value.Scope.Kind == IndicatorScopeKind.Subject && value.Rate is { } rate)
                    {
                        yield return new UnitRate(index, v, value.Indicator, value.Name, value.Period, level, report.Subject.Region, rate);
                    }
                }
            }
        }
    }
}
