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
        var (first, second) = JsonRules.ReadPair<decimal>(ref reader, "a ratio", "antecedent", "consequent", JsonRules.ReadDecimal);
        try
        {
            return Ratio.Of(first, second);
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
