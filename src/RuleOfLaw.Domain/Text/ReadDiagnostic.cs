using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Text;

/// <summary>A reading note: something the text reader judged, inferred or dropped while reading (读取说明).</summary>
/// <remarks>
/// <para>
/// Match on <see cref="Code"/> (a constant of <see cref="ReadDiagnosticCodes"/>), never on the message wording. Every
/// note refers to its <see cref="Descriptor"/> in <see cref="DiagnosticCatalogue"/>, which gives its title, severity,
/// source and message template; validation findings share the same descriptor type.
/// </para>
/// <para>
/// On the wire a note is its code, message and span; the descriptor is looked up by code. Equality compares code,
/// message, span and values; there is no order.
/// </para>
/// </remarks>
public sealed record ReadDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, such as <see cref="ReadDiagnosticCodes.UncertainHeadingBoundary"/>.</param>
    /// <param name="message">What was found, in English, quoting the text.</param>
    /// <param name="span">Where in the source text, or <see langword="null"/> when the finding concerns the whole text.</param>
    /// <param name="values">The values by name, as the code's template names them (for <see cref="GetMessage"/>); default means none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null, or a value is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a reading code of the catalogue (<see cref="ReadDiagnosticCodes.All"/>), or <paramref name="message"/> is blank.</exception>
    public ReadDiagnostic(string code, string message, SourceSpan? span = null, ImmutableArray<ValidationValue> values = default)
        : this(ReadDiagnosticCodes.Describe(Guard.NotBlank(code, nameof(code))), message, span, values)
    {
    }

    /// <summary>Creates the note a descriptor describes, its message formatted from the values in template order.</summary>
    internal static ReadDiagnostic Create(DiagnosticDescriptor descriptor, SourceSpan? span, params ReadOnlySpan<object?> values)
    {
        var (message, named) = descriptor.FormatNote(values);
        return new ReadDiagnostic(descriptor, message, span, named);
    }

    internal ReadDiagnostic(DiagnosticDescriptor descriptor, string message, SourceSpan? span, ImmutableArray<ValidationValue> values)
    {
        Descriptor = descriptor;
        Message = Guard.NotBlank(message, nameof(message));
        Span = span;
        values = values.IsDefault ? ImmutableArray<ValidationValue>.Empty : values;
        foreach (var value in values)
        {
            Guard.NotNull(value, nameof(values));
        }

        Values = values;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Gets what was found.</summary>
    public string Message { get; }

    /// <summary>Gets the values the message is about, by name, in the order of the message template; empty for a note made without them.</summary>
    /// <remarks>Not written to the read document yet: on the wire a note is its code, message and span.</remarks>
    [System.Text.Json.Serialization.JsonIgnore]
    public ImmutableArray<ValidationValue> Values { get; }

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Message"/> in English; in Chinese the code's Chinese template filled with <see cref="Values"/>, or <see cref="Message"/> when the values do not fit it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string GetMessage(MessageLanguage language)
    {
        Guard.Defined(language, nameof(language));
        return language != MessageLanguage.English && Descriptor.TryFormatMessage(Values, language) is { } message ? message : Message;
    }

    /// <summary>Gets where in the source text, if the finding has a place.</summary>
    public SourceSpan? Span { get; }

    /// <summary>Gets the code's descriptor: title, severity, source, message template and help.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Gets the note's severity, its descriptor's: <see cref="Severity.Info"/>, or <see cref="Severity.Error"/> when no report could be built (<see cref="ReadDiagnosticCodes.NoTitleOrYear"/>).</summary>
    public Severity Severity => Descriptor.DefaultSeverity;

    /// <inheritdoc/>
    public bool Equals(ReadDiagnostic? other) =>
        other is not null
        && ReferenceEquals(Descriptor, other.Descriptor)
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Span == other.Span
        && System.Linq.Enumerable.SequenceEqual(Values, other.Values);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(Message), Span);

    /// <summary>Returns the code, the span and the message.</summary>
    /// <returns>For example <c>ROLT001 [311..333) heading … runs into its body</c>.</returns>
    public override string ToString() => Span is { } span ? $"{Code} {span} {Message}" : $"{Code} {Message}";
}
