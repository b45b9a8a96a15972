using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes a <see cref="Rate"/> as its raw counts, <c>{"numerator":2,"denominator":11}</c>, and reads it back through <see cref="Rate.Of"/>.</summary>
internal sealed class RateJsonConverter : JsonConverter<Rate>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not an object of two counts, or the counts break a rule of <see cref="Rate.Of"/>.</exception>
    public override Rate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRules.Expect(ref reader, JsonTokenType.StartObject, "a rate");
        long? numerator = null;
        long? denominator = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("numerator"u8))
            {
                JsonRules.FirstTime(numerator.HasValue, "numerator");
                reader.Read();
                numerator = JsonRules.ReadCount(ref reader, "numerator");
            }
            else if (reader.ValueTextEquals("denominator"u8))
            {
                JsonRules.FirstTime(denominator.HasValue, "denominator");
                reader.Read();
                denominator = JsonRules.ReadCount(ref reader, "denominator");
            }
            else
            {
                throw JsonRules.Broken("a rate has only numerator and denominator, not {0}", reader.GetString());
            }
        }

        if (numerator is not { } n || denominator is not { } d)
        {
            throw JsonRules.Broken("a rate must have both numerator and denominator");
        }

        try
        {
            return Rate.Of(n, d);
        }
        catch (ArgumentException exception) when (Guard.RuleOf(exception) is { } rule)
        {
            throw new JsonException(rule, exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Rate value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        writer.WriteStartObject();
        writer.WriteNumber("numerator"u8, value.Numerator);
        writer.WriteNumber("denominator"u8, value.Denominator);
        writer.WriteEndObject();
    }
}
