using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Reads and writes reports, indicator frameworks, case records and validation results as JSON, the exchange format between district systems.</summary>
/// <remarks>
/// <para>
/// The wire format is camel case; enumerations travel as camel-case strings, dates as ISO 8601 text
/// (<c>2021-03-31</c>, <c>2021-03-31T10:00:00+08:00</c>), years as numbers, a rate as
/// <c>{"numerator":2,"denominator":11}</c>, a published figure as the number printed (<c>6.20</c>), a period as its
/// inclusive ends (<c>{"start":"2024-06-01","end":"2024-06-30"}</c>). Each root
/// document starts with <c>"schemaVersion": 1</c>, a required member of the document itself rather than an
/// envelope, so that the document reads as the thing it describes; any other version is rejected. The JSON Schema of the format is in the package under
/// <c>schema/</c> and returned by <see cref="GetAnnualReportSchema"/>, <see cref="GetIndicatorFrameworkSchema"/>,
/// <see cref="GetCaseRecordsSchema"/> and <see cref="GetValidationResultSchema"/>.
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

    private static readonly JsonTypeInfo<AnnualReport> ReportDocument = (JsonTypeInfo<AnnualReport>)JsonStrictness.Indented.GetTypeInfo(typeof(AnnualReport));
    private static readonly JsonTypeInfo<AnnualReport> ReportLine = (JsonTypeInfo<AnnualReport>)JsonStrictness.Compact.GetTypeInfo(typeof(AnnualReport));
    private static readonly JsonTypeInfo<IndicatorFramework> FrameworkDocument = (JsonTypeInfo<IndicatorFramework>)JsonStrictness.Indented.GetTypeInfo(typeof(IndicatorFramework));
    private static readonly JsonTypeInfo<IndicatorFramework> FrameworkLine = (JsonTypeInfo<IndicatorFramework>)JsonStrictness.Compact.GetTypeInfo(typeof(IndicatorFramework));

    /// <summary>Gets the metadata of the wire format, for callers who combine it with their own (<c>JsonTypeInfoResolver.Combine</c>).</summary>
    /// <remarks>
    /// The metadata carries the member layout and the <c>schemaVersion</c> member; the naming policy, the converters
    /// and the strictness settings live in <see cref="Options"/>. Combine them as
    /// <c>new JsonSerializerOptions(RuleOfLawJson.Options) { TypeInfoResolver = JsonTypeInfoResolver.Combine(RuleOfLawJson.Resolver, yours) }</c>.
    /// Such options write the same JSON, but only the methods of this class turn every failure into a
    /// <see cref="JsonException"/> with a path.
    /// </remarks>
    public static IJsonTypeInfoResolver Resolver => JsonStrictness.Resolver;

    /// <summary>Gets the read-only options of the wire format: naming, converters, strictness, indentation.</summary>
    /// <remarks>Copy them (<c>new JsonSerializerOptions(RuleOfLawJson.Options)</c>) to change anything.</remarks>
    public static JsonSerializerOptions Options => JsonStrictness.Indented;

    /// <summary>Writes a report as an indented JSON document.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(AnnualReport report)
    {
        Guard.NotNull(report, nameof(report));
        return JsonSerializer.Serialize(report, ReportDocument);
    }

    /// <summary>Writes a report as an indented JSON document in UTF-8.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(AnnualReport report)
    {
        Guard.NotNull(report, nameof(report));
        return JsonSerializer.SerializeToUtf8Bytes(report, ReportDocument);
    }

    /// <summary>Writes a report as an indented JSON document in UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, AnnualReport report)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(report, nameof(report));
        JsonSerializer.Serialize(utf8Json, report, ReportDocument);
    }

    /// <summary>Writes a report as an indented JSON document in UTF-8 to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="report">The report.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, AnnualReport report) => SerializeAsync(utf8Json, report, CancellationToken.None);

    /// <summary>Writes a report as an indented JSON document in UTF-8 to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, AnnualReport report, CancellationToken cancellationToken)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(report, nameof(report));
        return JsonSerializer.SerializeAsync(utf8Json, report, ReportDocument, cancellationToken);
    }

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The report, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid report document; the message starts with the JSON path.</exception>
    public static AnnualReport DeserializeAnnualReport(string json) => JsonReading.Read(json, ReportDocument, "a report");

    /// <summary>Reads a report from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON document in UTF-8.</param>
    /// <returns>The report, valid by construction.</returns>
    /// <exception cref="JsonException">The bytes are not a valid report document; the message starts with the JSON path.</exception>
    public static AnnualReport DeserializeAnnualReport(ReadOnlySpan<byte> utf8Json) => JsonReading.Read(utf8Json, ReportDocument, "a report");

    /// <summary>Reads a report from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <returns>The report, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid report document; the message starts with the JSON path.</exception>
    public static AnnualReport DeserializeAnnualReport(Stream utf8Json) => JsonReading.Read(utf8Json, ReportDocument, "a report");

    /// <summary>Reads a report from a stream of UTF-8 JSON, to its end, asynchronously.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid report document; the message starts with the JSON path.</exception>
    public static ValueTask<AnnualReport> DeserializeAnnualReportAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        JsonReading.ReadAsync(utf8Json, ReportDocument, "a report", cancellationToken);

    /// <summary>Reads reports from JSON Lines: one compact document per line; blank lines are skipped.</summary>
    /// <param name="utf8JsonLines">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports, in order, each valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid report document; the message starts with the line number and the JSON path.</exception>
    public static IAsyncEnumerable<AnnualReport> ReadAnnualReportLinesAsync(Stream utf8JsonLines, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8JsonLines, nameof(utf8JsonLines));
        return JsonReading.ReadLinesAsync(utf8JsonLines, ReportLine, "a report", cancellationToken);
    }

    /// <summary>Writes reports as JSON Lines: one compact document per line, each line ended by <c>\n</c>.</summary>
    /// <param name="utf8JsonLines">The stream to write to.</param>
    /// <param name="reports">The reports to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every report is written.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one of the reports, is null.</exception>
    public static Task WriteAnnualReportLinesAsync(Stream utf8JsonLines, IAsyncEnumerable<AnnualReport> reports, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8JsonLines, nameof(utf8JsonLines));
        Guard.NotNull(reports, nameof(reports));
        return JsonReading.WriteLinesAsync(utf8JsonLines, reports, ReportLine, cancellationToken);
    }

    /// <summary>Writes an indicator framework as an indented JSON document.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static string Serialize(IndicatorFramework framework)
    {
        Guard.NotNull(framework, nameof(framework));
        return JsonSerializer.Serialize(framework, FrameworkDocument);
    }

    /// <summary>Writes an indicator framework as an indented JSON document in UTF-8.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(IndicatorFramework framework)
    {
        Guard.NotNull(framework, nameof(framework));
        return JsonSerializer.SerializeToUtf8Bytes(framework, FrameworkDocument);
    }

    /// <summary>Writes an indicator framework as an indented JSON document in UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="framework">The framework.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, IndicatorFramework framework)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(framework, nameof(framework));
        JsonSerializer.Serialize(utf8Json, framework, FrameworkDocument);
    }

    /// <summary>Writes an indicator framework as an indented JSON document in UTF-8 to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="framework">The framework.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, IndicatorFramework framework) => SerializeAsync(utf8Json, framework, CancellationToken.None);

    /// <summary>Writes an indicator framework as an indented JSON document in UTF-8 to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, IndicatorFramework framework, CancellationToken cancellationToken)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(framework, nameof(framework));
        return JsonSerializer.SerializeAsync(utf8Json, framework, FrameworkDocument, cancellationToken);
    }

    /// <summary>Reads an indicator framework from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The framework, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid framework document; the message starts with the JSON path.</exception>
    public static IndicatorFramework DeserializeIndicatorFramework(string json) => JsonReading.Read(json, FrameworkDocument, "an indicator framework");

    /// <summary>Reads an indicator framework from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON document in UTF-8.</param>
    /// <returns>The framework, valid by construction.</returns>
    /// <exception cref="JsonException">The bytes are not a valid framework document; the message starts with the JSON path.</exception>
    public static IndicatorFramework DeserializeIndicatorFramework(ReadOnlySpan<byte> utf8Json) => JsonReading.Read(utf8Json, FrameworkDocument, "an indicator framework");

    /// <summary>Reads an indicator framework from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <returns>The framework, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid framework document; the message starts with the JSON path.</exception>
    public static IndicatorFramework DeserializeIndicatorFramework(Stream utf8Json) => JsonReading.Read(utf8Json, FrameworkDocument, "an indicator framework");

    /// <summary>Reads an indicator framework from a stream of UTF-8 JSON, to its end, asynchronously.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The framework, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid framework document; the message starts with the JSON path.</exception>
    public static ValueTask<IndicatorFramework> DeserializeIndicatorFrameworkAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        JsonReading.ReadAsync(utf8Json, FrameworkDocument, "an indicator framework", cancellationToken);

    /// <summary>Reads indicator frameworks from JSON Lines: one compact document per line; blank lines are skipped.</summary>
    /// <param name="utf8JsonLines">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The frameworks, in order, each valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid framework document; the message starts with the line number and the JSON path.</exception>
    public static IAsyncEnumerable<IndicatorFramework> ReadIndicatorFrameworkLinesAsync(Stream utf8JsonLines, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8JsonLines, nameof(utf8JsonLines));
        return JsonReading.ReadLinesAsync(utf8JsonLines, FrameworkLine, "an indicator framework", cancellationToken);
    }

    /// <summary>Writes indicator frameworks as JSON Lines: one compact document per line, each line ended by <c>\n</c>.</summary>
    /// <param name="utf8JsonLines">The stream to write to.</param>
    /// <param name="frameworks">The frameworks to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every framework is written.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one of the frameworks, is null.</exception>
    public static Task WriteIndicatorFrameworkLinesAsync(Stream utf8JsonLines, IAsyncEnumerable<IndicatorFramework> frameworks, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8JsonLines, nameof(utf8JsonLines));
        Guard.NotNull(frameworks, nameof(frameworks));
        return JsonReading.WriteLinesAsync(utf8JsonLines, frameworks, FrameworkLine, cancellationToken);
    }
}
