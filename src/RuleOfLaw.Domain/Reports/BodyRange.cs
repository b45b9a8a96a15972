using System;
using System.Globalization;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Reports;

/// <summary>
/// A range of a section's body text (<see cref="Section.Body"/>), in UTF-16 code units as <see cref="string.Substring(int, int)"/>
/// counts them: where an element read from the section, such as a shortcoming's sentence, is stated.
/// </summary>
/// <remarks>
/// An element that refers to its section by a range instead of copying its words keeps the report's JSON free of every
/// body twice; <see cref="Section.Excerpt(BodyRange)"/> gives the words back. Equality compares start and length; there
/// is no order. The default value is the empty range at index 0.
/// </remarks>
public readonly struct BodyRange : IEquatable<BodyRange>
{
    /// <summary>Initializes a new instance of the <see cref="BodyRange"/> struct.</summary>
    /// <param name="start">The index of the first code unit in the body; not negative.</param>
    /// <param name="length">The number of code units; not negative, and <c>start + length</c> must not overflow.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or their sum exceeds <see cref="int.MaxValue"/>.</exception>
    [JsonConstructor]
    public BodyRange(int start, int length)
    {
        Guard.NotNegative(start, nameof(start));
        Guard.NotNegative(length, nameof(length));
        Guard.AtMost(length, (long)int.MaxValue - start, nameof(length), "the room left after start");
        (Start, Length) = (start, length);
    }

    /// <summary>Gets the index of the first code unit in the body.</summary>
    public int Start { get; }

    /// <summary>Gets the number of code units.</summary>
    public int Length { get; }

    /// <summary>Gets the index just past the last code unit.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>Gets a value indicating whether the range covers no code unit.</summary>
    [JsonIgnore]
    public bool IsEmpty => Length == 0;

    /// <inheritdoc/>
    public static bool operator ==(BodyRange left, BodyRange right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(BodyRange left, BodyRange right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(BodyRange other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BodyRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Returns the range as <c>[start..end)</c>.</summary>
    /// <returns>The range, for example <c>[12..40)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");
}
