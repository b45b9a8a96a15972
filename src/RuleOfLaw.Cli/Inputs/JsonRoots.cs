using System;
using System.Text;
using System.Text.Json;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>The root documents <c>rol check</c> reads from JSON.</summary>
internal enum JsonRoot
{
    /// <summary>An annual report (<c>subject</c>, <c>year</c>, <c>title</c>, …); also the answer for JSON that names no other root, so its errors are the report reader's.</summary>
    Report,

    /// <summary>Case registers: <c>disclosures</c>, <c>recommendations</c>, <c>consultations</c>.</summary>
    CaseRecords,

    /// <summary>An indicator framework: <c>name</c>, <c>declaredLevelCounts</c>, <c>roots</c>.</summary>
    Framework,
}

/// <summary>Tells which root document a JSON input holds from the names of its top-level members.</summary>
internal static class JsonRoots
{
    /// <summary>Gets the root a JSON text holds: the members a report has decide for a report, else those of the case registers or of a framework; JSON that breaks off is judged by the members before the fault (so that reader names it), and anything else is taken for a report.</summary>
    public static JsonRoot Of(string json) => Of(Encoding.UTF8.GetBytes(json));

    /// <summary>Gets the root a JSON document in UTF-8 holds, as <see cref="Of(string)"/> does.</summary>
    public static JsonRoot Of(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        bool records = false, framework = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return JsonRoot.Report;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (name is "subject" or "year" or "title" or "sections")
                {
                    // A report's member decides at once (a report wins over the others), so the rest is not scanned:
                    // a batch of JSON Lines reports pays one short look per line here, not a second parse.
                    return JsonRoot.Report;
                }

                records |= name is "disclosures" or "recommendations" or "consultations";
                framework |= name is "declaredLevelCounts" or "roots";
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the report reader names the fault and its place.
        }

        return records ? JsonRoot.CaseRecords : framework ? JsonRoot.Framework : JsonRoot.Report;
    }
}
