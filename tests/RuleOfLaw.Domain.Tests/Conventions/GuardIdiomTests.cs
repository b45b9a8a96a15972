using System;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Rates;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>
/// One guard idiom: the library refuses a value only through its guard (<c>Internal.Guard</c>), so every refusal states
/// its rule the same way and carries it as data for the strict JSON reader. No other method constructs an argument,
/// format or overflow exception or calls the runtime's throw helpers (<c>ArgumentNullException.ThrowIfNull</c> and the
/// like). Checked in the compiled IL.
/// </summary>
public sealed class GuardIdiomTests
{
    private const string GuardType = "RuleOfLaw.Domain.Internal.Guard";

    [Fact]
    public void Library_RefusesValuesOnlyThroughItsGuard()
    {
        var offenders = OtherGuards(AssemblyReferences.Of(typeof(Rate).Assembly))
            .Where(reference => reference.User != GuardType)
            .ToImmutableArray();

        Assert.True(offenders.IsEmpty, "refuses a value without the guard; use Guard (Internal/Guard.cs) so the rule is stated once and carried as data:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Library_GuardItselfBuildsTheExceptions()
    {
        // The check looks at the right thing: the guard's own factories are what it finds when nothing is excluded.
        var found = OtherGuards(AssemblyReferences.Of(typeof(Rate).Assembly)).Where(reference => reference.User == GuardType).ToImmutableArray();

        Assert.Contains(found, reference => reference.Types[0] == "System.ArgumentOutOfRangeException");
        Assert.Contains(found, reference => reference.Types[0] == "System.FormatException");
    }

    [Fact]
    public void Check_FindsEveryOtherIdiomInADeliberatelyBadType()
    {
        var references = AssemblyReferences.Of(typeof(GuardIdiomTests).Assembly)
            .Where(reference => reference.User.StartsWith(typeof(GuardOffender).FullName!, StringComparison.Ordinal))
            .ToImmutableArray();

        var offenders = OtherGuards(references);

        Assert.Equal(
            ["System.ArgumentException::.ctor", "System.ArgumentException::ThrowIfNullOrWhiteSpace", "System.ArgumentNullException::ThrowIfNull", "System.ArgumentOutOfRangeException::.ctor", "System.ArgumentOutOfRangeException::ThrowIfNegative", "System.FormatException::.ctor", "System.OverflowException::.ctor"],
            offenders.Select(reference => reference.Types[0] + "::" + reference.Member).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(offenders, reference => reference.Site.Contains(nameof(GuardOffender.Bug), StringComparison.Ordinal));
    }

    private static ImmutableArray<AssemblyReferences.Reference> OtherGuards(ImmutableArray<AssemblyReferences.Reference> references) =>
        references.Where(reference => reference.Types.Length > 0 && IsRefusal(reference.Types[0], reference.Member)).ToImmutableArray();

    private static bool IsRefusal(string type, string member) => type switch
    {
        "System.ArgumentException" or "System.ArgumentNullException" or "System.ArgumentOutOfRangeException" =>
            member == ".ctor" || member.StartsWith("ThrowIf", StringComparison.Ordinal),
        "System.FormatException" or "System.OverflowException" => member == ".ctor",
        _ => false,
    };

    private static class GuardOffender
    {
        public static void NullCheck(object value) => ArgumentNullException.ThrowIfNull(value);

        public static void Blank(string text) => ArgumentException.ThrowIfNullOrWhiteSpace(text);

        public static void Negative(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);

        public static ArgumentOutOfRangeException Range(int count) => new ArgumentOutOfRangeException(nameof(count), count, "count must be small");

        public static ArgumentException Argument() => new ArgumentException("bad", "value");

        public static FormatException Format() => new FormatException("bad text");

        public static OverflowException Overflow() => new OverflowException("too many");

        // A bug is not a refusal of a value: it may throw what it likes.
        public static InvalidOperationException Bug() => new InvalidOperationException("a bug");
    }
}
