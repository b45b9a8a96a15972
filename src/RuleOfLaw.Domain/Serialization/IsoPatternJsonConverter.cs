using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime value as a string in one pattern, through NodaTime's own pattern converter, checking
/// before writing that the value is in the ISO calendar (as NodaTime's registered converters do).
/// </summary>
/// <remarks>
/// The wire format's NodaTime types are registered one by one (<see cref="LocalDateJsonConverter"/>,
/// <see cref="OffsetDateTimeJsonConverter"/>) instead of NodaTime's default converter factory: that factory reaches
/// reflection-only code (for intervals and nullable types), which keeps the library from being trimmed or compiled
/// ahead of time without warnings, and loads the time zone database on first use.
/// </remarks>
/// <typeparam name="T">The NodaTime value type.</typeparam>
internal abstract class IsoPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly NodaPatternConverter<T> _pattern;

    protected IsoPatternJsonConverter(IPattern<T> pattern, Func<T, CalendarSystem> calendar) =>
        _pattern = new NodaPatternConverter<T>(pattern, value => CheckIso(value, calendar));

    /// <inheritdoc/>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _pattern.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The value is not in the ISO calendar.</exception>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _pattern.Write(writer, value, options);

    private static void CheckIso(T value, Func<T, CalendarSystem> calendar)
    {
        var system = calendar(value);
        Guard.That(system == CalendarSystem.Iso, nameof(value), Message.IsoCalendarOnly, typeof(T).Name, system.Id);
    }
}
