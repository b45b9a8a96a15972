using System;
using System.Text.Json.Serialization;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Cases;

/// <summary>One enforcement decision and the date it was made public (行政执法决定公示), as a register records it.</summary>
/// <remarks>
/// Source: 国办发〔2018〕118号 (行政执法公示制度): licence and penalty decisions are disclosed within 7 working days of the
/// decision, others within 20. <see cref="DisclosedOn"/> is <see langword="null"/> when the register gives no date;
/// the limit is then not checked. A decision cannot be disclosed before it is made, so a disclosure date before the
/// decision date is refused, as <see cref="ProcuratorialRecommendation"/> refuses an answer before receipt. Equality compares every property; there is no order.
/// </remarks>
public sealed record EnforcementDisclosure
{
    /// <summary>The working days within which a licence or penalty decision is disclosed.</summary>
    public const int LicenceOrPenaltyLimit = 7;

    /// <summary>The working days within which any other enforcement decision is disclosed.</summary>
    public const int OtherLimit = 20;

    /// <summary>Creates a disclosure.</summary>
    /// <param name="kind">What kind of decision it is.</param>
    /// <param name="decidedOn">The date of the decision.</param>
    /// <param name="disclosedOn">The date it was made public, or <see langword="null"/> when not given.</param>
    /// <param name="reference">The case or document number, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="disclosedOn"/> is before <paramref name="decidedOn"/>, or <paramref name="reference"/> is blank.</exception>
    [JsonConstructor]
    public EnforcementDisclosure(EnforcementDecisionKind kind, LocalDate decidedOn, LocalDate? disclosedOn = null, string? reference = null)
    {
        Guard.Defined(kind, nameof(kind));
        Guard.That(disclosedOn is not { } disclosed || disclosed >= decidedOn, nameof(disclosedOn), Message.DisclosedBeforeDecided, ValidationFormat.Format(disclosedOn), ValidationFormat.Format(decidedOn));
        if (reference is not null)
        {
            Guard.NotBlank(reference, nameof(reference));
        }

        Kind = kind;
        DecidedOn = decidedOn;
        DisclosedOn = disclosedOn;
        Reference = reference;
    }

    /// <summary>Gets what kind of decision it is.</summary>
    public EnforcementDecisionKind Kind { get; }

    /// <summary>Gets the date of the decision.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Gets the date the decision was made public, if given.</summary>
    public LocalDate? DisclosedOn { get; }

    /// <summary>Gets the case or document number, if given.</summary>
    public string? Reference { get; }

    /// <summary>Gets the working days within which the decision must be disclosed: 7 for licences and penalties, 20 otherwise.</summary>
    public int LimitInWorkingDays => Kind == EnforcementDecisionKind.Other ? OtherLimit : LicenceOrPenaltyLimit;

    /// <summary>Writes the members for <c>ToString()</c> in the invariant culture.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Members(builder, ("Kind", Kind), ("DecidedOn", DecidedOn), ("DisclosedOn", DisclosedOn), ("Reference", Reference));
}
