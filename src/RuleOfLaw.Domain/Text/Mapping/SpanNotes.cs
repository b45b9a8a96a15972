using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// The spans one read notes, in order, their paths in parts until <see cref="ToElementSpans"/> spells them out. The
/// notes are kept in chunks small enough to stay off the large object heap, each filled before the next is made, so
/// nothing is copied as the list grows and a long text costs no gen-2 collection for its spans.
/// </summary>
internal sealed class SpanNotes
{
    /// <summary>Notes per chunk: 2,048 of 24 bytes each, well under the large object heap's 85,000 bytes.</summary>
    private const int ChunkLength = 2048;

    private readonly List<SpanNote[]> _chunks = [];

    /// <summary>Gets how many notes there are.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a note at the end.</summary>
    public void Add(SpanNote note)
    {
        var slot = Count % ChunkLength;
        if (slot == 0)
        {
            _chunks.Add(new SpanNote[ChunkLength]);
        }

        _chunks[^1][slot] = note;
        Count++;
    }

    /// <summary>The element spans, in the order noted, paths spelled out.</summary>
    public ImmutableArray<ElementSpan> ToElementSpans()
    {
        var spans = new ElementSpan[Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = _chunks[i / ChunkLength][i % ChunkLength].ToElementSpan();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(spans);
    }
}
