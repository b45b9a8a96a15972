using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
    private Dictionary<string, SourceSpan>? byPath;

    // A read's spans, their paths in parts (null when the spans were given whole), and the spans spelled out (default until first asked for).
    private readonly Mapping.SpanNotes? _pendingSpans;
    private ImmutableArray<ElementSpan> _spans;

    [JsonConstructor]
    internal ReportReadResult(
        AnnualReport? report,
        PartialReport? partial,
        ReportSyntax syntax,
        ImmutableArray<ElementSpan> spans,
        ImmutableArray<ReadDiagnostic> diagnostics,
        ImmutableArray<string> missing,
        DocumentKind documentKind = DocumentKind.AnnualReport)
    {
        Guard.Defined(documentKind, nameof(documentKind));
        DocumentKind = documentKind;
        Missing = Sequences.OrEmpty(missing);
        Report = report;
        Partial = report is null ? partial : null;
        Syntax = syntax;
        var quantities = new Quantity[syntax.Quantities.Length];
        for (var i = 0; i < quantities.Length; i++)
        {
            quantities[i] = syntax.Quantities[i].Quantity;
        }

        Quantities = ImmutableCollectionsMarshal.AsImmutableArray(quantities);
        _spans = Sequences.OrEmpty(spans);
        Diagnostics = Sequences.OrEmpty(diagnostics);
    }

    /// <summary>Creates the result of a read, whose spans are spelled out when first asked for.</summary>
    internal ReportReadResult(
        AnnualReport? report,
        PartialReport? partial,
        ReportSyntax syntax,
        Mapping.SpanNotes spans,
        ImmutableArray<ReadDiagnostic> diagnostics,
        ImmutableArray<string> missing,
        DocumentKind documentKind)
        : this(report, partial, syntax, default(ImmutableArray<ElementSpan>), diagnostics, missing, documentKind)
    {
        _pendingSpans = spans;
        _spans = default;
    }

    /// <summary>Gets what kind of document the text is: an annual report, statistics, an information-disclosure report or another document.</summary>
    /// <remarks>
    /// Decided from the title's and the opening's words and the structure, whether or not a report was built; the built
    /// report carries the same kind (<see cref="AnnualReport.DocumentKind"/>), so validation does not apply the rules of
    /// annual reports to another kind. A note (<see cref="ReadDiagnosticCodes.DocumentKindRead"/>) says how sure and why
    /// when the kind is not an annual report, or an annual report only by default.
    /// </remarks>
    public DocumentKind DocumentKind { get; }

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
    /// <remarks>A read keeps the paths in parts and spells them out when this is first read: a caller who never asks pays nothing for them.</remarks>
    public ImmutableArray<ElementSpan> Spans
    {
        get
        {
            var spans = _spans;
            if (spans.IsDefault)
            {
                // A race spells the same spans twice; either copy serves (the array is one reference, written whole).
                spans = _pendingSpans!.ToElementSpans();
                _spans = spans;
            }

            return spans;
        }
    }

    /// <summary>Gets the diagnostics, in order of position (those without a place last).</summary>
    public ImmutableArray<ReadDiagnostic> Diagnostics { get; }

    /// <summary>Gets the span of the element at a path, such as <c>Sections[0].Heading</c>.</summary>
    /// <param name="path">The element's path.</param>
    /// <returns>The span, or <see langword="null"/> when no element has that path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public SourceSpan? SpanOf(string path)
    {
        Guard.NotNull(path, nameof(path));
        return ByPath().TryGetValue(path, out var span) ? span : null;
    }

    /// <summary>
    /// Gets where a finding at a path is in the text: the element's heading when it has one (a section), else the
    /// element's own span, else the same for its nearest ancestor that was located.
    /// </summary>
    /// <remarks>
    /// Ancestors are found by cutting the path's last step: <c>Sections[1].Children[0].Body</c>, then
    /// <c>Sections[1].Children[0]</c>, <c>Sections[1].Children</c>, <c>Sections[1]</c>, <c>Sections</c>. A finding about a
    /// whole section thus points at its heading, not at all of its text.
    /// </remarks>
    /// <param name="path">A finding's path (<see cref="Validation.ValidationIssue.Path"/>), such as <c>Sections[1].Parts</c>; empty for the report.</param>
    /// <returns>The span, or <see langword="null"/> when neither the element nor an ancestor was located.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public SourceSpan? PlaceOf(string path)
    {
        Guard.NotNull(path, nameof(path));
        var byPath = ByPath();
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (byPath.TryGetValue(current + ".Heading", out var heading))
            {
                return heading;
            }

            if (byPath.TryGetValue(current, out var span))
            {
                return span;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(ReportReadResult? other) =>
        other is not null
        && DocumentKind == other.DocumentKind
        && Equals(Report, other.Report)
        && Equals(Partial, other.Partial)
        && Equals(Syntax, other.Syntax)
        && Sequences.Equal(Spans, other.Spans)
        && Sequences.Equal(Diagnostics, other.Diagnostics)
        && Sequences.Equal(Missing, other.Missing);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(DocumentKind, Report, Partial, Syntax, Sequences.Hash(Spans), Sequences.Hash(Diagnostics));

    private static string Parent(string path)
    {
        var cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut <= 0 ? string.Empty : path[..cut];
    }

    /// <summary>Indexes the spans by path once, the first of each path winning.</summary>
    private Dictionary<string, SourceSpan> ByPath()
    {
        if (byPath is { } index)
        {
            return index;
        }

        index = new Dictionary<string, SourceSpan>(Spans.Length, StringComparer.Ordinal);
        foreach (var element in Spans)
        {
            index.TryAdd(element.Path, element.Span);
        }

        // A race builds the same index twice; either copy serves.
        byPath = index;
        return index;
    }

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("DocumentKind", DocumentKind), ("Report", Report), ("Partial", Partial), ("Missing", Missing), ("Syntax", Syntax), ("Quantities", Quantities), ("Spans", Spans), ("Diagnostics", Diagnostics));
}
