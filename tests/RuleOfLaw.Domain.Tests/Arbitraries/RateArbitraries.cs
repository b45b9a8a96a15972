using System;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Tests.Arbitraries;

/// <summary>Arbitraries for the rate-checking types: the three publishing policies, small rates for pooling, printed figures.</summary>
public static class RateArbitraries
{
    /// <summary>The rounding rules publishers use: half away from zero, half to even, truncation.</summary>
    public static readonly MidpointRounding[] PublishingModes = { MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero };

    /// <summary>Applicable rates of every size, from the shared generator.</summary>
    public static Arbitrary<Rate> Rates() =>
        DomainArbitraries.Rates().Generator.Where(rate => rate.IsApplicable).ToArbitrary();

    /// <summary>Policies with 0–4 decimals and one of the three publishing rules.</summary>
    public static Arbitrary<RoundingPolicy> RoundingPolicies() =>
        Gen.Choose(0, RoundingPolicy.MaxDecimals)
            .SelectMany(_ => Gen.Elements(PublishingModes), (decimals, mode) => new RoundingPolicy(decimals, mode))
            .ToArbitrary();

    /// <summary>Rates with counts up to a million, safe to pool many of, including 0 of 0.</summary>
    public static Gen<Rate> SmallRate =>
        Gen.Choose(0, 1_000_000).SelectMany(d => Gen.Choose(0, d), (d, n) => Rate.Of(n, d));

    /// <summary>Arrays of one to twenty small rates.</summary>
    public static Arbitrary<Rate[]> SmallRateArrays() =>
        Gen.Choose(1, 20).SelectMany(length => SmallRate.ArrayOf(length)).ToArbitrary();
}
