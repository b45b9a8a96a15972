using System.Collections.Immutable;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Reports;

/// <summary>Finds what a path (<see cref="SectionPaths"/>) names in a report's outline: a section or a quantity.</summary>
internal static class SectionLookup
{
    /// <summary>The section a path names in an outline, or null when the path is malformed or names no section.</summary>
    public static Section? Resolve(ImmutableArray<Section> sections, string? path) =>
        path is null ? null : Resolve(sections, path, path.Length);

    /// <summary>The section the first <paramref name="length"/> characters of a path name, or null.</summary>
    private static Section? Resolve(ImmutableArray<Section> sections, string path, int length)
    {
        Section? section = null;
        var level = sections;
        var reader = new SectionPaths.IndexReader(path, length);
        var beyond = false;
        while (reader.MoveNext())
        {
            if (beyond || reader.Current >= level.Length)
            {
                // Read the rest of the path all the same: a malformed path names nothing, however far it reaches.
                beyond = true;
                continue;
            }

            section = level[reader.Current];
            level = section.Children;
        }

        return reader.Malformed || beyond ? null : section;
    }

    /// <summary>The quantity a path names in an outline (<c>Sections[0].Quantities[1]</c>) or a preamble (<c>PreambleQuantities[0]</c>), or null when the path is malformed or names no quantity.</summary>
    public static Quantity? ResolveQuantity(ImmutableArray<Section> sections, ImmutableArray<Quantity> preamble, string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (SectionPaths.PreambleIndex(path) is { } p)
        {
            return p < preamble.Length ? preamble[p] : null;
        }

        if (SectionPaths.SplitQuantity(path) is not { } split || Resolve(sections, path, split.SectionLength) is not { } section)
        {
            return null;
        }

        return split.Index < section.Quantities.Length ? section.Quantities[split.Index] : null;
    }
}
