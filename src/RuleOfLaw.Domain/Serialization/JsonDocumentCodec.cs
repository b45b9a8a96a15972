using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Reads and writes one kind of root document in the wire format: <see cref="RuleOfLawJson.Report"/>, <see cref="RuleOfLawJson.Framework"/> and the others.</summary>
/// <typeparam name="T">The root document's type.</typeparam>
/// <remarks>
/// <para>
/// A codec is immutable and safe to share between threads, as NodaTime's patterns are; there is one instance per root
/// document, a static property of <see cref="RuleOfLawJson"/>, and no public constructor. It holds the document's
/// source-generated metadata for whole documents (indented by two spaces, <c>\n</c> line ends) and for JSON Lines (one
/// compact document per line). Equality is reference equality.
/// </para>
/// <para>
/// Reading is strict, as <see cref="RuleOfLawJson"/> describes: every failure is a <see cref="JsonException"/> whose
/// message starts with the JSON path and states the rule broken, and no invalid document is ever returned.
/// </para>
/// </remarks>
public sealed class JsonDocumentCodec<T>
    where T : class
{
    // Built on first use: the metadata of every root document costs a noticeable part of a short batch's start-up, and
    // a report read by its fast reader needs none.
    private readonly Lazy<JsonTypeInfo<T>> _documentInfo;
    private readonly Lazy<JsonTypeInfo<T>> _lineInfo;
    private readonly string _what;
    private readonly string _schemaName;
    private readonly FastJsonRead<T>? _fast;

    /// <param name="what">The document in words, with its article, for the message when a document is <c>null</c> ("a report").</param>
    /// <param name="schemaName">The schema's title and file name stem ("annual-report").</param>
    /// <param name="fast">A reader of the document's canonical form that returns null on anything else, or null to read through the metadata alone.</param>
    internal JsonDocumentCodec(string what, string schemaName, FastJsonRead<T>? fast = null)
    {
        _fast = fast;
        _documentInfo = new(() => (JsonTypeInfo<T>)JsonStrictness.Indented.GetTypeInfo(typeof(T)));
        _lineInfo = new(() => (JsonTypeInfo<T>)JsonStrictness.Compact.GetTypeInfo(typeof(T)));
        _what = what;
        _schemaName = schemaName;
    }

    private JsonTypeInfo<T> DocumentInfo => _documentInfo.Value;

    private JsonTypeInfo<T> LineInfo => _lineInfo.Value;

    /// <summary>Writes a document as indented JSON.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public string Serialize(T document)
    {
        Guard.NotNull(document, nameof(document));
        return JsonSerializer.Serialize(document, DocumentInfo);
    }

    /// <summary>Writes a document as indented JSON in UTF-8.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public byte[] SerializeToUtf8Bytes(T document)
    {
        Guard.NotNull(document, nameof(document));
        return JsonSerializer.SerializeToUtf8Bytes(document, DocumentInfo);
    }

    /// <summary>Writes a document as indented JSON in UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Serialize(Stream utf8Json, T document)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(document, nameof(document));
        JsonSerializer.Serialize(utf8Json, document, DocumentInfo);
    }

    /// <summary>Writes a document to a JSON writer, as a value where the writer stands; the writer's own options decide indentation.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Serialize(Utf8JsonWriter writer, T document)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(document, nameof(document));
        JsonSerializer.Serialize(writer, document, DocumentInfo);
    }

    /// <summary>Writes a document as indented JSON in UTF-8 to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Task SerializeAsync(Stream utf8Json, T document, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(document, nameof(document));
        return JsonSerializer.SerializeAsync(utf8Json, document, DocumentInfo, cancellationToken);
    }

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The document, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid document of this kind; the message starts with the JSON path.</exception>
    public T Deserialize(string json) => JsonReading.Read(json, _documentInfo, _what, _fast);

    /// <summary>Reads a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON document in UTF-8.</param>
    /// <returns>The document, valid by construction.</returns>
    /// <exception cref="JsonException">The bytes are not a valid document of this kind; the message starts with the JSON path.</exception>
    public T Deserialize(ReadOnlySpan<byte> utf8Json) => JsonReading.Read(utf8Json, _documentInfo, _what, _fast);

    /// <summary>Reads a document from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <returns>The document, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid document of this kind; the message starts with the JSON path.</exception>
    public T Deserialize(Stream utf8Json) => JsonReading.Read(utf8Json, DocumentInfo, _what, _fast);

    /// <summary>Reads a document from a stream of UTF-8 JSON, to its end, asynchronously.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid document of this kind; the message starts with the JSON path.</exception>
    public ValueTask<T> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        JsonReading.ReadAsync(utf8Json, DocumentInfo, _what, _fast, cancellationToken);

    /// <summary>Reads documents from JSON Lines: one compact document per line; blank lines are skipped.</summary>
    /// <param name="utf8JsonLines">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The documents, in order, each valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8JsonLines"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid document of this kind (thrown while enumerating); the message starts with the line number and the JSON path.</exception>
    public IAsyncEnumerable<T> ReadLinesAsync(Stream utf8JsonLines, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8JsonLines, nameof(utf8JsonLines));
        return JsonReading.ReadLinesAsync(utf8JsonLines, LineInfo, _what, _fast, cancellationToken);
    }

    /// <summary>Writes documents as JSON Lines: one compact document per line, each line ended by <c>\n</c>.</summary>
    /// <param name="utf8JsonLines">The stream to write to.</param>
    /// <param name="documents">The documents to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument, or one of the documents, is null.</exception>
    public Task WriteLinesAsync(Stream utf8JsonLines, IAsyncEnumerable<T> documents, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8JsonLines, nameof(utf8JsonLines));
        Guard.NotNull(documents, nameof(documents));
        return JsonReading.WriteLinesAsync(utf8JsonLines, documents, LineInfo, cancellationToken);
    }

    /// <summary>Gets the JSON Schema (draft 2020-12) of the document.</summary>
    /// <returns>The schema as indented JSON text; the same text ships in the package under <c>schema/</c>, named after <see cref="ToString"/>.</returns>
    public string GetSchema() => JsonSchemas.Export(typeof(T), _schemaName);

    /// <summary>Gets the document's name in the wire format, as its schema is titled: <c>annual-report</c>, <c>indicator-framework</c> and so on.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => _schemaName;
}
