using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing.Builders;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>
/// No ambient clock: the library and the Testing package never read the time of the machine they run on. "Today" comes
/// from the caller's <see cref="IClock"/>, so a result depends only on what the caller passed. Checked in the compiled IL.
/// </summary>
public sealed class AmbientClockTests
{
    public static TheoryData<string> Assemblies() => new(typeof(Rate).Assembly.Location, typeof(AnAnnualReport).Assembly.Location);

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Assembly_ReadsNoAmbientClock(string path)
    {
        var offenders = AmbientClockReads(AssemblyReferences.Of(path));

        Assert.True(offenders.IsEmpty, "reads the machine's clock; take an IClock from the caller instead:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Check_FindsEveryAmbientClockInADeliberatelyBadType()
    {
        var references = AssemblyReferences.Of(typeof(AmbientClockTests).Assembly)
            .Where(reference => reference.User.StartsWith(typeof(AmbientClockOffender).FullName!, StringComparison.Ordinal))
            .ToImmutableArray();

        var offenders = AmbientClockReads(references);

        Assert.Equal(
            ["NodaTime.SystemClock::GetCurrentInstant", "NodaTime.SystemClock::get_Instance", "System.DateTime::get_Now", "System.DateTime::get_Today", "System.DateTime::get_UtcNow", "System.DateTimeOffset::get_Now", "System.DateTimeOffset::get_UtcNow", "System.TimeProvider::get_System"],
            offenders.Select(reference => reference.Types[0] + "::" + reference.Member).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(offenders, reference => reference.User.Contains("+<>c", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AcceptsACallersClock()
    {
        var references = AssemblyReferences.Of(typeof(AmbientClockTests).Assembly)
            .Where(reference => reference.User == typeof(ClockTaker).FullName)
            .ToImmutableArray();

        Assert.Contains(references, reference => reference.Types.Contains("NodaTime.IClock"));
        Assert.Empty(AmbientClockReads(references));
    }

    private static ImmutableArray<AssemblyReferences.Reference> AmbientClockReads(ImmutableArray<AssemblyReferences.Reference> references) =>
        references.Where(reference => reference.Types.Length > 0 && IsAmbientClock(reference.Types[0], reference.Member)).ToImmutableArray();

    private static bool IsAmbientClock(string type, string member) => type switch
    {
        "NodaTime.SystemClock" => true,
        "System.DateTime" => member is "get_Now" or "get_UtcNow" or "get_Today",
        "System.DateTimeOffset" => member is "get_Now" or "get_UtcNow",
        "System.TimeProvider" => member is "get_System",
        _ => false,
    };

    private static class AmbientClockOffender
    {
        public static Instant Noda() => SystemClock.Instance.GetCurrentInstant();

        public static DateTime Now() => DateTime.Now;

        public static DateTime UtcNow() => DateTime.UtcNow;

        public static DateTime Today() => DateTime.Today;

        public static DateTimeOffset OffsetNow() => DateTimeOffset.Now;

        public static Func<DateTimeOffset> Deferred() => () => DateTimeOffset.UtcNow;

        public static DateTimeOffset Provider() => TimeProvider.System.GetUtcNow();
    }

    private static class ClockTaker
    {
        public static Instant Now(IClock clock) => clock.GetCurrentInstant();
    }
}
