using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Serialization;

/// <content>Validation results as JSON: <c>{"schemaVersion":1,"issues":[…]}</c>, issues in their stable order.</content>
public static partial class RuleOfLawJson
{
    private static readonly JsonTypeInfo<ValidationResult> ResultDocument = (JsonTypeInfo<ValidationResult>)JsonStrictness.Indented.GetTypeInfo(typeof(ValidationResult));

    /// <summary>Writes a validation result as an indented JSON document.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(ValidationResult result)
    {
        Guard.NotNull(result, nameof(result));
        return JsonSerializer.Serialize(result, ResultDocument);
    }

    /// <summary>Writes a validation result as an indented JSON document in UTF-8.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(ValidationResult result)
    {
        Guard.NotNull(result, nameof(result));
        return JsonSerializer.SerializeToUtf8Bytes(result, ResultDocument);
    }

    /// <summary>Writes a validation result as an indented JSON document in UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, ValidationResult result)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(result, nameof(result));
        JsonSerializer.Serialize(utf8Json, result, ResultDocument);
    }

    /// <summary>Writes a validation result as an indented JSON document in UTF-8 to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, ValidationResult result, CancellationToken cancellationToken)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(result, nameof(result));
        return JsonSerializer.SerializeAsync(utf8Json, result, ResultDocument, cancellationToken);
    }

    /// <summary>Reads a validation result from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The result, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid result document; the message starts with the JSON path.</exception>
    public static ValidationResult DeserializeValidationResult(string json) => JsonReading.Read(json, ResultDocument, "a validation result");

    /// <summary>Reads a validation result from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON document in UTF-8.</param>
    /// <returns>The result, valid by construction.</returns>
    /// <exception cref="JsonException">The bytes are not a valid result document; the message starts with the JSON path.</exception>
    public static ValidationResult DeserializeValidationResult(ReadOnlySpan<byte> utf8Json) => JsonReading.Read(utf8Json, ResultDocument, "a validation result");

    /// <summary>Reads a validation result from a stream of UTF-8 JSON, to its end, asynchronously.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The result, valid by construction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid result document; the message starts with the JSON path.</exception>
    public static ValueTask<ValidationResult> DeserializeValidationResultAsync(Stream utf8Json, CancellationToken cancellationToken) =>
        JsonReading.ReadAsync(utf8Json, ResultDocument, "a validation result", cancellationToken);
}
