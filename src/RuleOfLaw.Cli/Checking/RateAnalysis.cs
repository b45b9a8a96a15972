using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Cli.Checking;

/// <summary>Checks every rate a report states against its counts, and pools rates across reports.</summary>
internal static class RateAnalysis
{
    // Back-solving needs an upper bound; no county-level count comes near a billion.
    private static readonly CountRange SearchRange = CountRange.Of(1, 1_000_000_000);

    public static ImmutableArray<RateLine> Analyse(AnnualReport report)
    {
        var lines = ImmutableArray.CreateBuilder<RateLine>();
        foreach (var value in report.IndicatorValues)
        {
            if (value.Quantity is not null && value.Numerator is null && value.Denominator is null && value.Published is null)
            {
                continue;
            }

            lines.Add(Analyse(value));
        }

        return lines.ToImmutable();
    }

    public static RateLine Analyse(IndicatorValue value)
    {
        var scope = value.Scope.Kind == IndicatorScopeKind.Subject ? "subject" : value.Scope.Name ?? "benchmark";
        var published = value.Published;
        var decimals = published?.Decimals ?? NationalRates.Find(value.Indicator)?.Decimals ?? 2;
        var policy = RoundingPolicy.Everyday(Math.Min(decimals, RoundingPolicy.MaxDecimals));

        if (value.Rate is { } rate)
        {
            var computed = rate.ToPercent(policy);
            if (published is not { } figure)
            {
                return Line(value, scope, computed, RateVerdict.Computed, rate.IsApplicable ? "no figure printed" : "0 of 0: not applicable");
            }

            if (!rate.IsApplicable)
            {
                return Line(value, scope, computed, RateVerdict.NotAssessable, "0 of 0: not applicable");
            }

            // ConsistentModes decides; the explanation (an allocation) is built only for a figure no rule agrees with.
            var modes = figure.ConsistentModes(rate);
            return modes == RoundingModes.None
                ? Line(value, scope, computed, RateVerdict.Inconsistent, rate.IsConsistentWith(figure, policy).Explain())
                : Line(value, scope, computed, RateVerdict.Consistent, Invariant($"agrees when rounded {Describe(modes)}"));
        }

        if (value.Numerator is { } numerator && published is { } printed)
        {
            var denominators = printed.DenominatorsFor(numerator, MidpointRounding.AwayFromZero, CountRange.Of(Math.Max(1, numerator), SearchRange.Max));
            var detail = denominators.IsEmpty
                ? Invariant($"no denominator gives {printed}% for {numerator}")
                : denominators.Count == 1
                    ? Invariant($"denominator implied: {denominators.Min}")
                    : Invariant($"denominator implied: {denominators.Min}–{denominators.Max}");
            return Line(value, scope, null, denominators.IsEmpty ? RateVerdict.Inconsistent : RateVerdict.Implied, detail);
        }

        return Line(value, scope, null, RateVerdict.NotAssessable, published is null ? "no counts and no figure" : "counts not stated");
    }

    /// <summary>Pools each indicator's subject-scope rates across reports by summing numerators and denominators.</summary>
    public static ImmutableArray<(IndicatorCode Indicator, Rate Pooled, int Reports)> Pool(IEnumerable<AnnualReport> reports)
    {
        var pooled = new Dictionary<IndicatorCode, (Rate Rate, int Count)>();
        foreach (var report in reports)
        {
            foreach (var value in report.IndicatorValues)
            {
                if (value.Scope.Kind != IndicatorScopeKind.Subject || value.Rate is not { } rate)
                {
                    continue;
                }

                pooled[value.Indicator] = pooled.TryGetValue(value.Indicator, out var sum) ? (sum.Rate.Add(rate), sum.Count + 1) : (rate, 1);
            }
        }

        return pooled.OrderBy(p => p.Key.Value, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Rate, p.Value.Count)).ToImmutableArray();
    }

    private static RateLine Line(IndicatorValue value, string scope, decimal? computed, RateVerdict verdict, string detail) =>
        new(value.Indicator, scope, value.Numerator, value.Denominator, computed, value.Published, verdict, detail);

    private static string Describe(RoundingModes modes) => modes switch
    {
        RoundingModes.All => "by any rule",
        RoundingModes.Nearest => "to nearest",
        _ => string.Join(" or ", new[]
        {
            modes.HasFlag(RoundingModes.HalfAwayFromZero) ? "half away from zero" : null,
            modes.HasFlag(RoundingModes.HalfToEven) ? "half to even" : null,
            modes.HasFlag(RoundingModes.Truncation) ? "by truncation" : null,
        }.Where(s => s is not null)),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
