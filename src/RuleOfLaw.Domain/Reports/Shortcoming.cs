using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Reports;

/// <summary>A shortcoming a report admits, with the causes it gives (存在的不足和原因).</summary>
/// <remarks>
/// <para>
/// A shortcoming either copies its words (<see cref="Description"/>, <see cref="Causes"/>) or, read from a text, refers to
/// the section that states it (<see cref="Section"/>) instead: its description is then empty and it is stated by the
/// sentence at <see cref="Statement"/> in the section's body, or by the section's heading when it has no statement; its
/// causes are the sentences at <see cref="CauseStatements"/>. So a report's JSON does not hold every body twice.
/// <see cref="DescriptionIn(Section?)"/> and <see cref="CausesIn(Section?)"/> give the words either way.
/// </para>
/// <para>
/// A shortcoming without a cause is legal to construct: the validator reports it (each shortcoming should carry at least
/// one cause, <see cref="HasCause"/>). Equality compares the description, the causes in order, the section path, the
/// statement and the cause statements in order; there is no order.
/// </para>
/// </remarks>
public sealed record Shortcoming
{
    /// <summary>Creates a shortcoming.</summary>
    /// <param name="description">What falls short, as the report states it; empty when it refers to its section instead, which <paramref name="section"/> then names.</param>
    /// <param name="causes">The causes the report gives, copied; may be empty.</param>
    /// <param name="section">The path of the report's section that states it, such as <c>Sections[1]</c>, or <see langword="null"/>.</param>
    /// <param name="statement">Where in that section's body it is stated, or <see langword="null"/> (then, with an empty description, the section's heading states it).</param>
    /// <param name="causeStatements">Where in that section's body its causes are stated; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="description"/> is blank (or empty without a section); a cause is null or blank;
    /// <paramref name="section"/> is not a section path; a statement is given without a section or beside a description;
    /// or a statement is empty.
    /// </exception>
    [JsonConstructor]
    public Shortcoming(string description, ImmutableArray<string> causes = default, string? section = null, BodyRange? statement = null, ImmutableArray<BodyRange> causeStatements = default)
    {
        Section = SectionPaths.NullOrValid(section, nameof(section));
        Guard.NotNull(description, nameof(description));
        Guard.That(description.Length > 0 || section is not null, nameof(description), Message.ShortcomingNeedsDescriptionOrSection);
        Description = description.Length == 0 ? description : Guard.NotBlank(description, nameof(description));
        Causes = Sequences.NoBlanks(causes, nameof(causes));
        CauseStatements = Sequences.OrEmpty(causeStatements);
        Guard.That(statement is null || (section is not null && description.Length == 0), nameof(statement), Message.StatementNeedsSectionOnly, statement);
        Guard.That(CauseStatements.IsEmpty || section is not null, nameof(causeStatements), Message.CauseStatementsNeedSection, CauseStatements.Length);
        Guard.That(statement is not { IsEmpty: true }, nameof(statement), Message.StatementMustNotBeEmpty, statement);
        for (var i = 0; i < CauseStatements.Length; i++)
        {
            Guard.That(!CauseStatements[i].IsEmpty, nameof(causeStatements), Message.CauseStatementMustNotBeEmpty, i, CauseStatements[i]);
        }

        Statement = statement;
    }

    /// <summary>Gets what falls short, or an empty string when the shortcoming refers to its section instead.</summary>
    public string Description { get; }

    /// <summary>Gets the causes copied into the shortcoming, in order; those it refers to are at <see cref="CauseStatements"/>.</summary>
    public ImmutableArray<string> Causes { get; }

    /// <summary>Gets the path of the report's section that states it, or <see langword="null"/>.</summary>
    public string? Section { get; }

    /// <summary>Gets where in the section's body the shortcoming is stated, or <see langword="null"/>.</summary>
    public BodyRange? Statement { get; }

    /// <summary>Gets where in the section's body its causes are stated, in order.</summary>
    public ImmutableArray<BodyRange> CauseStatements { get; }

    /// <summary>Gets a value indicating whether the shortcoming gives a cause, copied or referred to.</summary>
    [JsonIgnore]
    public bool HasCause => !Causes.IsEmpty || !CauseStatements.IsEmpty;

    /// <summary>Gets what falls short, in the words of the report.</summary>
    /// <param name="section">The section <see cref="Section"/> names (<see cref="AnnualReport.SectionAt(string?)"/>); may be null when the description is copied.</param>
    /// <returns>The description, else the words at <see cref="Statement"/>, else the section's heading.</returns>
    /// <exception cref="ArgumentNullException">The shortcoming refers to its section and <paramref name="section"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The statement does not lie inside the section's body.</exception>
    public string DescriptionIn(Reports.Section? section)
    {
        if (Description.Length > 0)
        {
            return Description;
        }

        Guard.NotNull(section, nameof(section));
        return Statement is { } statement ? section!.Excerpt(statement) : section!.Heading;
    }

    /// <summary>Gets the causes, copied ones first, then those the shortcoming refers to, in the words of the report.</summary>
    /// <param name="section">The section <see cref="Section"/> names; may be null when no cause is referred to.</param>
    /// <returns>The causes in order.</returns>
    /// <exception cref="ArgumentNullException">The shortcoming refers to causes and <paramref name="section"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cause statement does not lie inside the section's body.</exception>
    public ImmutableArray<string> CausesIn(Reports.Section? section)
    {
        if (CauseStatements.IsEmpty)
        {
            return Causes;
        }

        Guard.NotNull(section, nameof(section));
        var causes = ImmutableArray.CreateBuilder<string>(Causes.Length + CauseStatements.Length);
        causes.AddRange(Causes);
        foreach (var range in CauseStatements)
        {
            causes.Add(section!.Excerpt(range));
        }

        return causes.MoveToImmutable();
    }

    /// <inheritdoc/>
    public bool Equals(Shortcoming? other) =>
        other is not null && Description == other.Description && Sequences.Equal(Causes, other.Causes) && Section == other.Section
        && Statement == other.Statement && Sequences.Equal(CauseStatements, other.CauseStatements);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Description, Sequences.Hash(Causes), Section, Statement, Sequences.Hash(CauseStatements));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Description", Description), ("Causes", Causes), ("Section", Section), ("Statement", Statement), ("CauseStatements", CauseStatements));
}
