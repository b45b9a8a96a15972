using System.Collections.Immutable;
using System.Globalization;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>Maps the outline onto the report's sections, each with the quantities of its own heading and body, and the preamble's quantities.</summary>
internal static class SectionMapper
{
    public static (ImmutableArray<Section> Sections, ImmutableArray<Quantity> PreambleQuantities) Map(ScannedText scanned, ReadNotes notes)
    {
        // Counted first, so each section's quantities go straight into an array of their number.
        var counts = new int[scanned.Outline.Length];
        foreach (var owner in scanned.Owners)
        {
            if (owner >= 0)
            {
                counts[owner]++;
            }
        }

        var owned = new ImmutableArray<Quantity>.Builder?[scanned.Outline.Length];
        var preamble = ImmutableArray.CreateBuilder<Quantity>();
        for (var i = 0; i < scanned.Quantities.Length; i++)
        {
            var owner = scanned.Owners[i];
            var quantity = scanned.Syntax.Quantities[i].Quantity;
            var match = scanned.Quantities[i];
            if (owner >= 0)
            {
                var list = owned[owner] ??= ImmutableArray.CreateBuilder<Quantity>(counts[owner]);
                notes.Span(string.Create(CultureInfo.InvariantCulture, $"{scanned.Paths[owner]}.Quantities[{list.Count}]"), new SourceSpan(match.Start, match.Length));
                list.Add(quantity);
            }
            else if (owner == ScannedText.PreambleOwner)
            {
                notes.Span(string.Create(CultureInfo.InvariantCulture, $"PreambleQuantities[{preamble.Count}]"), new SourceSpan(match.Start, match.Length));
                preamble.Add(quantity);
            }
        }

        var top = scanned.ChildrenOf(-1);
        var sections = ImmutableArray.CreateBuilder<Section>(top.Length);
        foreach (var k in top)
        {
            sections.Add(Build(scanned, k, owned, notes));
        }

        return (sections.MoveToImmutable(), preamble.ToImmutable());
    }

    private static Section Build(ScannedText scanned, int k, ImmutableArray<Quantity>.Builder?[] owned, ReadNotes notes)
    {
        var entry = scanned.Outline[k];
        var path = scanned.Paths[k];
        var childIndexes = scanned.ChildrenOf(k);
        var children = ImmutableArray.CreateBuilder<Section>(childIndexes.Length);
        foreach (var child in childIndexes)
        {
            children.Add(Build(scanned, child, owned, notes));
        }

        notes.Span(path, scanned.SectionSpan(k));
        notes.Span(path + ".Marker", entry.MarkerSpan);
        notes.Span(path + ".Heading", entry.TitleSpan);
        notes.Span(path + ".Body", entry.BodySpan);

        // The model fixes a marker's level by its family; a text may use a marker one level down (一、 under 一、).
        var marker = entry.Marker;
        if (Section.LevelOfMarker(marker) is { } familyLevel && familyLevel != entry.Level)
        {
            notes.Note(ReadDiagnosticCodes.MarkerOutOfLevel, entry.MarkerSpan, marker, entry.Title, entry.Level, familyLevel);
            marker = string.Empty;
        }

        return new Section(marker, entry.Level, entry.Title, scanned.Slice(entry.BodySpan), children.MoveToImmutable(), scanned.PartsOf[k], entry.IsTitleBoundaryUncertain, owned[k]?.MoveToImmutable() ?? []);
    }
}
