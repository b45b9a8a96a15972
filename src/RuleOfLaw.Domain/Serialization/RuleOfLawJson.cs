using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Reads and writes reports, indicator frameworks, case records, validation results and read documents as JSON, the exchange format between district systems.</summary>
/// <remarks>
/// <para>
/// The wire format is camel case; enumerations travel as camel-case strings, dates as ISO 8601 text
/// (<c>2021-03-31</c>, <c>2021-03-31T10:00:00+08:00</c>), years as numbers, a rate as
/// <c>{"numerator":2,"denominator":11}</c>, a published figure as the number printed (<c>6.20</c>), a period as its
/// inclusive ends (<c>{"start":"2024-06-01","end":"2024-06-30"}</c>). Each root
/// document starts with <c>"schemaVersion": 1</c>, a required member of the document itself rather than an
/// envelope, so that the document reads as the thing it describes; any other version is rejected. The JSON Schema of the format is in the package under
/// <c>schema/</c> and returned by each codec's <see cref="JsonDocumentCodec{T}.GetSchema"/>.
/// </para>
/// <para>
/// Each root document has one codec, a static property here, with the same methods:
/// <c>RuleOfLawJson.Report.Serialize(report)</c>, <c>RuleOfLawJson.Report.Deserialize(json)</c>, and the same over UTF-8
/// bytes, streams, a <see cref="Utf8JsonWriter"/> and JSON Lines.
/// </para>
/// <para>
/// Reading is strict: unknown members, repeated members, missing required members, <c>null</c> where the model
/// allows none, numbers as strings, documents nested deeper than <see cref="MaxDepth"/>, invalid UTF-8 and every
/// rule the validating constructors enforce all fail with a <see cref="JsonException"/> whose message starts with the
/// JSON path, as in <c>$.indicatorValues[3].numerator: numerator (7) must not exceed denominator (5)</c>. No other
/// exception escapes a read, and no invalid object is ever returned.
/// </para>
/// <para>
/// Documents are written indented by two spaces with <c>\n</c> line ends and non-ASCII text unescaped; JSON Lines
/// (one compact document per line) serve batches. All metadata is source-generated: no reflection, trimming and AOT
/// safe.
/// </para>
/// </remarks>
public static partial class RuleOfLawJson
{
    /// <summary>The version of the wire format this library writes and reads, stated as <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The deepest nesting of objects and arrays a document may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>Gets the codec of annual report documents (<c>schema/annual-report.schema.json</c>).</summary>
    public static JsonDocumentCodec<AnnualReport> Report { get; } = new("a report", "annual-report", AnnualReportJsonReader.TryRead);

    /// <summary>Gets the codec of indicator framework documents (<c>schema/indicator-framework.schema.json</c>).</summary>
    public static JsonDocumentCodec<IndicatorFramework> Framework { get; } = new("an indicator framework", "indicator-framework");

    /// <summary>Gets the codec of case records documents (<c>schema/case-records.schema.json</c>).</summary>
    /// <remarks>
    /// Case records travel as district case systems export their registers:
    /// <c>{"schemaVersion":1,"disclosures":[…],"recommendations":[…],"consultations":[…]}</c>, a consultation's period as
    /// <c>{"start":"2024-06-01","end":"2024-06-30"}</c> with both ends inclusive.
    /// </remarks>
    public static JsonDocumentCodec<CaseRecords> CaseRecords { get; } = new("case records", "case-records");

    /// <summary>Gets the codec of validation result documents (<c>schema/validation-result.schema.json</c>).</summary>
    /// <remarks>A result travels as <c>{"schemaVersion":1,"issues":[…]}</c>, its issues in their stable order.</remarks>
    public static JsonDocumentCodec<ValidationResult> ValidationResult { get; } = new("a validation result", "validation-result");

    /// <summary>Gets the codec of read documents: what the text reader found in a text, with the report when one could be built (<c>schema/read-document.schema.json</c>).</summary>
    /// <remarks>
    /// A read document holds <c>report</c> (a complete report document, or null), <c>syntax</c> (every header field, the
    /// outline, every quantity with the section it sits in, every rate, each with its span), <c>spans</c> and
    /// <c>diagnostics</c>.
    /// </remarks>
    public static JsonDocumentCodec<ReportReadResult> ReadDocument { get; } = new("a read document", "read-document");

    /// <summary>Gets the metadata of the wire format, for callers who combine it with their own (<c>JsonTypeInfoResolver.Combine</c>).</summary>
    /// <remarks>
    /// The metadata carries the member layout and the <c>schemaVersion</c> member; the naming policy, the converters
    /// and the strictness settings live in <see cref="Options"/>. Combine them as
    /// <c>new JsonSerializerOptions(RuleOfLawJson.Options) { TypeInfoResolver = JsonTypeInfoResolver.Combine(RuleOfLawJson.Resolver, yours) }</c>.
    /// Such options write the same JSON, but only the codecs turn every failure into a <see cref="JsonException"/> with a
    /// path.
    /// </remarks>
    public static IJsonTypeInfoResolver Resolver => JsonStrictness.Resolver;

    /// <summary>Gets the read-only options of the wire format: naming, converters, strictness, indentation.</summary>
    /// <remarks>Copy them (<c>new JsonSerializerOptions(RuleOfLawJson.Options)</c>) to change anything.</remarks>
    public static JsonSerializerOptions Options => JsonStrictness.Indented;
}
