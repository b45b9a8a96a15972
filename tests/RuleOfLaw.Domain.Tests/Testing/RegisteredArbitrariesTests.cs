using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

/// <summary><see cref="DomainArbitraries"/> registered with FsCheck, as its documentation says to use it.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class RegisteredArbitrariesTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2040, 1, 1, 0, 0)));
    private static readonly RoundingPolicy[] Policies = Enumerable.Range(0, RoundingPolicy.MaxDecimals + 1).Select(d => new RoundingPolicy(d, System.MidpointRounding.AwayFromZero)).ToArray();

    [Fact]
    public void DomainArbitraries_GiveEachTypeOneArbitrary()
    {
        var types = typeof(DomainArbitraries).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.GetParameters().Length == 0 && method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Arbitrary<>))
            .Select(method => method.ReturnType.GetGenericArguments()[0])
            .ToArray();

        Assert.NotEmpty(types);
        Assert.Empty(types.GroupBy(type => type).Where(group => group.Count() > 1).Select(group => group.Key.Name));
        Assert.DoesNotContain(types, type => type.FullName!.StartsWith("System.ValueTuple", System.StringComparison.Ordinal));
    }

    [Property(MaxTest = 50)]
    public bool Registered_NationallyValidReport_IsNationallyValid(NationallyValidReport sample) =>
        Validator.Validate(sample.Report).Issues.IsEmpty;

    [Property]
    public bool Registered_ConsistentFigure_IsConsistent(ConsistentFigure sample) =>
        Policies.Any(policy => sample.Rate.IsConsistentWith(sample.Figure, policy).IsConsistent);

    [Property]
    public bool Registered_InconsistentFigure_IsInconsistent(InconsistentFigure sample) =>
        Policies.All(policy => !sample.Rate.IsConsistentWith(sample.Figure, policy).IsConsistent);

    [Property]
    public bool Registered_ChineseNumeral_ReadsAsItsValue(ChineseNumeral numeral) =>
        RuleOfLaw.Domain.Text.ChineseNumber.TryParse(numeral.Text, out var number) && number.Value == numeral.Value;
}
