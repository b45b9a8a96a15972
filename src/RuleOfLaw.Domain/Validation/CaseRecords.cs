using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Dated cases from a subject's registers that rules V12–V14 check: disclosures, recommendations, consultations.</summary>
/// <remarks>
/// Annual reports print totals ("均在规定时间内公示"), not dates; a reviewer who has the registers supplies them here
/// and validates them with <see cref="ReportValidator.Validate(CaseRecords)"/>. Rules check only where dates are given.
/// Equality compares the three lists in order; there is no order. <see cref="Empty"/> holds nothing.
/// </remarks>
public sealed class CaseRecords : IEquatable<CaseRecords>
{
    /// <summary>Initializes a new instance of the <see cref="CaseRecords"/> class.</summary>
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
        other is not null && Disclosures.SequenceEqual(other.Disclosures) && Recommendations.SequenceEqual(other.Recommendations)
        && Consultations.SequenceEqual(other.Consultations);

    /// <summary>Gets the values, as a record prints them: <c>CaseRecords { Disclosures = …, … }</c>.</summary>
    /// <returns>The type's name and each member's value; a list shows its first items and how many there are.</returns>
    public override string ToString() => RuleOfLaw.Domain.Internal.RecordText.Format(nameof(CaseRecords), ("Disclosures", Disclosures), ("Recommendations", Recommendations), ("Consultations", Consultations));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CaseRecords);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Disclosures)
        {
            hash.Add(item);
        }

        foreach (var item in Recommendations)
        {
            hash.Add(item);
        }

        foreach (var item in Consultations)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public static bool operator ==(CaseRecords? left, CaseRecords? right) => left is null ? right is null : left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(CaseRecords? left, CaseRecords? right) => !(left == right);
}
