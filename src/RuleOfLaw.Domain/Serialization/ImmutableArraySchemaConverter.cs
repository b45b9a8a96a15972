using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>
/// Writes an immutable array, the default instance as <c>[]</c>; used only while exporting the schema, which writes the
/// <c>default</c> of every optional constructor parameter, and lets the schema name each element type once in <c>$defs</c>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ImmutableArraySchemaConverter<T> : JsonConverter<ImmutableArray<T>>
{
    /// <inheritdoc/>
    public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("the schema converter only writes");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(options, nameof(options));
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        if (!value.IsDefault)
        {
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, itemInfo);
            }
        }

        writer.WriteEndArray();
    }
}
