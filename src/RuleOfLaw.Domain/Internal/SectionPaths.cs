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
            Guard.That(IsWellFormed(path, path.Length), parameterName, Message.MustBeSectionPath, parameterName, path);
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

    /// <summary>
    /// The length of the section path and the index of a well-formed section quantity's path, or null: the section's path
    /// is the first <c>SectionLength</c> characters, read in place with <see cref="IndexReader"/>.
    /// </summary>
    public static (int SectionLength, int Index)? SplitQuantity(string path)
    {
        var at = path.LastIndexOf(Quantities, System.StringComparison.Ordinal);
        if (at < 0 || Index(path, at + Quantities.Length) is not { } index)
        {
            return null;
        }

        return IsWellFormed(path, at) ? (at, index) : null;
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

    /// <summary>Whether the first <paramref name="length"/> characters of a path are a well-formed section path.</summary>
    public static bool IsWellFormed(string path, int length)
    {
        var reader = new IndexReader(path, length);
        while (reader.MoveNext())
        {
        }

        return !reader.Malformed;
    }

    /// <summary>
    /// Reads the indexes a section path names, outermost first, in place (no list, no substring): the outline is walked
    /// once per path on every report built, so the walk allocates nothing. <see cref="Malformed"/> says, once
    /// <see cref="MoveNext"/> has returned false, whether the path was well formed.
    /// </summary>
    public struct IndexReader
    {
        private readonly string _path;
        private readonly int _length;
        private int _position;

        /// <summary>Reads the first <paramref name="length"/> characters of a path.</summary>
        public IndexReader(string path, int length)
        {
            _path = path;
            _length = length;
            _position = length >= Top.Length && string.CompareOrdinal(path, 0, Top, 0, Top.Length) == 0 ? Top.Length : -1;
            Malformed = _position < 0;
        }

        /// <summary>Gets the index just read.</summary>
        public int Current { get; private set; }

        /// <summary>Gets whether the path turned out not to be well formed.</summary>
        public bool Malformed { get; private set; }

        /// <summary>Reads the next index; false at the end of the path or at its first malformed character.</summary>
        public bool MoveNext()
        {
            if (_position < 0 || _position == _length)
            {
                return false;
            }

            var start = _position;
            var p = start;
            var value = 0;
            while (p < _length && _path[p] is >= '0' and <= '9' && p - start < 9)
            {
                value = (value * 10) + (_path[p] - '0');
                p++;
            }

            if (p == start || p >= _length || _path[p] != ']' || (_path[start] == '0' && p - start > 1))
            {
                return Fail();
            }

            p++;
            if (p < _length)
            {
                if (_length - p < Child.Length || string.CompareOrdinal(_path, p, Child, 0, Child.Length) != 0 || p + Child.Length == _length)
                {
                    return Fail();
                }

                p += Child.Length;
            }

            Current = value;
            _position = p;
            return true;
        }

        private bool Fail()
        {
            Malformed = true;
            _position = -1;
            return false;
        }
    }
}
