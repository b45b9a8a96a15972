using System.Collections.Immutable;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>The one place where rules are registered, by the input they check.</summary>
internal static class RuleRegistry
{
    private static readonly PublishedRateRule PublishedRates = new();
    private static readonly BreakdownSumRule Breakdowns = new();

    /// <summary>Gets the rules over an annual report: V1–V11 and V17.</summary>
    public static ImmutableArray<IValidationRule<AnnualReport>> ReportRules { get; } =
    [
        new RequiredPartsRule(),
        new PublicationDeadlineRule(),
        new SubmissionDeadlineRule(),
        new ReportYearSequenceRule(),
        new ShortcomingCauseRule(),
        new TitleRule(),
        new SignOffRule(),
        PublishedRates,
        Breakdowns,
    ];

    /// <summary>Gets the rules over a document of another kind (<see cref="AnnualReport.DocumentKind"/>): V16, which says the rules of annual reports were not applied, and V11 and V17, which hold for any document.</summary>
    public static ImmutableArray<IValidationRule<AnnualReport>> OtherDocumentRules { get; } =
    [
        new DocumentKindRule(),
        PublishedRates,
        Breakdowns,
    ];

    /// <summary>Gets the rules over case records: V12–V14.</summary>
    public static ImmutableArray<IValidationRule<CaseRecords>> CaseRules { get; } =
    [
        new EnforcementDisclosureRule(),
        new RecommendationAnswerRule(),
        new ConsultationPeriodRule(),
    ];

    /// <summary>Gets the rules over a set of reports: duplicates, plan follow-through, jumps, published changes, outliers and plausible ranges.</summary>
    public static ImmutableArray<IValidationRule<ReportSetSubject>> ReportSetRules { get; } =
    [
        new DuplicateReportRule(),
        new ReportInNoSeriesRule(),
        new PlanFollowThroughRule(),
        new YearOverYearJumpRule(),
        new PublishedChangeRule(),
        new CrossUnitRateRule(),
    ];

    /// <summary>Gets the rules over an indicator framework: V15.</summary>
    public static ImmutableArray<IValidationRule<IndicatorFramework>> FrameworkRules { get; } =
    [
        new IndicatorFrameworkRule(),
    ];
}
