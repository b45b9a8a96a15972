using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>What <see cref="ReportTextReader"/> read from a report text: the report, every quantity, where each element is, and diagnostics.</summary>
/// <remarks>
/// <see cref="Report"/> is <see langword="null"/> when neither the text nor the <see cref="ReadOptions"/> give a title, a
/// report year and a subject; <see cref="Partial"/> then holds what could be mapped (sections with their quantities,
/// the preamble, measures, shortcomings), and is null when the report was built. <see cref="Syntax"/> and
/// <see cref="Diagnostics"/> are complete either way. Equality compares every property, collections in order; there is
/// no order.
/// </remarks>
public sealed record ReportReadResult
{
    [JsonConstructor]
    internal ReportReadResult(
        AnnualReport? report,
        PartialReport? partial,
        ReportSyntax syntax,
        ImmutableArray<ElementSpan> spans,
        ImmutableArray<ReadDiagnostic> diagnostics,
        ImmutableArray<string> missing)
    {
        Missing = Sequences.OrEmpty(missing);
        Report = report;
        Partial = report is null ? partial : null;
        Syntax = syntax;
        Quantities = [.. syntax.Quantities.Select(q => q.Quantity)];
        Spans = Sequences.OrEmpty(spans);
        Diagnostics = Sequences.OrEmpty(diagnostics);
    }

    /// <summary>Gets the report built from the text, or <see langword="null"/> when neither the text nor the options give a title and a year.</summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets what could be mapped when no report could be built (sections, preamble, measures, shortcomings), or <see langword="null"/> when <see cref="Report"/> holds them.</summary>
    public PartialReport? Partial { get; }

    /// <summary>Gets what the model needs that neither the text nor the options gave: <c>title</c>, <c>year</c>, <c>subject</c>; empty when a report was built.</summary>
    public ImmutableArray<string> Missing { get; }

    /// <summary>Gets what the text says, as the scanners found it, whether or not a report could be built.</summary>
    public ReportSyntax Syntax { get; }

    /// <summary>Gets every quantity found in the text, in order; their spans are <c>Quantities[i]</c>, and <see cref="ReportSyntax.Quantities"/> says where each sits.</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>Gets the segments of the breadcrumb line (首页 > 政务公开 > …), empty when there is none.</summary>
    public ImmutableArray<string> Breadcrumb => Syntax.Breadcrumb;

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
        && Equals(Partial, other.Partial)
        && Equals(Syntax, other.Syntax)
        && Sequences.Equal(Spans, other.Spans)
        && Sequences.Equal(Diagnostics, other.Diagnostics)
        && Sequences.Equal(Missing, other.Missing);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Report, Partial, Syntax, Sequences.Hash(Spans), Sequences.Hash(Diagnostics));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Report", Report), ("Partial", Partial), ("Missing", Missing), ("Syntax", Syntax), ("Quantities", Quantities), ("Spans", Spans), ("Diagnostics", Diagnostics));
}
