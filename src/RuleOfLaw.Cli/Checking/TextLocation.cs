using System;
using System.Collections.Generic;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Cli.Checking;

/// <summary>A place in a text file as editors count it: one-based lines and one-based columns in UTF-16 code units, end exclusive.</summary>
/// <param name="Line">The line the span starts on, from 1.</param>
/// <param name="Column">The column the span starts at, from 1.</param>
/// <param name="EndLine">The line the span ends on.</param>
/// <param name="EndColumn">The column just after the span's last character.</param>
internal sealed record TextLocation(int Line, int Column, int EndLine, int EndColumn);

/// <summary>Turns offsets in a text into lines and columns; a line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;
    private readonly string _text;

    public LineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (c is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
        _length = text.Length;
        _text = text;
    }

    /// <summary>Gets the location of a span of the text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in the text (a bug in the reader).</exception>
    public TextLocation Locate(SourceSpan span)
    {
        if (!span.FitsIn(_length))
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "the span does not fit in a text of " + _length + " characters");
        }

        var (line, column) = Position(span.Start);
        var (endLine, endColumn) = Position(span.End);
        return new TextLocation(line, column, endLine, endColumn);
    }

    /// <summary>
    /// Gets the text of the line a location starts on, without its line break, cut to about <paramref name="width"/>
    /// characters around the location's column with <c>…</c> where it was cut (a paragraph of a report is one line).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The location is not in the text (a bug in the caller).</exception>
    public string Excerpt(TextLocation location, int width = 80)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Line < 1 || location.Line > _lineStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(location), location, "the line is not in a text of " + _lineStarts.Length + " lines");
        }

        var start = _lineStarts[location.Line - 1];
        var end = location.Line < _lineStarts.Length ? _lineStarts[location.Line] : _length;
        while (end > start && _text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        var line = _text.AsSpan(start, end - start);
        if (line.Length <= width)
        {
            return line.ToString();
        }

        // Keep a quarter of the width before the column, so the place itself is in view.
        var from = Math.Clamp(location.Column - 1 - (width / 4), 0, line.Length - width);
        from = AvoidSplitPair(line, from);
        var to = AvoidSplitPair(line, from + width);
        return (from > 0 ? "…" : string.Empty) + line[from..to].ToString() + (to < line.Length ? "…" : string.Empty);
    }

    private static int AvoidSplitPair(ReadOnlySpan<char> line, int index) =>
        index > 0 && index < line.Length && char.IsLowSurrogate(line[index]) ? index - 1 : index;

    private (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
