using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Measures;

/// <summary>A shortcoming a report admits, with the causes it gives (存在的不足和原因).</summary>
/// <remarks>
/// Equality compares the description and the causes in order; there is no order. A shortcoming without a cause is
/// legal to construct: the validator reports it (each shortcoming should carry at least one cause).
/// </remarks>
public sealed record Shortcoming
{
    /// <summary>Creates a shortcoming.</summary>
    /// <param name="description">What falls short, as the report states it.</param>
    /// <param name="causes">The causes the report gives; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, or a cause is null or blank.</exception>
    public Shortcoming(string description, ImmutableArray<string> causes = default)
    {
        Description = Guard.NotBlank(description, nameof(description));
        Causes = Sequences.NoBlanks(causes, nameof(causes));
    }

    /// <summary>Gets what falls short.</summary>
    public string Description { get; }

    /// <summary>Gets the causes the report gives, in order.</summary>
    public ImmutableArray<string> Causes { get; }

    /// <inheritdoc/>
    public bool Equals(Shortcoming? other) =>
        other is not null && Description == other.Description && Sequences.Equal(Causes, other.Causes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Description, Sequences.Hash(Causes));
}
