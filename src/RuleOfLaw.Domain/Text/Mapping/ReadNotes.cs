using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>What one read records as it maps: where each element of the result is, and the reading notes.</summary>
/// <remarks>One instance per read, written by the mappers in turn; its contents are copied out at the end.</remarks>
internal sealed class ReadNotes
{
    private readonly List<ElementSpan> _spans = [];
    private readonly List<ReadDiagnostic> _diagnostics = [];

    /// <summary>Records where an element is, when it is anywhere.</summary>
    public void Span(string path, SourceSpan? span)
    {
        if (span is { } value)
        {
            _spans.Add(new ElementSpan(path, value));
        }
    }

    /// <summary>Records a reading note, its message formatted from its descriptor's template with the values in template order.</summary>
    public void Note(string code, SourceSpan? span, params object?[] values) =>
        _diagnostics.Add(ReadDiagnosticCodes.Describe(code).CreateNote(span, values));

    public ImmutableArray<ElementSpan> Spans() => [.. _spans];

    /// <summary>The notes in order of position, those without a place last, ties by code then as recorded.</summary>
    public ImmutableArray<ReadDiagnostic> Diagnostics() =>
        [.. _diagnostics.OrderBy(d => d.Span?.Start ?? int.MaxValue).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
