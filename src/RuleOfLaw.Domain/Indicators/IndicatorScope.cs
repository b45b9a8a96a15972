using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>Whose figure an indicator value is: the reporting subject's own, or a benchmark such as the city (全市).</summary>
/// <remarks>
/// Create scopes with <see cref="Subject"/> and <see cref="Benchmark(string, AdministrativeLevel)"/>. Equality compares
/// kind, name and level; there is no order.
/// </remarks>
public sealed record IndicatorScope
{
    /// <summary>Creates a scope; prefer <see cref="Subject"/> and <see cref="Benchmark(string, AdministrativeLevel)"/>.</summary>
    /// <param name="kind">Whose figure this is.</param>
    /// <param name="name">The benchmark's name; must be null for the subject and non-blank for a benchmark.</param>
    /// <param name="level">The benchmark's level; must be null for the subject and given for a benchmark.</param>
    /// <exception cref="ArgumentException">The name or level is given for the subject, or missing or blank for a benchmark.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="level"/> is not a defined value.</exception>
    public IndicatorScope(IndicatorScopeKind kind, string? name = null, AdministrativeLevel? level = null)
    {
        Guard.Defined(kind, nameof(kind));
        if (kind == IndicatorScopeKind.Subject)
        {
            Guard.That(name is null, nameof(name), Message.SubjectScopeName, name);
            Guard.That(level is null, nameof(level), Message.SubjectScopeLevel, level);
        }
        else
        {
            Guard.NotBlank(name, nameof(name));
            Guard.That(level is not null, nameof(level), Message.BenchmarkScopeLevel);
            Guard.Defined(level!.Value, nameof(level));
        }

        (Kind, Name, Level) = (kind, name, level);
    }

    /// <summary>Gets the scope of the reporting subject's own figures.</summary>
    public static IndicatorScope Subject { get; } = new(IndicatorScopeKind.Subject);

    /// <summary>Gets whose figure this is.</summary>
    public IndicatorScopeKind Kind { get; }

    /// <summary>Gets the benchmark's name as printed, such as 全市; <see langword="null"/> for the subject itself.</summary>
    public string? Name { get; }

    /// <summary>Gets the benchmark's administrative level; <see langword="null"/> for the subject itself.</summary>
    public AdministrativeLevel? Level { get; }

    /// <summary>Creates a benchmark scope.</summary>
    /// <param name="name">The benchmark's name as printed, such as 全市 or 全国.</param>
    /// <param name="level">The benchmark's administrative level.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public static IndicatorScope Benchmark(string name, AdministrativeLevel level) => new(IndicatorScopeKind.Benchmark, name, level);

    /// <summary>Returns <c>subject</c>, or the benchmark's name and level.</summary>
    /// <returns>A short invariant description.</returns>
    public override string ToString() => Kind == IndicatorScopeKind.Subject ? "subject" : Invariant.Format("{0} ({1})", Name, Level);
}
