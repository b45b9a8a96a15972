using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes a <see cref="Ratio"/> as its two terms, <c>{"antecedent":1.2,"consequent":1}</c>, and reads it back through <see cref="Ratio.Of"/>.</summary>
internal sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not an object of two numbers, or the terms break a rule of <see cref="Ratio.Of"/>.</exception>
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonRules.Expect(ref reader, JsonTokenType.StartObject, "a ratio");
        decimal? antecedent = null;
        decimal? consequent = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("antecedent"u8))
            {
                JsonRules.FirstTime(antecedent.HasValue, "antecedent");
                reader.Read();
                antecedent = JsonRules.ReadDecimal(ref reader, "antecedent");
            }
            else if (reader.ValueTextEquals("consequent"u8))
            {
                JsonRules.FirstTime(consequent.HasValue, "consequent");
                reader.Read();
                consequent = JsonRules.ReadDecimal(ref reader, "consequent");
            }
            else
            {
                throw JsonRules.Broken("a ratio has only antecedent and consequent, not {0}", reader.GetString());
            }
        }

        if (antecedent is not { } a || consequent is not { } c)
        {
            throw JsonRules.Broken("a ratio must have both antecedent and consequent");
        }

        try
        {
            return Ratio.Of(a, c);
        }
        catch (ArgumentException exception) when (Guard.RuleOf(exception) is { } rule)
        {
            throw new JsonException(rule, exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        writer.WriteStartObject();
        writer.WriteNumber("antecedent"u8, value.Antecedent);
        writer.WriteNumber("consequent"u8, value.Consequent);
        writer.WriteEndObject();
    }
}
