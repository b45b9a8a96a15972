using System.Collections.Generic;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Internal;

/// <summary>Paths to a section of a report's outline: <c>Sections[0]</c>, <c>Sections[0].Children[2]</c>, … (zero-based indexes).</summary>
internal static class SectionPaths
{
    private const string Top = "Sections[";
    private const string Child = ".Children[";

    /// <summary>Returns the path when it is null or well formed; throws <see cref="System.ArgumentException"/> otherwise.</summary>
    public static string? NullOrValid(string? path, string parameterName)
    {
        if (path is not null)
        {
            Guard.That(Indexes(path) is not null, parameterName, "{0} (\"{1}\") must be a section path such as Sections[0].Children[2]", parameterName, path);
        }

        return path;
    }

    /// <summary>The section a path names in an outline, or null when the path is malformed or names no section.</summary>
    public static Section? Resolve(ImmutableArray<Section> sections, string? path)
    {
        if (path is null || Indexes(path) is not { } indexes)
        {
            return null;
        }

        Section? section = null;
        var level = sections;
        foreach (var index in indexes)
        {
            if (index >= level.Length)
            {
                return null;
            }

            section = level[index];
            level = section.Children;
        }

        return section;
    }

    /// <summary>The indexes a well-formed path names, outermost first, or null.</summary>
    private static List<int>? Indexes(string path)
    {
        if (!path.StartsWith(Top, System.StringComparison.Ordinal))
        {
            return null;
        }

        var indexes = new List<int>(4);
        var p = Top.Length;
        while (true)
        {
            var start = p;
            long value = 0;
            while (p < path.Length && path[p] is >= '0' and <= '9' && p - start < 9)
            {
                value = (value * 10) + (path[p] - '0');
                p++;
            }

            if (p == start || p >= path.Length || path[p] != ']' || (path[start] == '0' && p - start > 1))
            {
                return null;
            }

            indexes.Add((int)value);
            p++;
            if (p == path.Length)
            {
                return indexes;
            }

            if (string.CompareOrdinal(path, p, Child, 0, Child.Length) != 0)
            {
                return null;
            }

            p += Child.Length;
        }
    }
}
