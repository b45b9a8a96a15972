using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes a <see cref="LocalDate"/> as an ISO date string, <c>"2025-03-28"</c>, and reads it back.</summary>
/// <remarks>
/// NodaTime's own pattern converter with the ISO pattern, as its default converter factory registers it; registered on
/// its own because that factory reaches reflection-only code (for intervals and nullable types), which keeps the library
/// from being trimmed or compiled ahead of time without warnings, and loads the time zone database on first use.
/// </remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly NodaPatternConverter<LocalDate> Pattern = new(LocalDatePattern.Iso, NodaIso.Check<LocalDate>(date => date.Calendar));

    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Pattern.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => Pattern.Write(writer, value, options);
}
