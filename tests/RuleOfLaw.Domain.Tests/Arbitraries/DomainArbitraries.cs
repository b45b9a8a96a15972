using System;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Tests.Arbitraries;

/// <summary>FsCheck arbitraries that yield only valid domain values; invalid inputs have their own named generators.</summary>
public static class DomainArbitraries
{
    private static readonly MidpointRounding[] Modes = Enum.GetValues<MidpointRounding>();

    /// <summary>Counts of every size: mostly small ones as reports print them, some near the top of <see cref="long"/>.</summary>
    public static Gen<long> Count =>
        Gen.Frequency(
            (1, Gen.Constant(0L)),
            (6, Gen.Choose(0, 1000).Select(i => (long)i)),
            (3, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
            (1, Gen.Choose(0, int.MaxValue).Select(i => long.MaxValue - i)));

    /// <summary>Valid rates, including 0 of 0 and n of n.</summary>
    public static Arbitrary<Rate> Rates() =>
        Count.SelectMany(
                denominator => Gen.Frequency(
                    (1, Gen.Constant(denominator)),
                    (1, Gen.Constant(0L)),
                    (8, Gen.Choose(0, int.MaxValue).Select(i => denominator == 0 ? 0 : (long)(((Int128)i * denominator) / int.MaxValue)))),
                (denominator, numerator) => Rate.Of(numerator, denominator))
            .ToArbitrary();

    /// <summary>Valid report years, 1990–2100.</summary>
    public static Arbitrary<ReportYear> ReportYears() =>
        Gen.Choose(ReportYear.MinYear, ReportYear.MaxYear).Select(ReportYear.Of).ToArbitrary();

    /// <summary>Valid rounding policies: 0–4 decimals, every midpoint mode.</summary>
    public static Arbitrary<RoundingPolicy> RoundingPolicies() =>
        Gen.Choose(0, RoundingPolicy.MaxDecimals)
            .SelectMany(_ => Gen.Elements(Modes), (decimals, mode) => new RoundingPolicy(decimals, mode))
            .ToArbitrary();

    /// <summary>Years outside the valid range, for guard tests.</summary>
    public static Gen<int> InvalidYear =>
        Gen.OneOf(Gen.Choose(int.MinValue, ReportYear.MinYear - 1), Gen.Choose(ReportYear.MaxYear + 1, int.MaxValue));
}
