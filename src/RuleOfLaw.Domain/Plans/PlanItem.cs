using System;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Plans;

/// <summary>One arrangement of the plan for the next year (下一年度主要安排), with an optional quantitative target.</summary>
/// <remarks>
/// An item read from a text refers to the section it was read from (<see cref="Section"/>) instead of copying its body:
/// its <see cref="Description"/> is then empty and the section holds the text. Its target, likewise, is a quantity the
/// section already holds, named by <see cref="TargetPath"/> instead of copied into <see cref="Target"/>;
/// <see cref="Reports.AnnualReport.TargetOf(PlanItem)"/> gives it either way. Equality compares heading, description, target, section path
/// and target path; there is no order.
/// </remarks>
public sealed record PlanItem
{
    /// <summary>Creates a plan item.</summary>
    /// <param name="heading">The item's heading as printed.</param>
    /// <param name="description">The body text; may be empty.</param>
    /// <param name="target">A quantitative target, such as 100% for a filing rate, or <see langword="null"/>.</param>
    /// <param name="section">The path of the report's section that states the item, such as <c>Sections[3].Children[0]</c>, or <see langword="null"/>.</param>
    /// <param name="targetPath">
    /// The path of the section quantity that is the target, such as <c>Sections[3].Children[0].Quantities[1]</c>, instead
    /// of a copy in <paramref name="target"/>: a quantity of <paramref name="section"/> or of a subsection when a section
    /// is given; or <see langword="null"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> or <paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="heading"/> is blank; <paramref name="section"/> is not a section path; <paramref name="targetPath"/>
    /// is not a section quantity's path, or one outside <paramref name="section"/>; or both a target and a target path are given.
    /// </exception>
    [JsonConstructor]
    public PlanItem(string heading, string description = "", Quantity? target = null, string? section = null, string? targetPath = null)
    {
        Section = SectionPaths.NullOrValid(section, nameof(section));
        TargetPath = SectionPaths.QuantityNullOrValid(targetPath, nameof(targetPath));
        Heading = Guard.NotBlank(heading, nameof(heading));
        Guard.NotNull(description, nameof(description));
        Guard.That(target is null || targetPath is null, nameof(targetPath), Message.TargetPathBesideTarget, targetPath, target?.Printed);
        // The target is a quantity of the item's own section or of a subsection; "Sections[1]." is no prefix of "Sections[10]…".
        Guard.That(targetPath is null || section is null || targetPath.StartsWith(section + ".", StringComparison.Ordinal), nameof(targetPath), Message.TargetPathOutsideSection, targetPath, section);
        Description = description;
        Target = target;
    }

    /// <summary>Gets the heading as printed.</summary>
    public string Heading { get; }

    /// <summary>Gets the body text.</summary>
    public string Description { get; }

    /// <summary>Gets the quantitative target copied into the item, if it has one; a target it refers to is at <see cref="TargetPath"/>.</summary>
    public Quantity? Target { get; }

    /// <summary>Gets the path of the report's section that states the item, or <see langword="null"/>.</summary>
    public string? Section { get; }

    /// <summary>Gets the path of the section quantity that is the item's target, or <see langword="null"/>.</summary>
    public string? TargetPath { get; }
}
