using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes a <see cref="ReportYear"/> as a JSON number (<c>2020</c>) and reads it back through <see cref="ReportYear.Of"/>.</summary>
internal sealed class ReportYearJsonConverter : JsonConverter<ReportYear>
{
    /// <inheritdoc/>
    public override ReportYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var year))
        {
            throw JsonRules.Broken("a year must be a whole number between {0} and {1}, not {2}", ReportYear.MinYear, ReportYear.MaxYear, JsonRules.Describe(reader.TokenType));
        }

        try
        {
            return ReportYear.Of(year);
        }
        catch (ArgumentException exception) when (Guard.RuleOf(exception) is { } rule)
        {
            throw new JsonException(rule, exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReportYear value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        writer.WriteNumberValue(value.Year);
    }
}
