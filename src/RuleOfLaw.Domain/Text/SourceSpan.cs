using System;
using System.Globalization;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Text;

/// <summary>A span of a report's source text, in UTF-16 code units, as <see cref="string.Substring(int, int)"/> counts them.</summary>
/// <remarks>
/// Equality compares start and length; spans are ordered by start, then length. The default value is the empty span
/// at index 0.
/// </remarks>
public readonly struct SourceSpan : IEquatable<SourceSpan>, IComparable<SourceSpan>
{
    private SourceSpan(int start, int length, bool _) => (Start, Length) = (start, length);

    /// <summary>Initializes a new instance of the <see cref="SourceSpan"/> struct.</summary>
    /// <param name="start">The index of the first code unit; not negative.</param>
    /// <param name="length">The number of code units; not negative, and <c>start + length</c> must not overflow.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or their sum exceeds <see cref="int.MaxValue"/>.</exception>
    [JsonConstructor]
    public SourceSpan(int start, int length)
        : this(start, length, true)
    {
        Guard.NotNegative(start, nameof(start));
        Guard.NotNegative(length, nameof(length));
        Guard.AtMost(length, (long)int.MaxValue - start, nameof(length), "the room left after start");
    }

    /// <summary>Gets the index of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Gets the number of code units.</summary>
    public int Length { get; }

    /// <summary>Gets the index just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Gets a value indicating whether the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and its end.</summary>
    /// <param name="start">The index of the first code unit.</param>
    /// <param name="end">The index just past the last code unit; not before <paramref name="start"/>.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative, or <paramref name="end"/> is before it.</exception>
    public static SourceSpan FromBounds(int start, int end)
    {
        Guard.NotNegative(start, nameof(start));
        Guard.AtMost(start, end, nameof(start), nameof(end));
        return new SourceSpan(start, end - start, true);
    }

    /// <summary>Gets a value indicating whether the span lies inside a text of the given length.</summary>
    /// <param name="textLength">The length of the text.</param>
    /// <returns><see langword="true"/> when the span ends at or before <paramref name="textLength"/>.</returns>
    public bool FitsIn(int textLength) => End <= textLength;

    /// <summary>Gets the text the span covers.</summary>
    /// <param name="text">The source text the span was taken from.</param>
    /// <returns>The covered text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public string Slice(string text)
    {
        Guard.NotNull(text, nameof(text));
        Guard.AtMost(End, text.Length, "span end", "text length");
        return text.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <inheritdoc/>
    public int CompareTo(SourceSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <summary>Returns the span as <c>[start..end)</c>.</summary>
    /// <returns>The span, for example <c>[1715..1720)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");

    /// <inheritdoc/>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

    /// <inheritdoc/>
    public static bool operator <(SourceSpan left, SourceSpan right) => left.CompareTo(right) < 0;

    /// <inheritdoc/>
    public static bool operator <=(SourceSpan left, SourceSpan right) => left.CompareTo(right) <= 0;

    /// <inheritdoc/>
    public static bool operator >(SourceSpan left, SourceSpan right) => left.CompareTo(right) > 0;

    /// <inheritdoc/>
    public static bool operator >=(SourceSpan left, SourceSpan right) => left.CompareTo(right) >= 0;
}
