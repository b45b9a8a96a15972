using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Serialization;

/// <content>The read document: what the text reader found in a text, with the report when one could be built.</content>
public static partial class RuleOfLawJson
{
    private static readonly JsonTypeInfo<ReportReadResult> ReadDocument = (JsonTypeInfo<ReportReadResult>)JsonStrictness.Indented.GetTypeInfo(typeof(ReportReadResult));

    /// <summary>Writes what the text reader found as an indented JSON read document.</summary>
    /// <param name="result">The reader's result.</param>
    /// <returns>
    /// The JSON text: <c>report</c> (a complete report document, or null), <c>syntax</c> (every header field, the outline,
    /// every quantity with the section it sits in, every rate, each with its span), <c>spans</c> and <c>diagnostics</c>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(ReportReadResult result)
    {
        Guard.NotNull(result, nameof(result));
        return JsonSerializer.Serialize(result, ReadDocument);
    }

    /// <summary>Gets the JSON Schema (draft 2020-12) of a read document.</summary>
    /// <returns>The schema as indented JSON text; the same text ships in the package as <c>schema/read-document.schema.json</c>.</returns>
    public static string GetReadDocumentSchema() => JsonSchemas.Export(typeof(ReportReadResult), "read-document");
}
