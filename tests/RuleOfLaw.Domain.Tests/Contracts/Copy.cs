using System.Collections.Immutable;

namespace RuleOfLaw.Domain.Tests.Contracts;

/// <summary>Copies immutable arrays into new instances, so that equality tests cannot pass on reference equality.</summary>
public static class Copy
{
    public static ImmutableArray<T> Of<T>(ImmutableArray<T> items) => ImmutableArray.Create(items.AsSpan().ToArray());

    public static ImmutableArray<T> WithNull<T>(params T[] items)
        where T : class =>
        ImmutableArray.Create(items).Add(null!);
}
