using System;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>Whose figure an indicator value is: the reporting subject's own, or a benchmark such as the city (全市).</summary>
/// <remarks>
/// Create scopes with <see cref="Subject"/> and <see cref="Benchmark(string, AdministrativeLevel)"/>. Equality compares
/// kind, name and level; there is no order.
/// </remarks>
public sealed record IndicatorScope
{
    private IndicatorScope(IndicatorScopeKind kind, string? name, AdministrativeLevel? level) => (Kind, Name, Level) = (kind, name, level);

    /// <summary>Gets the scope of the reporting subject's own figures.</summary>
    public static IndicatorScope Subject { get; } = new(IndicatorScopeKind.Subject, null, null);

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
    public static IndicatorScope Benchmark(string name, AdministrativeLevel level)
    {
        Guard.NotBlank(name, nameof(name));
        Guard.Defined(level, nameof(level));
        return new IndicatorScope(IndicatorScopeKind.Benchmark, name, level);
    }

    /// <summary>Returns <c>subject</c>, or the benchmark's name and level.</summary>
    /// <returns>A short invariant description.</returns>
    public override string ToString() => Kind == IndicatorScopeKind.Subject ? "subject" : Messages.Format("{0} ({1})", Name, Level);
}
