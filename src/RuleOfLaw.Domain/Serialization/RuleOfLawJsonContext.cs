using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>The source-generated metadata of the wire format: one entry per root document.</summary>
/// <remarks>
/// Internal so that the generated members stay out of the public API; callers go through <see cref="RuleOfLawJson"/>.
/// The strictness settings live here too, so that every options instance built on this context reads the same way.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    MaxDepth = RuleOfLawJson.MaxDepth,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = new[]
    {
        // NodaTime's converters for the two NodaTime types on the wire, one by one: its default factory would also take
        // DateInterval and read it leniently, and reaches reflection-only code (the library is trimmable and AOT-safe).
        typeof(DateIntervalJsonConverter),
        typeof(LocalDateJsonConverter),
        typeof(OffsetDateTimeJsonConverter),
        typeof(RateJsonConverter),
        typeof(RatioJsonConverter),
        typeof(ReportYearJsonConverter),
        typeof(PublishedFigureJsonConverter),
        typeof(IndicatorCodeJsonConverter),
        typeof(IndicatorScopeJsonConverter),
        typeof(ValidationResultJsonConverter),
        typeof(CamelCaseEnumJsonConverter<AdministrativeLevel>),
        typeof(CamelCaseEnumJsonConverter<SubjectKind>),
        typeof(CamelCaseEnumJsonConverter<DocumentKind>),
        typeof(CamelCaseEnumJsonConverter<PublicationChannel>),
        typeof(CamelCaseEnumJsonConverter<ReportPart>),
        typeof(CamelCaseEnumJsonConverter<SubmissionRecipientKind>),
        typeof(CamelCaseEnumJsonConverter<Measures.QuantityKind>),
        typeof(CamelCaseEnumJsonConverter<Measures.QuantityQualifier>),
        typeof(CamelCaseEnumJsonConverter<Measures.ScaleWord>),
        typeof(CamelCaseEnumJsonConverter<IndicatorScopeKind>),
        typeof(CamelCaseEnumJsonConverter<IndicatorKind>),
        typeof(CamelCaseEnumJsonConverter<CountLink>),
        typeof(CamelCaseEnumJsonConverter<ChangeUnit>),
        typeof(CamelCaseEnumJsonConverter<ChangeDirection>),
        typeof(CamelCaseEnumJsonConverter<Measures.QuantityRole>),
        typeof(CamelCaseEnumJsonConverter<Measures.BreakdownCompleteness>),
        typeof(CamelCaseEnumJsonConverter<Validation.Severity>),
        typeof(CamelCaseEnumJsonConverter<Cases.EnforcementDecisionKind>),
        typeof(CamelCaseEnumJsonConverter<Cases.PeriodCounting>),
        typeof(CamelCaseEnumJsonConverter<Rates.RoundingModes>),
    })]
[JsonSerializable(typeof(AnnualReport))]
[JsonSerializable(typeof(IndicatorFramework))]
[JsonSerializable(typeof(IndicatorScopeKind))]
[JsonSerializable(typeof(Validation.ValidationResult))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableArray<Validation.ValidationIssue>))]
[JsonSerializable(typeof(Cases.CaseRecords))]
[JsonSerializable(typeof(Text.ReportReadResult))]
[JsonSerializable(typeof(RuleSetProfileDocument))]
internal sealed partial class RuleOfLawJsonContext : JsonSerializerContext;
