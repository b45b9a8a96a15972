using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Cases;

/// <summary>Dated cases from a subject's registers that rules V12–V14 check: disclosures, recommendations, consultations.</summary>
/// <remarks>
/// Annual reports print totals ("均在规定时间内公示"), not dates; a reviewer who has the registers supplies them here
/// and validates them with <see cref="Validation.ReportValidator.Validate(CaseRecords)"/>. Rules check only where dates are given.
/// Equality compares the three lists in order; there is no order. <see cref="Empty"/> holds nothing.
/// </remarks>
public sealed record CaseRecords
{
    /// <summary>Creates case records.</summary>
    /// <param name="disclosures">Enforcement decisions and their disclosure dates.</param>
    /// <param name="recommendations">Procuratorial recommendations and their answers.</param>
    /// <param name="consultations">Public consultations on major decisions.</param>
    /// <remarks>A default (uninitialised) array counts as empty.</remarks>
    /// <exception cref="ArgumentException">A list holds null.</exception>
    [JsonConstructor]
    public CaseRecords(
        ImmutableArray<EnforcementDisclosure> disclosures = default,
        ImmutableArray<ProcuratorialRecommendation> recommendations = default,
        ImmutableArray<PublicConsultation> consultations = default)
    {
        Disclosures = Sequences.NoNulls(disclosures, nameof(disclosures));
        Recommendations = Sequences.NoNulls(recommendations, nameof(recommendations));
        Consultations = Sequences.NoNulls(consultations, nameof(consultations));
    }

    /// <summary>Gets the records with no cases.</summary>
    public static CaseRecords Empty { get; } = new();

    /// <summary>Gets the enforcement decisions and their disclosure dates, in order.</summary>
    public ImmutableArray<EnforcementDisclosure> Disclosures { get; }

    /// <summary>Gets the procuratorial recommendations, in order.</summary>
    public ImmutableArray<ProcuratorialRecommendation> Recommendations { get; }

    /// <summary>Gets the public consultations, in order.</summary>
    public ImmutableArray<PublicConsultation> Consultations { get; }

    /// <inheritdoc/>
    public bool Equals(CaseRecords? other) =>
        other is not null && Sequences.Equal(Disclosures, other.Disclosures) && Sequences.Equal(Recommendations, other.Recommendations)
        && Sequences.Equal(Consultations, other.Consultations);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Disclosures), Sequences.Hash(Recommendations), Sequences.Hash(Consultations));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Members(builder, ("Disclosures", Disclosures), ("Recommendations", Recommendations), ("Consultations", Consultations));
}
