using System;
using System.Text.Json.Serialization;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Cases;

/// <summary>One procuratorial recommendation received by an administrative organ, and when it was answered (检察建议).</summary>
/// <remarks>
/// Source: 《最高人民法院 最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释》 (法释〔2018〕6号, as amended in 2020 by
/// 法释〔2020〕20号), art. 21: the organ answers in writing within two months of receipt, or within 15 days where damage
/// to the state's or the public interest keeps spreading or the case is otherwise urgent (<see cref="IsUrgent"/>).
/// <see cref="AnsweredOn"/> is <see langword="null"/> while the
/// recommendation is unanswered. Equality compares every property; there is no order.
/// </remarks>
public sealed record ProcuratorialRecommendation
{
    /// <summary>The months within which a recommendation is answered.</summary>
    public const int AnswerLimitInMonths = 2;

    /// <summary>The days within which an urgent recommendation is answered.</summary>
    public const int UrgentAnswerLimitInDays = 15;

    /// <summary>Creates a recommendation.</summary>
    /// <param name="receivedOn">The date the recommendation was received.</param>
    /// <param name="answeredOn">The date of the written answer, or <see langword="null"/> while unanswered.</param>
    /// <param name="reference">The recommendation's document number, or <see langword="null"/>.</param>
    /// <param name="isUrgent">Whether the recommendation states an urgent case, to be answered within 15 days.</param>
    /// <exception cref="ArgumentException"><paramref name="answeredOn"/> is before <paramref name="receivedOn"/>, or <paramref name="reference"/> is blank.</exception>
    [JsonConstructor]
    public ProcuratorialRecommendation(LocalDate receivedOn, LocalDate? answeredOn = null, string? reference = null, bool isUrgent = false)
    {
        Guard.That(answeredOn is not { } answered || answered >= receivedOn, nameof(answeredOn), Message.AnsweredBeforeReceived, ValidationFormat.Format(answeredOn), ValidationFormat.Format(receivedOn));
        if (reference is not null)
        {
            Guard.NotBlank(reference, nameof(reference));
        }

        ReceivedOn = receivedOn;
        AnsweredOn = answeredOn;
        Reference = reference;
        IsUrgent = isUrgent;
    }

    /// <summary>Gets the date the recommendation was received.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Gets the date of the written answer, if answered.</summary>
    public LocalDate? AnsweredOn { get; }

    /// <summary>Gets the recommendation's document number, if given.</summary>
    public string? Reference { get; }

    /// <summary>Gets a value indicating whether the recommendation states an urgent case (紧急情形: damage to the state's or the
    /// public interest that keeps spreading), which is answered within <see cref="UrgentAnswerLimitInDays"/> days.</summary>
    public bool IsUrgent { get; }

    /// <summary>Writes the members for <c>ToString()</c> in the invariant culture.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Members(builder, ("ReceivedOn", ReceivedOn), ("AnsweredOn", AnsweredOn), ("Reference", Reference), ("IsUrgent", IsUrgent));
}
