using System.Collections.Generic;

namespace RuleOfLaw.Domain.Internal;

/// <summary>Paths to a section of a report's outline: <c>Sections[0]</c>, <c>Sections[0].Children[2]</c>, … (zero-based indexes).</summary>
internal static class SectionPaths
{
    private const string Top = "Sections[";
    private const string Child = ".Children[";
    private const string Quantities = ".Quantities[";
    private const string Preamble = "PreambleQuantities[";

    /// <summary>Returns the path when it is null or well formed; throws <see cref="System.ArgumentException"/> otherwise.</summary>
    public static string? NullOrValid(string? path, string parameterName)
    {
        if (path is not null)
        {
            Guard.That(Indexes(path) is not null, parameterName, Message.MustBeSectionPath, parameterName, path);
        }

        return path;
    }

    /// <summary>Returns the path when it is null or a well-formed section quantity's path; throws <see cref="System.ArgumentException"/> otherwise.</summary>
    public static string? QuantityNullOrValid(string? path, string parameterName)
    {
        if (path is not null)
        {
            Guard.That(SplitQuantity(path) is not null, parameterName, Message.MustBeQuantityPath, parameterName, path);
        }

        return path;
    }

    /// <summary>The index of a well-formed preamble quantity's path (<c>PreambleQuantities[0]</c>), or null for any other path.</summary>
    public static int? PreambleIndex(string path) =>
        path.StartsWith(Preamble, System.StringComparison.Ordinal) ? Index(path, Preamble.Length) : null;

    /// <summary>The section path and the index of a well-formed section quantity's path, or null.</summary>
    public static (string Section, int Index)? SplitQuantity(string path)
    {
        var at = path.LastIndexOf(Quantities, System.StringComparison.Ordinal);
        if (at < 0 || Index(path, at + Quantities.Length) is not { } index)
        {
            return null;
        }

        var section = path[..at];
        return Indexes(section) is null ? null : (section, index);
    }

    /// <summary>The index written from a position to a closing bracket that ends the path (no leading zero, at most 9 digits), or null.</summary>
    private static int? Index(string path, int start)
    {
        var end = path.Length - 1;
        if (end <= start || end - start > 9 || path[end] != ']' || (path[start] == '0' && end - start > 1))
        {
            return null;
        }

        var value = 0;
        for (var p = start; p < end; p++)
        {
            if (path[p] is not (>= '0' and <= '9'))
            {
                return null;
            }

            value = (value * 10) + (path[p] - '0');
        }

        return value;
    }

    /// <summary>The indexes a well-formed path names, outermost first, or null.</summary>
    public static List<int>? Indexes(string path)
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
