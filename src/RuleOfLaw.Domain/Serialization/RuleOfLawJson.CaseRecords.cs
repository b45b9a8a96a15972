using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <content>
/// Case records as JSON, as district case systems export their registers:
/// <c>{"schemaVersion":1,"disclosures":[…],"recommendations":[…],"consultations":[…]}</c>, a consultation's period as
/// <c>{"start":"2024-06-01","end":"2024-06-30"}</c> with both ends inclusive.
/// </content>
public static partial class RuleOfLawJson
{
    private static readonly JsonTypeInfo<CaseRecords> RecordsDocument = (JsonTypeInfo<CaseRecords>)JsonStrictness.Indented.GetTypeInfo(typeof(CaseRecords));
    private static readonly JsonTypeInfo<CaseRecords> RecordsLine = (JsonTypeInfo<CaseRecords>)JsonStrictness.Compact.GetTypeInfo(typeof(CaseRecords));

    /// <summary>Writes case records as an indented JSON document.</summary>
    /// <param name="records">The case records.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static string Serialize(CaseRecords records)
    {
        Guard.NotNull(records, nameof(records));
        return JsonSerializer.Serialize(records, RecordsDocument);
    }

    /// <summary>Writes case records as an indented JSON document in UTF-8.</summary>
    /// <param name="records">The case records.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(CaseRecords records)
    {
        Guard.NotNull(records, nameof(records));
        return JsonSerializer.SerializeToUtf8Bytes(records, RecordsDocument);
    }

    /// <summary>Writes case records as an indented JSON document in UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="records">The case records.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, CaseRecords records)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(records, nameof(records));
        JsonSerializer.Serialize(utf8Json, records, RecordsDocument);
    }

    /// <summary>Writes case records as an indented JSON document in UTF-8 to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="records">The case records.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, CaseRecords records) => SerializeAsync(utf8Json, records, CancellationToken.None);

    /// <summary>Writes case records as an indented JSON document in UTF-8 to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="records">The case records.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, CaseRecords records, CancellationToken cancellationToken)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(records, nameof(records));
        return JsonSerializer.SerializeAsync(utf8Json, records, RecordsDocument, cancellationToken);
    }

    /// <summary>Reads case records from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The case records, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid case records document; the message starts with the JSON path.</exception>
    public static CaseRecords DeserializeCaseRecords(string json) => JsonReading.Read(json, RecordsDocument, "case records");

    /// <summary>Reads case records from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON document in UTF-8.</param>
    /// <returns>The case records, valid by construction.</returns>
    /// <exception cref="JsonException">The bytes are not a valid case records document; the message starts with the JSON path.</exception>
    public static CaseRecords DeserializeCaseRecords(ReadOnlySpan<byte> utf8Json) => JsonReading.Read(utf8Json, RecordsDocument, "case records");

    /// <summary>Reads case records from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <returns>The case records, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid case records document; the message starts with the JSON path.</exception>
    public static CaseRecords DeserializeCaseRecords(Stream utf8Json) => JsonReading.Read(utf8Json, RecordsDocument, "case records");

    /// <summary>Reads case records from a stream of UTF-8 JSON, to its end, asynchronously.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The case records, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid case records document; the message starts with the JSON path.</exception>
    public static ValueTask<CaseRecords> DeserializeCaseRecordsAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        JsonReading.ReadAsync(utf8Json, RecordsDocument, "case records", cancellationToken);

    /// <summary>Reads case records from JSON Lines: one compact document per line; blank lines are skipped.</summary>
    /// <param name="utf8JsonLines">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The case records, in order, each valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid case records document; the message starts with the line number and the JSON path.</exception>
    public static IAsyncEnumerable<CaseRecords> ReadCaseRecordsLinesAsync(Stream utf8JsonLines, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8JsonLines, nameof(utf8JsonLines));
        return JsonReading.ReadLinesAsync(utf8JsonLines, RecordsLine, "case records", cancellationToken);
    }

    /// <summary>Writes case records as JSON Lines: one compact document per line, each line ended by <c>\n</c>.</summary>
    /// <param name="utf8JsonLines">The stream to write to.</param>
    /// <param name="records">The case records to write, one document each.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one of the documents, is null.</exception>
    public static Task WriteCaseRecordsLinesAsync(Stream utf8JsonLines, IAsyncEnumerable<CaseRecords> records, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8JsonLines, nameof(utf8JsonLines));
        Guard.NotNull(records, nameof(records));
        return JsonReading.WriteLinesAsync(utf8JsonLines, records, RecordsLine, cancellationToken);
    }
}
