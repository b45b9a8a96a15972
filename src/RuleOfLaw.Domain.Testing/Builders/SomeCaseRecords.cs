using System.Collections.Generic;
using NodaTime;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>
/// Builds case records (enforcement disclosures, procuratorial recommendations, public consultations) that are valid by
/// default: <c>SomeCaseRecords.In(2024).WithLateDisclosure().Build()</c>.
/// </summary>
/// <remarks>
/// <para>
/// The default holds one penalty decided on 4 March of the year and disclosed two days later, one recommendation
/// received on 1 April and answered on 20 May, and one consultation from 1 to 30 June inclusive (30 days): V12–V14 find
/// nothing in it for any year the working-day calendar covers (2019–2026).
/// </para>
/// <para>
/// Each step changes this builder and returns it: use one builder per set of records, since a builder kept and reused
/// carries every earlier step. A builder is not thread-safe. <see cref="Build"/> may be called more than once; each call
/// returns records of the builder's current state.
/// </para>
/// </remarks>
public sealed class SomeCaseRecords
{
    private readonly int _year;
    private readonly List<EnforcementDisclosure> _disclosures = new();
    private readonly List<ProcuratorialRecommendation> _recommendations = new();
    private readonly List<PublicConsultation> _consultations = new();

    private SomeCaseRecords(int year)
    {
        _year = year;
        _disclosures.Add(new EnforcementDisclosure(EnforcementDecisionKind.Penalty, new LocalDate(year, 3, 4), new LocalDate(year, 3, 6), "罚字〔示例〕1号"));
        _recommendations.Add(new ProcuratorialRecommendation(new LocalDate(year, 4, 1), new LocalDate(year, 5, 20), "检建〔示例〕1号"));
        _consultations.Add(new PublicConsultation("示例重大行政决策", new DateInterval(new LocalDate(year, 6, 1), new LocalDate(year, 7, 1))));
    }

    /// <summary>Starts records for cases of a year.</summary>
    /// <param name="year">The year the cases fall in.</param>
    /// <returns>The builder.</returns>
    public static SomeCaseRecords In(int year) => new(year);

    /// <summary>Adds a penalty disclosed 30 days after its decision, beyond 7 working days (V12, ROL0012).</summary>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// Working days are counted on the official calendar, which covers 2019–2026: for records of another year the
    /// validator cannot count them and reports <see cref="ValidationCodes.WorkingDayCalendarUnknown"/> (ROL0016) instead
    /// of <see cref="ValidationCodes.EnforcementDisclosureLate"/> (ROL0012). (The default disclosure, two days after its
    /// decision, is on time on any calendar.)
    /// </remarks>
    public SomeCaseRecords WithLateDisclosure()
    {
        _disclosures.Add(new EnforcementDisclosure(EnforcementDecisionKind.Penalty, new LocalDate(_year, 9, 1), new LocalDate(_year, 10, 1), "罚字〔示例〕2号"));
        return this;
    }

    /// <summary>Adds a recommendation answered three months after it was received, beyond two months (V13, ROL0013).</summary>
    /// <returns>This builder.</returns>
    public SomeCaseRecords WithLateRecommendationAnswer()
    {
        _recommendations.Add(new ProcuratorialRecommendation(new LocalDate(_year, 2, 3), new LocalDate(_year, 5, 6), "检建〔示例〕2号"));
        return this;
    }

    /// <summary>
    /// Adds a recommendation received on 1 November and never answered: once its two months have run out by the
    /// validator's clock (early January of the following year, after the New Year holiday),
    /// <see cref="ValidationCodes.RecommendationAnswerOverdue"/> (V13, ROL0020).
    /// </summary>
    /// <returns>This builder.</returns>
    public SomeCaseRecords WithUnansweredRecommendation()
    {
        _recommendations.Add(new ProcuratorialRecommendation(new LocalDate(_year, 11, 1), answeredOn: null, "检建〔示例〕3号"));
        return this;
    }

    /// <summary>Adds a consultation of 20 days with no urgency recorded, below 30 days (V14, ROL0014).</summary>
    /// <returns>This builder.</returns>
    public SomeCaseRecords WithShortConsultation()
    {
        _consultations.Add(new PublicConsultation("示例紧凑决策", new DateInterval(new LocalDate(_year, 8, 1), new LocalDate(_year, 8, 20))));
        return this;
    }

    /// <summary>Adds an enforcement disclosure in a year the working-day calendar does not cover (ROL0016).</summary>
    /// <returns>This builder.</returns>
    public SomeCaseRecords WithDisclosureOutsideTheCalendar()
    {
        _disclosures.Add(new EnforcementDisclosure(EnforcementDecisionKind.Other, new LocalDate(2010, 3, 1), new LocalDate(2010, 3, 26), "示例〔2010〕1号"));
        return this;
    }

    /// <summary>Builds the records.</summary>
    /// <returns>The records.</returns>
    public CaseRecords Build() => new([.. _disclosures], [.. _recommendations], [.. _consultations]);
}
