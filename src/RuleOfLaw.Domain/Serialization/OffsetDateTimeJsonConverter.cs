using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes an <see cref="OffsetDateTime"/> as an RFC 3339 string, <c>"2025-03-28T09:30:00+08:00"</c>, and reads it back.</summary>
/// <remarks>NodaTime's own pattern converter with the RFC 3339 pattern, registered on its own as <see cref="LocalDateJsonConverter"/> says.</remarks>
internal sealed class OffsetDateTimeJsonConverter : JsonConverter<OffsetDateTime>
{
    private static readonly NodaPatternConverter<OffsetDateTime> Pattern = new(OffsetDateTimePattern.Rfc3339, NodaIso.Check<OffsetDateTime>(time => time.Calendar));

    /// <inheritdoc/>
    public override OffsetDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Pattern.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, OffsetDateTime value, JsonSerializerOptions options) => Pattern.Write(writer, value, options);
}
