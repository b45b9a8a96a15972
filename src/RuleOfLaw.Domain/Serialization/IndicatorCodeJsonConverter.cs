using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes an <see cref="IndicatorCode"/> as a JSON string and reads it back through <see cref="IndicatorCode.TryParse"/>.</summary>
internal sealed class IndicatorCodeJsonConverter : JsonConverter<IndicatorCode>
{
    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override IndicatorCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRules.Expect(ref reader, JsonTokenType.String, "an indicator code");
        var text = reader.GetString()!;
        try
        {
            return IndicatorCode.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IndicatorCode value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(value, nameof(value));
        writer.WriteStringValue(value.Value);
    }
}
