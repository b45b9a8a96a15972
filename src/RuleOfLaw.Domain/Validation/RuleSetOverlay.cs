using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>A named set of changes to a rule set, such as a province's guideline, applied with <see cref="RuleSet.With(RuleSetOverlay)"/>.</summary>
/// <remarks>
/// An overlay is data: its name, the text it comes from, and its settings in order (a later setting for the same
/// code wins). Overlays compose: <c>RuleSet.National.With(province).With(city)</c> applies the city's settings last.
/// Equality compares name, source and settings in order. Samples are in <see cref="RuleSetOverlays"/>.
/// </remarks>
public sealed class RuleSetOverlay : IEquatable<RuleSetOverlay>
{
    /// <summary>Initializes a new instance of the <see cref="RuleSetOverlay"/> class.</summary>
    /// <param name="name">A short name, for example <c>DepartmentSubmissionDeadline</c>.</param>
    /// <param name="source">The regulation or guideline the overlay comes from.</param>
    /// <param name="settings">The changes, applied in order.</param>
    /// <exception cref="ArgumentNullException">An argument or a setting is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="source"/> is empty or white space, or there are no settings.</exception>
    public RuleSetOverlay(string name, string source, IEnumerable<RuleSetting> settings)
    {
        Name = Guard.NotBlank(name, nameof(name));
        Source = Guard.NotBlank(source, nameof(source));
        Guard.NotNull(settings, nameof(settings));
        Settings = [.. settings];
        foreach (var setting in Settings)
        {
            Guard.NotNull(setting, nameof(settings));
        }

        Guard.That(!Settings.IsEmpty, nameof(settings), Message.OverlaySettingsEmpty, name);
    }

    /// <summary>Gets the short name of the overlay.</summary>
    public string Name { get; }

    /// <summary>Gets the regulation or guideline the overlay comes from.</summary>
    public string Source { get; }

    /// <summary>Gets the changes the overlay makes, in the order they apply.</summary>
    public ImmutableArray<RuleSetting> Settings { get; }

    /// <inheritdoc/>
    public bool Equals(RuleSetOverlay? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && Settings.SequenceEqual(other.Settings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleSetOverlay);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(Source, StringComparer.Ordinal);
        foreach (var setting in Settings)
        {
            hash.Add(setting);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the name and the settings.</summary>
    /// <returns>For example <c>DepartmentSubmissionDeadline: ROL0004 on</c>.</returns>
    public override string ToString() => Name + ": " + string.Join(", ", Settings);

    /// <inheritdoc/>
    public static bool operator ==(RuleSetOverlay? left, RuleSetOverlay? right) => left is null ? right is null : left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(RuleSetOverlay? left, RuleSetOverlay? right) => !(left == right);
}
