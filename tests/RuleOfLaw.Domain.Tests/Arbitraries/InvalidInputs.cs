using FsCheck;
using FsCheck.Fluent;

namespace RuleOfLaw.Domain.Tests.Arbitraries;

/// <summary>Generators of inputs the domain rejects, for guard tests (not shipped: consumers test their own inputs).</summary>
public static class InvalidInputs
{
    /// <summary>Years outside the valid range.</summary>
    public static Gen<int> InvalidYear =>
        Gen.OneOf(Gen.Choose(int.MinValue, ReportYear.MinYear - 1), Gen.Choose(ReportYear.MaxYear + 1, int.MaxValue));
}
