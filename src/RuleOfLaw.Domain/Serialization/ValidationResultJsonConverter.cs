using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ValidationResult"/> as <c>{"schemaVersion":1,"issues":[…]}</c> and reads it back through its
/// constructor; the issues themselves use the generated metadata.
/// </summary>
/// <remarks>A converter because the constructor takes any sequence while the property is an immutable array.</remarks>
internal sealed class ValidationResultJsonConverter : JsonConverter<ValidationResult>
{
    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override ValidationResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Guard.NotNull(options, nameof(options));
        JsonRules.Expect(ref reader, JsonTokenType.StartObject, "a validation result");
        int? version = null;
        ImmutableArray<ValidationIssue>? issues = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(RootDocuments.SchemaVersionName))
            {
                JsonRules.FirstTime(version.HasValue, RootDocuments.SchemaVersionName);
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number))
                {
                    throw JsonRules.Broken("schemaVersion must be a whole number, not {0}", JsonRules.Describe(reader.TokenType));
                }

                RootDocuments.CheckVersion(number);
                version = number;
            }
            else if (reader.ValueTextEquals("issues"u8))
            {
                JsonRules.FirstTime(issues.HasValue, "issues");
                reader.Read();
                issues = JsonSerializer.Deserialize(ref reader, IssuesInfo(options));
            }
            else
            {
                throw JsonRules.Broken("a validation result has only schemaVersion and issues, not {0}", reader.GetString());
            }
        }

        if (version is null || issues is not { } found)
        {
            throw JsonRules.Broken("a validation result must have both schemaVersion and issues");
        }

        return new ValidationResult(found);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ValidationResult value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WriteNumber(RootDocuments.SchemaVersionName, RuleOfLawJson.SchemaVersion);
        writer.WritePropertyName("issues"u8);
        JsonSerializer.Serialize(writer, value.Issues, IssuesInfo(options));
        writer.WriteEndObject();
    }

    private static JsonTypeInfo<ImmutableArray<ValidationIssue>> IssuesInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<ImmutableArray<ValidationIssue>>)options.GetTypeInfo(typeof(ImmutableArray<ValidationIssue>));
}
