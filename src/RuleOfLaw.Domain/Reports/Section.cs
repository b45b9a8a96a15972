using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Reports;

/// <summary>A numbered section of a report's outline: marker, heading, body, subsections and the parts it covers (章节).</summary>
/// <remarks>
/// <para>
/// Marker families fix the outline level: <c>一、</c> = 1; <c>（一）</c>/<c>(一)</c> = 2; <c>1.</c>/<c>1．</c>/<c>1、</c> = 3;
/// <c>（1）</c>/<c>(1)</c> = 4; <c>①</c> = 5, full-width and ASCII forms alike. A section whose marker belongs to none
/// of these families (or has no marker) may sit at any level from 1 to 5. Every child is deeper than its parent; a
/// level may be skipped, as real reports do.
/// </para>
/// <para>
/// A section maps to zero, one or several of the five required parts (<see cref="ReportPart"/>): real reports nest
/// and merge them.
/// </para>
/// <para>
/// A section keeps the quantities printed in its own heading and body (<see cref="Quantities"/>); those of its
/// subsections are theirs. Equality compares every property, the children, parts and quantities in order; there is no
/// order.
/// </para>
/// </remarks>
public sealed record Section
{
    /// <summary>The shallowest outline level.</summary>
    public const int MinLevel = OutlineMarkers.MinLevel;

    /// <summary>The deepest outline level.</summary>
    public const int MaxLevel = OutlineMarkers.MaxLevel;

    /// <summary>Creates a section.</summary>
    /// <param name="marker">The marker as printed, such as <c>一、</c> or <c>(一)</c>; empty when the heading has none.</param>
    /// <param name="outlineLevel">The outline level, 1 to 5; must match the marker's family when it has one.</param>
    /// <param name="heading">The heading as printed, without the marker.</param>
    /// <param name="body">The body text before the first subsection; may be empty.</param>
    /// <param name="children">The subsections in order, each deeper than this section.</param>
    /// <param name="parts">The required parts this section covers, without repeats; may be empty.</param>
    /// <param name="isHeadingBoundaryUncertain">Whether the heading runs into the body with no stop, so its end is a judgement.</param>
    /// <param name="quantities">The quantities printed in the heading and the body (not in the subsections), in order; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="marker"/>, <paramref name="heading"/> or <paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="heading"/> is blank; the level does not match the marker's family; a child is null or not deeper;
    /// a part repeats; or a quantity is null.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outlineLevel"/> is outside 1–5, or a part is not a defined value.</exception>
    [JsonConstructor]
    public Section(string marker, int outlineLevel, string heading, string body = "", ImmutableArray<Section> children = default, ImmutableArray<ReportPart> parts = default, bool isHeadingBoundaryUncertain = false, ImmutableArray<Measures.Quantity> quantities = default)
    {
        Guard.NotNull(marker, nameof(marker));
        Guard.InRange(outlineLevel, MinLevel, MaxLevel, nameof(outlineLevel));
        if (OutlineMarkers.LevelOf(marker) is { } markerLevel)
        {
            Guard.That(markerLevel == outlineLevel, nameof(outlineLevel), Message.OutlineLevelOfMarker, outlineLevel, markerLevel, marker);
        }

        Heading = Guard.NotBlank(heading, nameof(heading));
        Guard.NotNull(body, nameof(body));
        Children = Sequences.NoNulls(children, nameof(children));
        for (var i = 0; i < Children.Length; i++)
        {
            Guard.That(Children[i].OutlineLevel > outlineLevel, nameof(children), Message.ChildMustBeDeeper, i, Children[i].OutlineLevel, Children[i].Marker, outlineLevel);
        }

        Parts = Sequences.OrEmpty(parts);
        for (var i = 0; i < Parts.Length; i++)
        {
            Guard.Defined(Parts[i], nameof(parts));
            Guard.That(Parts.IndexOf(Parts[i]) == i, nameof(parts), Message.PartsMustNotRepeat, Parts[i]);
        }

        Quantities = Sequences.NoNulls(quantities, nameof(quantities));
        Marker = marker;
        OutlineLevel = outlineLevel;
        Body = body;
        IsHeadingBoundaryUncertain = isHeadingBoundaryUncertain;
    }

    /// <summary>Gets the marker as printed, or an empty string.</summary>
    public string Marker { get; }

    /// <summary>Gets the outline level, 1 (outermost) to 5.</summary>
    public int OutlineLevel { get; }

    /// <summary>Gets the heading as printed, without the marker.</summary>
    public string Heading { get; }

    /// <summary>Gets the body text before the first subsection.</summary>
    public string Body { get; }

    /// <summary>Gets the subsections in order.</summary>
    public ImmutableArray<Section> Children { get; }

    /// <summary>Gets the required parts this section covers.</summary>
    public ImmutableArray<ReportPart> Parts { get; }

    /// <summary>Gets the quantities printed in the heading and the body, in order; those of the subsections are theirs.</summary>
    public ImmutableArray<Measures.Quantity> Quantities { get; }

    /// <summary>Gets a value indicating whether the heading's end is a judgement (it runs into the body with no stop).</summary>
    public bool IsHeadingBoundaryUncertain { get; }

    /// <summary>Gets the outline level a marker's family fixes.</summary>
    /// <param name="marker">A marker as printed, such as <c>（一）</c> or <c>1．</c>.</param>
    /// <returns>The level 1–5, or <see langword="null"/> when the marker belongs to no known family.</returns>
    public static int? LevelOfMarker(string? marker) => OutlineMarkers.LevelOf(marker);

    /// <summary>Gets the words of a range of the body, such as where a shortcoming that refers to this section is stated.</summary>
    /// <param name="range">A range of <see cref="Body"/>.</param>
    /// <returns>The body's text in that range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> ends past the body.</exception>
    public string Excerpt(BodyRange range)
    {
        Guard.AtMost(range.End, Body.Length, nameof(range), "the body's length");
        return Body.Substring(range.Start, range.Length);
    }

    /// <summary>Enumerates this section and all its descendants, depth first, in document order.</summary>
    /// <returns>The sections in document order, starting with this one.</returns>
    public IEnumerable<Section> SelfAndDescendants()
    {
        var stack = new Stack<Section>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var section = stack.Pop();
            yield return section;
            for (var i = section.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(section.Children[i]);
            }
        }
    }

    /// <summary>Returns a copy with other children.</summary>
    /// <param name="children">The new subsections.</param>
    /// <returns>The new section.</returns>
    /// <exception cref="ArgumentException">A child is null or not deeper than this section.</exception>
    public Section WithChildren(ImmutableArray<Section> children) =>
        new(Marker, OutlineLevel, Heading, Body, children, Parts, IsHeadingBoundaryUncertain, Quantities);

    /// <inheritdoc/>
    public bool Equals(Section? other) =>
        other is not null && Marker == other.Marker && OutlineLevel == other.OutlineLevel && Heading == other.Heading
        && Body == other.Body && IsHeadingBoundaryUncertain == other.IsHeadingBoundaryUncertain
        && Sequences.Equal(Parts, other.Parts) && Sequences.Equal(Children, other.Children) && Sequences.Equal(Quantities, other.Quantities);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Marker, OutlineLevel, Heading, Body, IsHeadingBoundaryUncertain, Sequences.Hash(Parts), Sequences.Hash(Children), Sequences.Hash(Quantities));

    /// <summary>Returns the marker and heading, such as <c>一、总结</c>.</summary>
    /// <returns>The marker followed by the heading.</returns>
    public override string ToString() => Marker + Heading;
}
