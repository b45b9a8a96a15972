using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Measures;

/// <summary>A shortcoming a report admits, with the causes it gives (存在的不足和原因).</summary>
/// <remarks>
/// Equality compares the description, the causes in order and the section path; there is no order. A shortcoming
/// without a cause is legal to construct: the validator reports it (each shortcoming should carry at least one cause).
/// One read from a text names the section that states it (<see cref="Section"/>).
/// </remarks>
public sealed record Shortcoming
{
    /// <summary>Creates a shortcoming.</summary>
    /// <param name="description">What falls short, as the report states it.</param>
    /// <param name="causes">The causes the report gives; may be empty.</param>
    /// <param name="section">The path of the report's section that states it, such as <c>Sections[1]</c>, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, a cause is null or blank, or <paramref name="section"/> is not a section path.</exception>
    [JsonConstructor]
    public Shortcoming(string description, ImmutableArray<string> causes = default, string? section = null)
    {
        Section = SectionPaths.NullOrValid(section, nameof(section));
        Description = Guard.NotBlank(description, nameof(description));
        Causes = Sequences.NoBlanks(causes, nameof(causes));
    }

    /// <summary>Gets what falls short.</summary>
    public string Description { get; }

    /// <summary>Gets the causes the report gives, in order.</summary>
    public ImmutableArray<string> Causes { get; }

    /// <summary>Gets the path of the report's section that states it, or <see langword="null"/>.</summary>
    public string? Section { get; }

    /// <inheritdoc/>
    public bool Equals(Shortcoming? other) =>
        other is not null && Description == other.Description && Sequences.Equal(Causes, other.Causes) && Section == other.Section;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Description, Sequences.Hash(Causes), Section);

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Description", Description), ("Causes", Causes), ("Section", Section));
}
