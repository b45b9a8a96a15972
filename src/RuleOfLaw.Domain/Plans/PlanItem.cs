using System;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Plans;

/// <summary>One arrangement of the plan for the next year (下一年度主要安排), with an optional quantitative target.</summary>
/// <remarks>
/// An item read from a text refers to the section it was read from (<see cref="Section"/>) instead of copying its body:
/// its <see cref="Description"/> is then empty and the section holds the text. Equality compares heading, description,
/// target and section path; there is no order.
/// </remarks>
public sealed record PlanItem
{
    /// <summary>Creates a plan item.</summary>
    /// <param name="heading">The item's heading as printed.</param>
    /// <param name="description">The body text; may be empty.</param>
    /// <param name="target">A quantitative target, such as 100% for a filing rate, or <see langword="null"/>.</param>
    /// <param name="section">The path of the report's section that states the item, such as <c>Sections[3].Children[0]</c>, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="heading"/> is blank, or <paramref name="section"/> is not a section path.</exception>
    [JsonConstructor]
    public PlanItem(string heading, string description = "", Quantity? target = null, string? section = null)
    {
        Section = SectionPaths.NullOrValid(section, nameof(section));
        Heading = Guard.NotBlank(heading, nameof(heading));
        Guard.NotNull(description, nameof(description));
        Description = description;
        Target = target;
    }

    /// <summary>Gets the heading as printed.</summary>
    public string Heading { get; }

    /// <summary>Gets the body text.</summary>
    public string Description { get; }

    /// <summary>Gets the quantitative target, if the item sets one.</summary>
    public Quantity? Target { get; }

    /// <summary>Gets the path of the report's section that states the item, or <see langword="null"/>.</summary>
    public string? Section { get; }
}
