using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>
/// Writes a <see cref="PublishedFigure"/> as the number it was printed as, keeping its scale (<c>6.20</c> stays
/// <c>6.20</c>); when the declared decimals differ from the printed ones, as <c>{"value":6.2,"decimals":2}</c>.
/// </summary>
internal sealed class PublishedFigureJsonConverter : JsonConverter<PublishedFigure>
{
    /// <inheritdoc/>
    public override PublishedFigure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            var value = JsonRules.ReadDecimal(ref reader, "a published figure");
            return Create(value, value.Scale);
        }

        JsonRules.Expect(ref reader, JsonTokenType.StartObject, "a published figure");
        decimal? figure = null;
        long? decimals = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                JsonRules.FirstTime(figure.HasValue, "value");
                reader.Read();
                figure = JsonRules.ReadDecimal(ref reader, "value");
            }
            else if (reader.ValueTextEquals("decimals"u8))
            {
                JsonRules.FirstTime(decimals.HasValue, "decimals");
                reader.Read();
                decimals = JsonRules.ReadCount(ref reader, "decimals");
            }
            else
            {
                throw JsonRules.Broken("a published figure has only value and decimals, not {0}", reader.GetString());
            }
        }

        if (figure is not { } v || decimals is not { } d)
        {
            throw JsonRules.Broken("a published figure written as an object must have both value and decimals");
        }

        return Create(v, d);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PublishedFigure value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        if (value.Decimals == value.PrintedDecimals)
        {
            writer.WriteNumberValue(value.Value);
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("value"u8);
        writer.WriteNumberValue(value.Value);
        writer.WriteNumber("decimals"u8, value.Decimals);
        writer.WriteEndObject();
    }

    private static PublishedFigure Create(decimal value, long decimals)
    {
        try
        {
            return PublishedFigure.Of(value, checked((int)Math.Min(decimals, int.MaxValue)));
        }
        catch (ArgumentException exception) when (Guard.RuleOf(exception) is { } rule)
        {
            throw new JsonException(rule, exception);
        }
    }
}
