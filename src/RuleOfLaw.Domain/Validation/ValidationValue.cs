using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>One value a validation finding is about, such as the publication date, by name and formatted invariantly.</summary>
/// <remarks>
/// Values are text so that a finding reads the same on every machine and in every serializer: dates are
/// <c>yyyy-MM-dd</c>, numbers use the invariant culture, and a missing value is <c>none</c>. Equality is ordinal on
/// both name and value; there is no order.
/// </remarks>
public sealed class ValidationValue : IEquatable<ValidationValue>
{
    /// <summary>Initializes a new instance of the <see cref="ValidationValue"/> class.</summary>
    /// <param name="name">The name of the value, as it appears in the message template, for example <c>dueBefore</c>.</param>
    /// <param name="value">The value formatted in the invariant culture.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public ValidationValue(string name, string value)
    {
        Name = Guard.NotBlank(name, nameof(name));
        Guard.NotNull(value, nameof(value));
        Value = value;
    }

    /// <summary>Gets the name of the value, for example <c>published</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the value formatted in the invariant culture, for example <c>2021-01-05</c>.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public bool Equals(ValidationValue? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValidationValue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), StringComparer.Ordinal.GetHashCode(Value));

    /// <summary>Returns the value as <c>name=value</c>.</summary>
    /// <returns>The name and value, for example <c>published=2021-01-05</c>.</returns>
    public override string ToString() => Name + "=" + Value;

    /// <inheritdoc/>
    public static bool operator ==(ValidationValue? left, ValidationValue? right) => left is null ? right is null : left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(ValidationValue? left, ValidationValue? right) => !(left == right);
}
