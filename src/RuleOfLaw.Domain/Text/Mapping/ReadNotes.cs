using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>What one read records as it maps: where each element of the result is, and the reading notes.</summary>
/// <remarks>One instance per read, written by the mappers in turn; its contents are copied out at the end.</remarks>
internal sealed class ReadNotes
{
    /// <summary>The most notes of one code a read lists; the rest are counted in one <see cref="ReadDiagnosticCodes.NotesSummarised"/> note.</summary>
    public const int MaxNotesPerCode = 100;

    private readonly SpanNotes _spans = new();

    private readonly List<ReadDiagnostic> _diagnostics = [];

    // How many notes of each code were recorded, and where the first one left out is (null when it has no place).
    private readonly Dictionary<string, (int Count, SourceSpan? FirstOmitted)> _counts = new(StringComparer.Ordinal);

    /// <summary>Records where an element is, when it is anywhere.</summary>
    public void Span(string path, SourceSpan? span) => Span(path, SpanStep.None, -1, span);

    /// <summary>Records where an element is, when it is anywhere, its path a step after a prefix (<c>Sections[0]</c> and <see cref="SpanStep.Heading"/>).</summary>
    public void Span(string prefix, SpanStep step, SourceSpan? span) => Span(prefix, step, -1, span);

    /// <summary>Records where an element is, when it is anywhere, its path an indexed step after a prefix or none (<see cref="SpanStep.Measures"/> and 3).</summary>
    public void Span(string? prefix, SpanStep step, int index, SourceSpan? span)
    {
        if (span is { } value)
        {
            _spans.Add(new SpanNote(prefix, step, index, value));
        }
    }

    /// <summary>Records a reading note, its message formatted from its descriptor's template with the values in template order.</summary>
    /// <remarks>
    /// Beyond <see cref="MaxNotesPerCode"/> notes of one code the note is only counted (its message is never formatted);
    /// <see cref="Diagnostics"/> then adds one <see cref="ReadDiagnosticCodes.NotesSummarised"/> note for the rest.
    /// </remarks>
    public void Note(string code, SourceSpan? span, params ReadOnlySpan<object?> values)
    {
        if (Counts(code, span))
        {
            List(code, span, values);
        }
    }

    /// <summary>
    /// Counts a note of <paramref name="code"/> and says whether it is listed (true: the caller then passes its values to
    /// <see cref="List"/>) or only counted, beyond <see cref="MaxNotesPerCode"/>. A loop that may note once per heading or
    /// number asks first, so the notes left out cost neither their values nor their message.
    /// </summary>
    public bool Counts(string code, SourceSpan? span)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, code, out _);
        count.Count++;
        if (count.Count > MaxNotesPerCode)
        {
            count.FirstOmitted ??= span;
            return false;
        }

        return true;
    }

    /// <summary>Lists a note that <see cref="Counts"/> has counted and said is listed.</summary>
    public void List(string code, SourceSpan? span, params ReadOnlySpan<object?> values) => _diagnostics.Add(ReadDiagnostic.Create(ReadDiagnosticCodes.Describe(code), span, values));

    /// <summary>The spans noted, handed over with their paths still in parts.</summary>
    public SpanNotes Spans() => _spans;

    /// <summary>The notes in order of position, those without a place last, ties by code then as recorded.</summary>
    public ImmutableArray<ReadDiagnostic> Diagnostics()
    {
        foreach (var (code, (count, firstOmitted)) in _counts.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (count > MaxNotesPerCode)
            {
                _diagnostics.Add(ReadDiagnostic.Create(ReadDiagnosticCodes.Describe(ReadDiagnosticCodes.NotesSummarised), firstOmitted, count - MaxNotesPerCode, code, MaxNotesPerCode));
            }
        }

        // In order of place (notes with none last), then of code, else in the order made: the order of the notes' indexes,
        // sorted in pooled storage, is copied into the one array handed over.
        var listed = _diagnostics.Count;
        var order = ArrayPool<int>.Shared.Rent(listed);
        for (var i = 0; i < listed; i++)
        {
            order[i] = i;
        }

        var diagnostics = _diagnostics;
        order.AsSpan(0, listed).Sort((a, b) =>
        {
            var (x, y) = (diagnostics[a], diagnostics[b]);
            var byPlace = (x.Span?.Start ?? int.MaxValue).CompareTo(y.Span?.Start ?? int.MaxValue);
            var byCode = byPlace != 0 ? byPlace : string.CompareOrdinal(x.Code, y.Code);
            return byCode != 0 ? byCode : a.CompareTo(b);
        });
        var sorted = new ReadDiagnostic[listed];
        for (var i = 0; i < listed; i++)
        {
            sorted[i] = diagnostics[order[i]];
        }

        ArrayPool<int>.Shared.Return(order);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }
}
