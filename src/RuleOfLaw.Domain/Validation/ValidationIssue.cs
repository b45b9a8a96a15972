using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>One finding about a report's content: which rule, how severe, where, why, and the values involved.</summary>
/// <remarks>
/// <para>
/// Problems in report content are data, never exceptions. Callers and tests match on <see cref="Code"/> and
/// <see cref="Path"/>, never on the wording of <see cref="Message"/>. The path names the offending element from the
/// report down, for example <c>Publication.PublishedAt</c> or <c>Sections[1].Children[0]</c>; an empty path means the
/// report as a whole.
/// </para>
/// <para>
/// Equality compares every member, values in order; there is no order between issues of itself (a
/// <see cref="ValidationResult"/> sorts them by code, then path).
/// </para>
/// </remarks>
public sealed class ValidationIssue : IEquatable<ValidationIssue>
{
    // An issue made with a message holds it; one a rule reports holds its descriptor, and the message is made from the values when read.
    private readonly string? _message;
    private readonly DiagnosticDescriptor? _descriptor;

    /// <summary>Initializes a new instance of the <see cref="ValidationIssue"/> class.</summary>
    /// <param name="code">The stable code of the rule, for example <c>ROL0002</c>; see <see cref="ValidationCodes"/>.</param>
    /// <param name="severity">The severity the rule set gives the rule.</param>
    /// <param name="path">The path to the offending element; empty for the report as a whole.</param>
    /// <param name="message">The message, formatted in the invariant culture.</param>
    /// <param name="values">The values the message is about, by name; default means none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="path"/> or <paramref name="message"/> is null, or a value is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public ValidationIssue(string code, Severity severity, string path, string message, ImmutableArray<ValidationValue> values)
    {
        Code = Guard.NotBlank(code, nameof(code));
        Guard.Defined(severity, nameof(severity));
        Guard.NotNull(path, nameof(path));
        _message = Guard.NotBlank(message, nameof(message));
        values = values.IsDefault ? ImmutableArray<ValidationValue>.Empty : values;
        foreach (var value in values)
        {
            Guard.NotNull(value, nameof(values));
        }

        Severity = severity;
        Path = path;
        Values = values;
    }

    /// <summary>
    /// Initializes an issue a rule reports: its message is the descriptor's English template filled with the values,
    /// formatted each time it is read rather than held, so a batch of many findings keeps only their values.
    /// </summary>
    internal ValidationIssue(DiagnosticDescriptor descriptor, Severity severity, string path, ImmutableArray<ValidationValue> values)
        : this(descriptor.Code, severity, path, null, descriptor, values)
    {
    }

    private ValidationIssue(string code, Severity severity, string path, string? message, DiagnosticDescriptor? descriptor, ImmutableArray<ValidationValue> values)
    {
        Code = code;
        Severity = severity;
        Path = path;
        _message = message;
        _descriptor = descriptor;
        Values = values;
    }

    /// <summary>Gets the stable code of the rule that found the issue, for example <c>ROL0002</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the severity the rule set gives the rule.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the path to the offending element, for example <c>Publication.PublishedAt</c>; empty for the whole report.</summary>
    public string Path { get; }

    /// <summary>Gets the message, formatted in the invariant culture, for example <c>Published 2025-04-03; due before 2025-04-01.</c></summary>
    /// <remarks>For an issue a rule of the library reported, the message is made from <see cref="Values"/> each time it is read, not held.</remarks>
    public string Message => _message ?? _descriptor!.FormatEnglishMessage(Values);

    /// <summary>Gets the values the message is about, by name, in the order of the message template.</summary>
    public ImmutableArray<ValidationValue> Values { get; }

    /// <summary>Gets the same finding at another path, as when a finding about a set of reports is moved to the report it names.</summary>
    /// <param name="path">The path to the offending element; empty for the report as a whole.</param>
    /// <returns>An issue equal to this one but for its <see cref="Path"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public ValidationIssue WithPath(string path)
    {
        Guard.NotNull(path, nameof(path));
        return new ValidationIssue(Code, Severity, path, _message, _descriptor, Values);
    }

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>
    /// <see cref="Message"/> in English. In Chinese, the code's Chinese template (<see cref="DiagnosticDescriptor.GetMessageTemplate"/>)
    /// filled with <see cref="Values"/>; <see cref="Message"/> when the code is not in the catalogue or the values do not
    /// fit its template (an issue made by hand or read from another producer).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string GetMessage(MessageLanguage language)
    {
        Guard.Defined(language, nameof(language));
        return language != MessageLanguage.English
            && ValidationCodes.TryDescribe(Code, out var descriptor)
            && descriptor!.TryFormatMessage(Values, language) is { } message
                ? message
                : Message;
    }

    /// <summary>Gets a value by its name.</summary>
    /// <param name="name">The name of the value, for example <c>dueBefore</c>.</param>
    /// <returns>The formatted value, or <see langword="null"/> when the issue has no value of that name.</returns>
    public string? ValueOf(string name)
    {
        foreach (var value in Values)
        {
            if (string.Equals(value.Name, name, StringComparison.Ordinal))
            {
                return value.Value;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(ValidationIssue? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && Values.SequenceEqual(other.Values)
        // One descriptor fills its template the same way from equal values, so only a held message need be compared as text.
        && ((_descriptor is not null && ReferenceEquals(_descriptor, other._descriptor))
            || string.Equals(Message, other.Message, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValidationIssue);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Severity);
        // Not the message: it is made from the values when a rule reported the issue, and equal issues have equal values.
        hash.Add(Path, StringComparer.Ordinal);
        foreach (var value in Values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the issue on one line: code, severity, path and message.</summary>
    /// <returns>For example <c>ROL0002 Error Publication.PublishedAt: Published 2025-04-03; due before 2025-04-01.</c></returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code} {Severity} {(Path.Length == 0 ? "(report)" : Path)}: {Message}");

    /// <inheritdoc/>
    public static bool operator ==(ValidationIssue? left, ValidationIssue? right) => left is null ? right is null : left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(ValidationIssue? left, ValidationIssue? right) => !(left == right);

    internal static IComparer<ValidationIssue> Order { get; } = Comparer<ValidationIssue>.Create(static (x, y) =>
    {
        var byCode = string.CompareOrdinal(x.Code, y.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(x.Path, y.Path);
    });
}
