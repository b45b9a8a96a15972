using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>
/// Writes an <see cref="IndicatorScope"/> as <c>{"kind":"subject"}</c> or
/// <c>{"kind":"benchmark","name":"…","level":"city"}</c>, and reads it back through its validating constructor.
/// </summary>
internal sealed class IndicatorScopeJsonConverter : JsonConverter<IndicatorScope>
{
    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override IndicatorScope Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRules.Expect(ref reader, JsonTokenType.StartObject, "an indicator scope");
        IndicatorScopeKind? kind = null;
        string? name = null;
        AdministrativeLevel? level = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                JsonRules.FirstTime(kind.HasValue, "kind");
                reader.Read();
                kind = JsonSerializer.Deserialize(ref reader, RuleOfLawJsonContext.Default.IndicatorScopeKind);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                JsonRules.FirstTime(name is not null, "name");
                reader.Read();
                JsonRules.Expect(ref reader, JsonTokenType.String, "name");
                name = reader.GetString();
            }
            else if (reader.ValueTextEquals("level"u8))
            {
                JsonRules.FirstTime(level.HasValue, "level");
                reader.Read();
                level = JsonSerializer.Deserialize(ref reader, RuleOfLawJsonContext.Default.AdministrativeLevel);
            }
            else
            {
                throw JsonRules.Broken("an indicator scope has only kind, name and level, not {0}", reader.GetString());
            }
        }

        if (kind is not { } found)
        {
            throw JsonRules.Broken("an indicator scope must have a kind");
        }

        try
        {
            return found == IndicatorScopeKind.Subject && name is null && level is null ? IndicatorScope.Subject : new IndicatorScope(found, name, level);
        }
        catch (ArgumentException exception) when (Guard.RuleOf(exception) is { } rule)
        {
            throw new JsonException(rule, exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IndicatorScope value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(value, nameof(value));
        writer.WriteStartObject();
        writer.WritePropertyName("kind"u8);
        JsonSerializer.Serialize(writer, value.Kind, RuleOfLawJsonContext.Default.IndicatorScopeKind);
        if (value.Kind == IndicatorScopeKind.Benchmark)
        {
            writer.WriteString("name"u8, value.Name);
            writer.WritePropertyName("level"u8);
            JsonSerializer.Serialize(writer, value.Level!.Value, RuleOfLawJsonContext.Default.AdministrativeLevel);
        }

        writer.WriteEndObject();
    }
}
