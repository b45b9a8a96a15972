using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Text;

/// <summary>Something the text reader could not settle, or a finding about the text's structure (读取诊断).</summary>
/// <remarks>
/// Match on <see cref="Code"/> (a constant of <see cref="ReadDiagnosticCodes"/>), never on the message wording.
/// Equality compares code, message and span; there is no order.
/// </remarks>
public sealed record ReadDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, such as <see cref="ReadDiagnosticCodes.UncertainHeadingBoundary"/>.</param>
    /// <param name="message">What was found, in English, quoting the text.</param>
    /// <param name="span">Where in the source text, or <see langword="null"/> when the finding concerns the whole text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    public ReadDiagnostic(string code, string message, SourceSpan? span = null)
    {
        Code = Guard.NotBlank(code, nameof(code));
        Message = Guard.NotBlank(message, nameof(message));
        Span = span;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets what was found.</summary>
    public string Message { get; }

    /// <summary>Gets where in the source text, if the finding has a place.</summary>
    public SourceSpan? Span { get; }

    /// <summary>Returns the code, the span and the message.</summary>
    /// <returns>For example <c>ROLT001 [311..333) heading … runs into its body</c>.</returns>
    public override string ToString() => Span is { } span ? $"{Code} {span} {Message}" : $"{Code} {Message}";
}
