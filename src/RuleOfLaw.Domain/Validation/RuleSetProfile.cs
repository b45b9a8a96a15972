using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>A named, documented rule set, as linters name theirs (<c>recommended</c>, <c>strict</c>): the national set,
/// the strict profile, an overlay on the national set, or one read from a JSON file.</summary>
/// <remarks>
/// <para>
/// A profile is a value: its <see cref="Name"/> (short, lower-case with hyphens, as the CLI's <c>--rules</c> takes it),
/// a <see cref="Description"/> a reviewer can read, and the <see cref="RuleSet"/> itself, with its severities and its
/// parameters (accepted rounding, the consultation counting rule). The built-in profiles are in
/// <see cref="RuleSetProfiles"/>; a province writes its own as JSON and reads it with
/// <see cref="Serialization.RuleOfLawJson.DeserializeRuleSetProfile(string)"/>.
/// </para>
/// <para>Equality compares the name, the description and the rule set.</para>
/// </remarks>
public sealed class RuleSetProfile : IEquatable<RuleSetProfile>
{
    /// <summary>Initializes a new instance of the <see cref="RuleSetProfile"/> class.</summary>
    /// <param name="name">The short name, for example <c>strict</c>.</param>
    /// <param name="description">What the profile is for and where its rules come from.</param>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="description"/> is null, empty or white space.</exception>
    public RuleSetProfile(string name, string description, RuleSet ruleSet)
    {
        Name = Guard.NotBlank(name, nameof(name));
        Description = Guard.NotBlank(description, nameof(description));
        Guard.NotNull(ruleSet, nameof(ruleSet));
        RuleSet = ruleSet;
    }

    /// <summary>Gets the short name, as <c>rol check --rules</c> takes it.</summary>
    public string Name { get; }

    /// <summary>Gets what the profile is for and where its rules come from.</summary>
    public string Description { get; }

    /// <summary>Gets the rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <inheritdoc/>
    public bool Equals(RuleSetProfile? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && RuleSet == other.RuleSet;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleSetProfile);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), RuleSet);

    /// <summary>Returns the name and the rule set.</summary>
    /// <returns>For example <c>strict: National (19 of 30 codes on)</c>.</returns>
    public override string ToString() => Name + ": " + RuleSet;

    /// <inheritdoc/>
    public static bool operator ==(RuleSetProfile? left, RuleSetProfile? right) => left is null ? right is null : left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(RuleSetProfile? left, RuleSetProfile? right) => !(left == right);
}
