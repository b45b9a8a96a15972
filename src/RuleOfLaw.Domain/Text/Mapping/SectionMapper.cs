using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>Maps the outline onto the report's sections, each with the quantities of its own heading and body, and the preamble's quantities.</summary>
internal static class SectionMapper
{
    /// <summary>Maps the sections and the preamble's quantities, and gives each quantity's path in the model (<c>Sections[0].Quantities[1]</c>), null for one neither holds.</summary>
    public static (ImmutableArray<Section> Sections, ImmutableArray<Quantity> PreambleQuantities, QuantityPaths QuantityPaths) Map(ScannedText scanned, ReadNotes notes)
    {
        // Counted first, so each section's quantities go straight into an array of their number, handed over as it is.
        // Both counts per section are pooled scratch, cleared before use.
        var counts = ArrayPool<int>.Shared.Rent(scanned.Outline.Length);
        var filled = ArrayPool<int>.Shared.Rent(scanned.Outline.Length);
        Array.Clear(counts, 0, scanned.Outline.Length);
        Array.Clear(filled, 0, scanned.Outline.Length);
        var preambleCount = 0;
        foreach (var owner in scanned.Owners)
        {
            if (owner >= 0)
            {
                counts[owner]++;
            }
            else if (owner == ScannedText.PreambleOwner)
            {
                preambleCount++;
            }
        }

        var owned = new Quantity[]?[scanned.Outline.Length];
        var preamble = ImmutableArray.CreateBuilder<Quantity>(preambleCount);
        var slots = new int[scanned.Quantities.Length];
        for (var i = 0; i < scanned.Quantities.Length; i++)
        {
            var owner = scanned.Owners[i];
            var quantity = scanned.Syntax.Quantities[i].Quantity;
            var match = scanned.Quantities[i];
            if (owner >= 0)
            {
                var list = owned[owner] ??= new Quantity[counts[owner]];
                slots[i] = filled[owner]++;
                notes.Span(scanned.Paths[owner], SpanStep.SectionQuantities, slots[i], new SourceSpan(match.Start, match.Length));
                list[slots[i]] = quantity;
            }
            else if (owner == ScannedText.PreambleOwner)
            {
                slots[i] = preamble.Count;
                notes.Span(null, SpanStep.PreambleQuantities, slots[i], new SourceSpan(match.Start, match.Length));
                preamble.Add(quantity);
            }
        }

        ArrayPool<int>.Shared.Return(counts);
        ArrayPool<int>.Shared.Return(filled);
        var top = scanned.ChildrenOf(-1);
        var sections = ImmutableArray.CreateBuilder<Section>(top.Length);
        foreach (var k in top)
        {
            sections.Add(Build(scanned, k, owned, notes));
        }

        return (sections.MoveToImmutable(), preamble.MoveToImmutable(), new QuantityPaths(scanned, slots));
    }

    private static Section Build(ScannedText scanned, int k, Quantity[]?[] owned, ReadNotes notes)
    {
        var entry = scanned.Outline[k];
        var path = scanned.Paths[k];
        var childIndexes = scanned.ChildrenOf(k);
        // An array of the children's number, handed over as it is: no builder, and no array at all for a leaf.
        var children = childIndexes.IsEmpty ? [] : new Section[childIndexes.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Build(scanned, childIndexes[i], owned, notes);
        }

        notes.Span(path, scanned.SectionSpan(k));
        notes.Span(path, SpanStep.Marker, entry.MarkerSpan);
        notes.Span(path, SpanStep.Heading, entry.TitleSpan);
        notes.Span(path, SpanStep.Body, entry.BodySpan);

        // The model fixes a marker's level by its family; a text may use a marker one level down (一、 under 一、).
        var marker = entry.Marker;
        if (Section.LevelOfMarker(marker) is { } familyLevel && familyLevel != entry.Level)
        {
            if (notes.Counts(ReadDiagnosticCodes.MarkerOutOfLevel, entry.MarkerSpan))
            {
                notes.List(ReadDiagnosticCodes.MarkerOutOfLevel, entry.MarkerSpan, marker, entry.Title, entry.Level, familyLevel);
            }

            marker = string.Empty;
        }

        return new Section(marker, entry.Level, entry.Title, scanned.Slice(entry.BodySpan), ImmutableCollectionsMarshal.AsImmutableArray(children), scanned.PartsOf[k], entry.IsTitleBoundaryUncertain, owned[k] is { } quantities ? ImmutableCollectionsMarshal.AsImmutableArray(quantities) : []);
    }
}
