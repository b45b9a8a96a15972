using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class IndicatorScopeTests
{
    [Fact]
    public void Subject_HasNoNameOrLevel()
    {
        Assert.Equal(IndicatorScopeKind.Subject, IndicatorScope.Subject.Kind);
        Assert.Null(IndicatorScope.Subject.Name);
        Assert.Null(IndicatorScope.Subject.Level);
        Assert.Equal("subject", IndicatorScope.Subject.ToString());
    }

    [Fact]
    public void Benchmark_KeepsNameAndLevel()
    {
        var scope = IndicatorScope.Benchmark("全市", AdministrativeLevel.City);

        Assert.Equal(IndicatorScopeKind.Benchmark, scope.Kind);
        Assert.Equal("全市", scope.Name);
        Assert.Equal(AdministrativeLevel.City, scope.Level);
        Assert.Equal("全市 (City)", scope.ToString());
    }

    [Fact]
    public void Benchmark_BlankNameOrUndefinedLevel_Throws()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => IndicatorScope.Benchmark(" ", AdministrativeLevel.City)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorScope.Benchmark("全市", (AdministrativeLevel)8)).ParamName);
    }

    [Fact]
    public void Constructor_SubjectWithNameOrLevel_Throws()
    {
        Assert.Equal(IndicatorScope.Subject, new IndicatorScope(IndicatorScopeKind.Subject));
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new IndicatorScope(IndicatorScopeKind.Subject, "全市")).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => new IndicatorScope(IndicatorScopeKind.Subject, level: AdministrativeLevel.City)).ParamName);
    }

    [Fact]
    public void Constructor_BenchmarkWithoutNameOrLevel_Throws()
    {
        Assert.Equal(IndicatorScope.Benchmark("全市", AdministrativeLevel.City), new IndicatorScope(IndicatorScopeKind.Benchmark, "全市", AdministrativeLevel.City));
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new IndicatorScope(IndicatorScopeKind.Benchmark, null, AdministrativeLevel.City)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => new IndicatorScope(IndicatorScopeKind.Benchmark, "全市")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorScope((IndicatorScopeKind)3)).ParamName);
    }

    [Fact]
    public void Equality_ComparesKindNameAndLevel()
    {
        ValueSemantics.Assert(
            IndicatorScope.Benchmark("全市", AdministrativeLevel.City),
            IndicatorScope.Benchmark("全市", AdministrativeLevel.City),
            IndicatorScope.Benchmark("全省", AdministrativeLevel.City),
            IndicatorScope.Benchmark("全市", AdministrativeLevel.Province),
            IndicatorScope.Subject);
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(IndicatorScope a, IndicatorScope b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Benchmark_RebuiltFromItsPartsIsEqual(IndicatorScope scope) =>
        new IndicatorScope(scope.Kind, scope.Name, scope.Level) == scope
        && (scope.Kind == IndicatorScopeKind.Subject ? scope == IndicatorScope.Subject : scope == IndicatorScope.Benchmark(scope.Name!, scope.Level!.Value));
}
