using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Reports;

/// <summary>The submission of a report to a body it must report to (报送), with the bodies copied (抄送).</summary>
/// <remarks>Equality compares recipient, kind, date and the copies in order; there is no order.</remarks>
public sealed record Submission
{
    /// <summary>Creates a submission.</summary>
    /// <param name="recipient">The recipient as named, such as 区委.</param>
    /// <param name="recipientKind">What kind of body the recipient is.</param>
    /// <param name="date">The date of submission.</param>
    /// <param name="copies">The bodies copied, as named; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is blank, or a copy is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recipientKind"/> is not a defined value.</exception>
    [JsonConstructor]
    public Submission(string recipient, SubmissionRecipientKind recipientKind, LocalDate date, ImmutableArray<string> copies = default)
    {
        Recipient = Guard.NotBlank(recipient, nameof(recipient));
        Guard.Defined(recipientKind, nameof(recipientKind));
        RecipientKind = recipientKind;
        Date = date;
        Copies = Sequences.NoBlanks(copies, nameof(copies));
    }

    /// <summary>Gets the recipient as named.</summary>
    public string Recipient { get; }

    /// <summary>Gets what kind of body the recipient is.</summary>
    public SubmissionRecipientKind RecipientKind { get; }

    /// <summary>Gets the date of submission.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the bodies copied, in order.</summary>
    public ImmutableArray<string> Copies { get; }

    /// <inheritdoc/>
    public bool Equals(Submission? other) =>
        other is not null && Recipient == other.Recipient && RecipientKind == other.RecipientKind && Date == other.Date
        && Sequences.Equal(Copies, other.Copies);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Recipient, RecipientKind, Date, Sequences.Hash(Copies));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Recipient", Recipient), ("RecipientKind", RecipientKind), ("Date", Date), ("Copies", Copies));
}
