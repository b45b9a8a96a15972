using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Text;

/// <summary>Where in the source text an element of a read report was found: a path into the result and a span.</summary>
/// <remarks>
/// <para>
/// Paths name the element from the report down, with zero-based indexes: <c>Title</c>, <c>Year</c>,
/// <c>Publication.PublishedAt</c>, <c>Publication.InformationSource</c>, <c>SignOff.Signer</c>, <c>SignOff.Date</c>,
/// <c>Breadcrumb</c>, <c>Preamble</c>, <c>Sections[0].Children[2]</c> (with <c>.Marker</c>, <c>.Heading</c>,
/// <c>.Body</c> and <c>.Quantities[1]</c>), <c>PreambleQuantities[0]</c>, <c>Measures[3]</c>, <c>Shortcomings[0]</c>,
/// <c>Plan.Items[1]</c> and <c>Plan.Items[1].Target</c>, <c>IndicatorValues[2]</c> (with <c>.Published</c>,
/// <c>.Numerator</c>, <c>.Denominator</c>) and <c>Quantities[5]</c> for every quantity of
/// <see cref="ReportReadResult.Quantities"/>.
/// </para>
/// <para>Equality compares path and span; there is no order.</para>
/// </remarks>
public sealed record ElementSpan
{
    /// <summary>Creates an element span.</summary>
    /// <param name="path">The element's path, such as <c>Sections[0].Heading</c>.</param>
    /// <param name="span">Where the element is in the source text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public ElementSpan(string path, SourceSpan span)
    {
        Path = Guard.NotBlank(path, nameof(path));
        Span = span;
    }

    /// <summary>Gets the element's path.</summary>
    public string Path { get; }

    /// <summary>Gets where the element is in the source text.</summary>
    public SourceSpan Span { get; }

    /// <summary>Returns the path and the span, such as <c>Title [40..58)</c>.</summary>
    /// <returns>The path and the span.</returns>
    public override string ToString() => Path + " " + Span.ToString();
}
