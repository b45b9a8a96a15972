using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RuleOfLaw.Review.Model;

/// <summary>A run of text covered by the same marks; the page renders each as one element.</summary>
/// <param name="Start">Where the run starts.</param>
/// <param name="Length">How long it is (at least one character).</param>
/// <param name="Marks">The marks covering it, the one that shows first (see <see cref="TextMark.Precedence"/>, then the shortest).</param>
/// <param name="Opens">The marks that start at this run (the page puts their anchors and severity symbols here).</param>
public sealed record TextSegment(int Start, int Length, ImmutableArray<TextMark> Marks, ImmutableArray<TextMark> Opens)
{
    /// <summary>Gets the mark that decides the run's look and what a click shows, or <see langword="null"/> for plain text.</summary>
    public TextMark? Top => Marks.IsEmpty ? null : Marks[0];

    /// <summary>Cuts a text into runs at every mark boundary, in one sweep over the sorted boundaries.</summary>
    /// <param name="textLength">The text's length.</param>
    /// <param name="marks">The marks; spans past the end are clipped, empty spans widened to one character.</param>
    /// <returns>Runs covering the whole text, in order, none empty.</returns>
    public static ImmutableArray<TextSegment> Cut(int textLength, IEnumerable<TextMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var clipped = new List<(int Start, int End, TextMark Mark)>();
        foreach (var mark in marks)
        {
            var start = Math.Min(mark.Span.Start, textLength);
            var end = Math.Min(Math.Max(mark.Span.End, start + 1), textLength);
            if (start < end)
            {
                clipped.Add((start, end, mark));
            }
        }

        var bounds = new SortedSet<int> { 0, textLength };
        foreach (var (start, end, _) in clipped)
        {
            bounds.Add(start);
            bounds.Add(end);
        }

        clipped.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        var result = ImmutableArray.CreateBuilder<TextSegment>(bounds.Count);
        var active = new List<(int Start, int End, TextMark Mark)>();
        var next = 0;
        var previous = -1;
        foreach (var bound in bounds)
        {
            if (previous >= 0 && previous < bound)
            {
                active.RemoveAll(a => a.End <= previous);
                var opens = ImmutableArray.CreateBuilder<TextMark>();
                while (next < clipped.Count && clipped[next].Start == previous)
                {
                    active.Add(clipped[next]);
                    opens.Add(clipped[next].Mark);
                    next++;
                }

                var covering = active.ConvertAll(a => a);
                covering.Sort((x, y) =>
                {
                    var byPrecedence = y.Mark.Precedence.CompareTo(x.Mark.Precedence);
                    return byPrecedence != 0 ? byPrecedence : (x.End - x.Start).CompareTo(y.End - y.Start);
                });
                result.Add(new TextSegment(previous, bound - previous, covering.ConvertAll(c => c.Mark).ToImmutableArray(), opens.ToImmutable()));
            }

            previous = bound;
        }

        return result.ToImmutable();
    }
}
