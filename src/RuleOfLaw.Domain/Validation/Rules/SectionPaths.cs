using System;
using System.Collections.Immutable;
using System.Text;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>Builds paths such as <c>Sections[1].Children[0]</c> only when an issue needs one.</summary>
internal static class SectionPaths
{
    public static string Format(ReadOnlySpan<int> indices)
    {
        var builder = new StringBuilder("Sections[", 32).Append(indices[0]).Append(']');
        for (var i = 1; i < indices.Length; i++)
        {
            builder.Append(".Children[").Append(indices[i]).Append(']');
        }

        return builder.ToString();
    }

    /// <summary>Finds the path of the first section, depth first, that covers a part.</summary>
    public static string? FirstCovering(ImmutableArray<Section> sections, ReportPart part)
    {
        Span<int> indices = stackalloc int[Section.MaxLevel + 1];
        return FirstCovering(sections, part, indices, 0);
    }

    private static string? FirstCovering(ImmutableArray<Section> sections, ReportPart part, Span<int> indices, int depth)
    {
        for (var i = 0; i < sections.Length; i++)
        {
            indices[depth] = i;
            if (sections[i].Parts.Contains(part))
            {
                return Format(indices[..(depth + 1)]);
            }

            if (FirstCovering(sections[i].Children, part, indices, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
