using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes and reads the members of an enumeration as camel-case strings; numbers are rejected.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class CamelCaseEnumJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Initializes a new instance of the <see cref="CamelCaseEnumJsonConverter{TEnum}"/> class.</summary>
    public CamelCaseEnumJsonConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
