using System;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RuleOfLaw.Domain.Cases;

namespace RuleOfLaw.Domain.Testing;

public static partial class DomainArbitraries
{
    private const int MaxCaseDelayDays = 120;
    private const int MaxConsultationDays = 60;
    private const int MaxCasesPerList = 3;

    /// <summary>
    /// Valid case records: zero to three disclosures, recommendations and consultations each,
    /// dated 2000–2030 (<see cref="Date"/>).
    /// </summary>
    /// <remarks>
    /// Yields every decision kind, undated disclosures and unanswered recommendations (one time in four), missing
    /// references, urgent and ordinary consultations, and so records the rules V12–V14 accept as well as ones they flag.
    /// Never yields a disclosure dated before its decision (the constructor allows it; a register does not record it),
    /// a date more than 120 days after the decision or receipt, nor a consultation longer
    /// than 60 days.
    /// </remarks>
    /// <returns>The arbitrary. It shrinks to records with fewer disclosures, recommendations or consultations.</returns>
    public static Arbitrary<CaseRecords> CaseRecords() => CaseRecordsGen.ToShrinkingArbitrary(ShrinkCaseRecords);

    /// <summary>The generator behind <see cref="CaseRecords()"/>.</summary>
    public static Gen<CaseRecords> CaseRecordsGen =>
        from disclosures in Gen.Choose(0, MaxCasesPerList).SelectMany(n => Gen.ArrayOf(DisclosureGen, n))
        from recommendations in Gen.Choose(0, MaxCasesPerList).SelectMany(n => Gen.ArrayOf(RecommendationGen, n))
        from consultations in Gen.Choose(0, MaxCasesPerList).SelectMany(n => Gen.ArrayOf(ConsultationGen, n))
        select new CaseRecords(disclosures.ToImmutableArray(), recommendations.ToImmutableArray(), consultations.ToImmutableArray());

    /// <summary>Valid enforcement disclosures: any kind, disclosed on the day of the decision or up to 120 days later, or undated.</summary>
    public static Gen<EnforcementDisclosure> DisclosureGen =>
        from kind in Gen.Elements(Enum.GetValues<EnforcementDecisionKind>())
        from decided in Date
        from delay in OrNullValue(Gen.Choose(0, MaxCaseDelayDays))
        from reference in Gen.Elements<string?>(null, "某罚决字〔2024〕1号", "许可〔2023〕15号", "A-1")
        select new EnforcementDisclosure(kind, decided, delay is { } days ? decided.PlusDays(days) : null, reference);

    /// <summary>Valid procuratorial recommendations: answered on the day of receipt or up to 120 days later, or unanswered; one in three urgent.</summary>
    public static Gen<ProcuratorialRecommendation> RecommendationGen =>
        from received in Date
        from delay in OrNullValue(Gen.Choose(0, MaxCaseDelayDays))
        from reference in Gen.Elements<string?>(null, "某检行建〔2024〕3号", "B-2")
        from urgent in Gen.Elements(false, false, true)
        select new ProcuratorialRecommendation(received, delay is { } days ? received.PlusDays(days) : null, reference, urgent);

    /// <summary>Valid public consultations of 1 to 60 days, urgency recorded or not.</summary>
    public static Gen<PublicConsultation> ConsultationGen =>
        from decision in Text
        from start in Date
        from days in Gen.Choose(1, MaxConsultationDays)
        from urgent in Gen.Elements(true, false)
        select new PublicConsultation(decision, new DateInterval(start, start.PlusDays(days - 1)), urgent);
}
