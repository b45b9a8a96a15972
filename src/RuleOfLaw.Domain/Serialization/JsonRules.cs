using System;
using System.Text.Json;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Helpers the converters share to read strictly and to word their failures.</summary>
internal static class JsonRules
{
    /// <summary>Creates the exception for a broken rule; the serializer fills in the path, the facade prefixes it.</summary>
    public static JsonException Broken(string template, params object?[] values) => new(Invariant.Format(template, values));

    /// <summary>
    /// Gets the rule a guard exception states, as the guard formatted it (never the runtime's message, which appends the
    /// parameter in the runtime's own words).
    /// </summary>
    /// <exception cref="InvalidOperationException">No guard threw <paramref name="exception"/>: a bug, which must not be reported as bad input.</exception>
    public static string RuleOf(Exception exception) =>
        Guard.RuleOf(exception) ?? throw new InvalidOperationException("not a guard exception: " + exception.GetType().Name, exception);

    /// <summary>Fails unless the reader is on a token of the expected type.</summary>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string what)
    {
        if (reader.TokenType != expected)
        {
            throw Broken("{0} must be {1}, not {2}", what, Describe(expected), Describe(reader.TokenType));
        }
    }

    /// <summary>Reads a non-negative 64-bit count.</summary>
    public static long ReadCount(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
        {
            throw Broken("{0} must be a whole number, not {1}", name, Describe(reader.TokenType));
        }

        return value;
    }

    /// <summary>Reads a decimal; the reader keeps the scale of the text (6.20 has two decimals).</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Broken("{0} must be a number, not {1}", name, Describe(reader.TokenType));
        }

        return reader.TryGetDecimal(out var value) ? value : throw Broken("{0} must fit a decimal", name);
    }

    /// <summary>Reads one value of a member, the reader on its first token.</summary>
    public delegate T ValueReader<T>(ref Utf8JsonReader reader, string name);

    /// <summary>
    /// Reads an object of exactly two members, <paramref name="first"/> and <paramref name="second"/>, in either order, each
    /// once (a rate's counts, a ratio's terms); the reader ends on the object's end.
    /// </summary>
    public static (T First, T Second) ReadPair<T>(ref Utf8JsonReader reader, string what, string first, string second, ValueReader<T> read)
        where T : struct
    {
        Expect(ref reader, JsonTokenType.StartObject, what);
        T? firstValue = null;
        T? secondValue = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(first))
            {
                FirstTime(firstValue.HasValue, first);
                reader.Read();
                firstValue = read(ref reader, first);
            }
            else if (reader.ValueTextEquals(second))
            {
                FirstTime(secondValue.HasValue, second);
                reader.Read();
                secondValue = read(ref reader, second);
            }
            else
            {
                throw Broken("{0} has only {1} and {2}, not {3}", what, first, second, reader.GetString());
            }
        }

        return firstValue is { } a && secondValue is { } b ? (a, b) : throw Broken("{0} must have both {1} and {2}", what, first, second);
    }

    /// <summary>Fails when a member appears a second time in one object.</summary>
    public static void FirstTime(bool seen, string name)
    {
        if (seen)
        {
            throw Broken("member {0} must not appear twice", name);
        }
    }

    /// <summary>Names a token type in words.</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
