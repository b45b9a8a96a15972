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
        var (first, second) = JsonRules.ReadPair<long>(ref reader, "a rate", "numerator", "denominator", JsonRules.ReadCount);
        try
        {
            return Rate.Of(first, second);
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
