using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Writing and reading the seed-sized report through <see cref="RuleOfLawJson"/>, against a baseline of plain
/// source-generated System.Text.Json over DTO records of the same shape and the same options, with no validation.
/// Goal: within 1.3× the baseline's time and allocation.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReportJsonBenchmarks
{
    private AnnualReport _report = null!;
    private ReportDto _dto = null!;
    private byte[] _reportJson = null!;
    private byte[] _dtoJson = null!;
    private JsonSerializerOptions _dtoOptions = null!;
    private JsonTypeInfo<ReportDto> _dtoInfo = null!;
    private JsonTypeInfo<ReportDto> _strictDtoInfo = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = ReportBuildBenchmarks.SeedSizedReport.Build();
        _dto = ReportDto.From(_report);
        _dtoOptions = new JsonSerializerOptions(BaselineJsonContext.Default.Options)
        {
            TypeInfoResolver = BaselineJsonContext.Default,
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        _dtoInfo = (JsonTypeInfo<ReportDto>)_dtoOptions.GetTypeInfo(typeof(ReportDto));

        // The same strictness the real reader applies, to tell its cost from the cost of the validating constructors.
        var strict = new JsonSerializerOptions(_dtoOptions)
        {
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        _strictDtoInfo = (JsonTypeInfo<ReportDto>)strict.GetTypeInfo(typeof(ReportDto));
        _reportJson = RuleOfLawJson.Report.SerializeToUtf8Bytes(_report);
        _dtoJson = JsonSerializer.SerializeToUtf8Bytes(_dto, _dtoInfo);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeDtoBaseline() => JsonSerializer.SerializeToUtf8Bytes(_dto, _dtoInfo);

    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeReport() => RuleOfLawJson.Report.SerializeToUtf8Bytes(_report);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Deserialize")]
    public ReportDto? DeserializeDtoBaseline() => JsonSerializer.Deserialize(_dtoJson, _dtoInfo);

    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public ReportDto? DeserializeDtoStrict() => JsonSerializer.Deserialize(_dtoJson, _strictDtoInfo);

    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public AnnualReport DeserializeReport() => RuleOfLawJson.Report.Deserialize(_reportJson);
}

/// <summary>The baseline: plain records of the report's shape, no validation.</summary>
public sealed record ReportDto(
    int SchemaVersion,
    SubjectDto Subject,
    int Year,
    string Title,
    string Preamble,
    SectionDto[] Sections,
    MeasureDto[] Measures,
    ShortcomingDto[] Shortcomings,
    PlanDto? Plan,
    IndicatorValueDto[] IndicatorValues,
    PublicationDto? Publication,
    ExemptionDto? Exemption,
    SubmissionDto[] Submissions,
    SignOffDto? SignOff,
    QuantityDto[] PreambleQuantities)
{
    public static ReportDto From(AnnualReport report) => new(
        1,
        new SubjectDto(report.Subject.FullName, report.Subject.ShortName, report.Subject.Level, report.Subject.Kind, report.Subject.DivisionCode, report.Subject.IsNationalDemonstrationArea),
        report.Year.Year,
        report.Title,
        report.Preamble,
        report.Sections.Select(SectionDto.From).ToArray(),
        report.Measures.Select(m => new MeasureDto(m.Heading, m.Description, m.TaskAreas.Select(a => new TaskAreaDto(a.CatalogId, a.Number, a.ChineseName, a.EnglishName)).ToArray(), m.Results.Select(QuantityDto.From).ToArray(), m.Section)).ToArray(),
        report.Shortcomings.Select(s => new ShortcomingDto(s.Description, s.Causes.ToArray(), s.Section)).ToArray(),
        report.Plan is { } plan ? new PlanDto(plan.Year.Year, plan.Items.Select(i => new PlanItemDto(i.Heading, i.Description, i.Target is { } t ? QuantityDto.From(t) : null, i.Section)).ToArray()) : null,
        report.IndicatorValues.Select(v => new IndicatorValueDto(v.Indicator.Value, new ScopeDto(v.Scope.Kind, v.Scope.Name, v.Scope.Level), v.Period.Year, v.Numerator, v.Denominator, v.Quantity is { } q ? QuantityDto.From(q) : null, v.Published?.Value, v.PrintedText)).ToArray(),
        report.Publication is { } p ? new PublicationDto(p.PublishedAt, p.Channel, p.InformationSource, p.Url) : null,
        report.Exemption is { } e ? new ExemptionDto(e.Reason) : null,
        report.Submissions.Select(s => new SubmissionDto(s.Recipient, s.RecipientKind, s.Date, s.Copies.ToArray())).ToArray(),
        report.SignOff is { } so ? new SignOffDto(so.Signer, so.Date) : null,
        report.PreambleQuantities.Select(QuantityDto.From).ToArray());
}

public sealed record SubjectDto(string FullName, string ShortName, AdministrativeLevel? Level, SubjectKind Kind, string? DivisionCode, bool IsNationalDemonstrationArea);

public sealed record SectionDto(string Marker, int OutlineLevel, string Heading, string Body, SectionDto[] Children, ReportPart[] Parts, bool IsHeadingBoundaryUncertain, QuantityDto[] Quantities)
{
    public static SectionDto From(Section s) =>
        new(s.Marker, s.OutlineLevel, s.Heading, s.Body, s.Children.Select(From).ToArray(), s.Parts.ToArray(), s.IsHeadingBoundaryUncertain, s.Quantities.Select(QuantityDto.From).ToArray());
}

public sealed record TaskAreaDto(string CatalogId, int Number, string ChineseName, string EnglishName);

public sealed record QuantityDto(decimal Value, string Unit, QuantityKind Kind, QuantityQualifier Qualifier, ScaleWord Scale, string? Printed)
{
    public static QuantityDto From(Quantity q) => new(q.Value, q.Unit, q.Kind, q.Qualifier, q.Scale, q.Printed);
}

public sealed record MeasureDto(string Heading, string Description, TaskAreaDto[] TaskAreas, QuantityDto[] Results, string? Section);

public sealed record ShortcomingDto(string Description, string[] Causes, string? Section);

public sealed record PlanItemDto(string Heading, string Description, QuantityDto? Target, string? Section);

public sealed record PlanDto(int Year, PlanItemDto[] Items);

public sealed record ScopeDto(IndicatorScopeKind Kind, string? Name, AdministrativeLevel? Level);

public sealed record IndicatorValueDto(string Indicator, ScopeDto Scope, int Period, long? Numerator, long? Denominator, QuantityDto? Quantity, decimal? Published, string? PrintedText);

public sealed record PublicationDto(OffsetDateTime PublishedAt, PublicationChannel? Channel, string? InformationSource, System.Uri? Url);

public sealed record ExemptionDto(string Reason);

public sealed record SubmissionDto(string Recipient, SubmissionRecipientKind RecipientKind, LocalDate Date, string[] Copies);

public sealed record SignOffDto(string Signer, LocalDate Date);

/// <summary>The baseline's source-generated metadata: the same naming, enum and date handling as the real format.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    Converters = new[] { typeof(NodaTimeDefaultJsonConverterFactory) })]
[JsonSerializable(typeof(ReportDto))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
