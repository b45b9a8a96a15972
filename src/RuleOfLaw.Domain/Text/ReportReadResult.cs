using System;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>What <see cref="ReportTextReader"/> read from a report text: the report, every quantity, where each element is, and diagnostics.</summary>
/// <remarks>
/// <see cref="Report"/> is <see langword="null"/> when the text has no title naming a report year. Equality compares
/// every property, collections in order; there is no order.
/// </remarks>
public sealed record ReportReadResult
{
    internal ReportReadResult(
        AnnualReport? report,
        ImmutableArray<Quantity> quantities,
        ImmutableArray<string> breadcrumb,
        ImmutableArray<ElementSpan> spans,
        ImmutableArray<ReadDiagnostic> diagnostics)
    {
        Report = report;
        Quantities = Sequences.OrEmpty(quantities);
        Breadcrumb = Sequences.OrEmpty(breadcrumb);
        Spans = Sequences.OrEmpty(spans);
        Diagnostics = Sequences.OrEmpty(diagnostics);
    }

    /// <summary>Gets the report built from the text, or <see langword="null"/> when not even a title and year were found.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets every quantity found in the text, in order; their spans are <c>Quantities[i]</c>.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>Gets the segments of the breadcrumb line (首页 > 政务公开 > …), empty when there is none.</summary>
    public ImmutableArray<string> Breadcrumb { get; }

    /// <summary>Gets where each extracted element is in the source text.</summary>
    public ImmutableArray<ElementSpan> Spans { get; }

    /// <summary>Gets the diagnostics, in order of position (those without a place last).</summary>
    public ImmutableArray<ReadDiagnostic> Diagnostics { get; }

    /// <summary>Gets the span of the element at a path, such as <c>Sections[0].Heading</c>.</summary>
    /// <param name="path">The element's path.</param>
    /// <returns>The span, or <see langword="null"/> when no element has that path.</returns>
    public SourceSpan? SpanOf(string path) => Spans.FirstOrDefault(s => string.Equals(s.Path, path, StringComparison.Ordinal))?.Span;

    /// <inheritdoc/>
    public bool Equals(ReportReadResult? other) =>
        other is not null
        && Equals(Report, other.Report)
        && Sequences.Equal(Quantities, other.Quantities)
        && Sequences.Equal(Breadcrumb, other.Breadcrumb)
        && Sequences.Equal(Spans, other.Spans)
        && Sequences.Equal(Diagnostics, other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Report, Sequences.Hash(Quantities), Sequences.Hash(Breadcrumb), Sequences.Hash(Spans), Sequences.Hash(Diagnostics));
}
