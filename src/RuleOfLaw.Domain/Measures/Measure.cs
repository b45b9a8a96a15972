using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Measures;

/// <summary>A measure a report describes, with the task areas it serves and its quantified results (举措和成效).</summary>
/// <remarks>
/// A measure read from a text refers to the section it was read from (<see cref="Section"/>, found with
/// <see cref="Reports.AnnualReport.SectionAt(string?)"/>) instead of copying its body and quantities: its
/// <see cref="Description"/> and <see cref="Results"/> are then empty, and the section's body and
/// <see cref="Reports.Section.Quantities"/> hold them. Equality compares heading, description, task areas, results in
/// order and the section path; there is no order.
/// </remarks>
public sealed record Measure
{
    /// <summary>Creates a measure.</summary>
    /// <param name="heading">The measure's heading as printed.</param>
    /// <param name="description">The body text; may be empty.</param>
    /// <param name="taskAreas">The task areas of an outline the measure serves; may be empty.</param>
    /// <param name="results">The quantities the measure reports as results; may be empty.</param>
    /// <param name="section">The path of the report's section that states the measure, such as <c>Sections[0].Children[2]</c>, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="heading"/> is blank, a collection holds null, or <paramref name="section"/> is not a section path.</exception>
    [JsonConstructor]
    public Measure(string heading, string description = "", ImmutableArray<TaskArea> taskAreas = default, ImmutableArray<Quantity> results = default, string? section = null)
    {
        Section = SectionPaths.NullOrValid(section, nameof(section));
        Heading = Guard.NotBlank(heading, nameof(heading));
        Guard.NotNull(description, nameof(description));
        Description = description;
        TaskAreas = Sequences.NoNulls(taskAreas, nameof(taskAreas));
        Results = Sequences.NoNulls(results, nameof(results));
    }

    /// <summary>Gets the heading as printed.</summary>
    public string Heading { get; }

    /// <summary>Gets the body text.</summary>
    public string Description { get; }

    /// <summary>Gets the task areas the measure serves.</summary>
    public ImmutableArray<TaskArea> TaskAreas { get; }

    /// <summary>Gets the quantified results, in the order printed.</summary>
    public ImmutableArray<Quantity> Results { get; }

    /// <summary>Gets the path of the report's section that states the measure, or <see langword="null"/>.</summary>
    public string? Section { get; }

    /// <summary>Returns a copy with other results.</summary>
    /// <param name="results">The new results.</param>
    /// <returns>The new measure.</returns>
    /// <exception cref="ArgumentException"><paramref name="results"/> holds null.</exception>
    public Measure WithResults(ImmutableArray<Quantity> results) => new(Heading, Description, TaskAreas, results, Section);

    /// <inheritdoc/>
    public bool Equals(Measure? other) =>
        other is not null && Heading == other.Heading && Description == other.Description
        && Sequences.Equal(TaskAreas, other.TaskAreas) && Sequences.Equal(Results, other.Results) && Section == other.Section;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Heading, Description, Sequences.Hash(TaskAreas), Sequences.Hash(Results), Section);

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Heading", Heading), ("Description", Description), ("TaskAreas", TaskAreas), ("Results", Results), ("Section", Section));
}
