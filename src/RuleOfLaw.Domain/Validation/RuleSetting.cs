using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>One change an overlay makes to a rule set: switch a code on or off, override its severity, or both.</summary>
/// <remarks>Equality compares the code, the switch and the severity; there is no order.</remarks>
public sealed class RuleSetting : IEquatable<RuleSetting>
{
    private RuleSetting(string code, bool? isEnabled, Severity? severity) => (Code, IsEnabled, Severity) = (code, isEnabled, severity);

    /// <summary>Gets the code the setting changes.</summary>
    public string Code { get; }

    /// <summary>Gets whether the setting switches the code on (<see langword="true"/>) or off, or <see langword="null"/> to leave it as it is.</summary>
    public bool? IsEnabled { get; }

    /// <summary>Gets the severity the setting gives the code, or <see langword="null"/> to leave it as it is.</summary>
    public Severity? Severity { get; }

    /// <summary>Creates a setting that switches a code on, keeping its severity.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    public static RuleSetting Enable(string code) => new(ValidationCodes.Describe(code).Code, true, null);

    /// <summary>Creates a setting that switches a code on with a severity.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <param name="severity">The severity to give the code.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public static RuleSetting Enable(string code, Severity severity)
    {
        Guard.Defined(severity, nameof(severity));
        return new(ValidationCodes.Describe(code).Code, true, severity);
    }

    /// <summary>Creates a setting that switches a code off.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    public static RuleSetting Disable(string code) => new(ValidationCodes.Describe(code).Code, false, null);

    /// <summary>Creates a setting that overrides a code's severity and leaves its switch as it is.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <param name="severity">The severity to give the code.</param>
    /// <returns>The setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public static RuleSetting Override(string code, Severity severity)
    {
        Guard.Defined(severity, nameof(severity));
        return new(ValidationCodes.Describe(code).Code, null, severity);
    }

    /// <inheritdoc/>
    public bool Equals(RuleSetting? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && IsEnabled == other.IsEnabled && Severity == other.Severity;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleSetting);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), IsEnabled, Severity);

    /// <summary>Returns the code and the change, for example <c>ROL0004 on Warning</c>.</summary>
    /// <returns>The setting in the invariant culture.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code}{IsEnabled switch { true => " on", false => " off", null => string.Empty }}{(Severity is { } severity ? " " + severity : string.Empty)}");

    /// <inheritdoc/>
    public static bool operator ==(RuleSetting? left, RuleSetting? right) => left is null ? right is null : left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(RuleSetting? left, RuleSetting? right) => !(left == right);
}
