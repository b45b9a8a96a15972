using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>
/// Turns every failure while reading into a <see cref="JsonException"/> whose message starts with the JSON path,
/// as in <c>$.indicatorValues[3].numerator: numerator (7) must not exceed denominator (5)</c>.
/// </summary>
/// <remarks>
/// The serializer adds the path to its own exceptions, but an exception thrown by a validating constructor leaves it
/// as it is, without a path. Then, and only then, the document is parsed again and each member that failed is
/// deserialized on its own, descending until the innermost value that fails: that value's path is the one reported.
/// The happy path pays nothing for this.
/// </remarks>
internal static class JsonFailures
{
    /// <summary>
    /// Gets whether an exception raised while reading stems from the input: a rule a validating constructor's guard
    /// refused (it carries its rule). Any other exception is a bug in a converter or the library and propagates.
    /// </summary>
    public static bool IsInputFailure(Exception exception) => Internal.Guard.RuleOf(exception) is not null;

    /// <summary>Rewords a serializer exception as <c>path: rule</c>, keeping its position.</summary>
    /// <param name="exception">The serializer's exception.</param>
    /// <param name="context">Text to put before the message, or null.</param>
    /// <param name="root">The document's type, to name what the member at the path takes; null when not known.</param>
    public static JsonException Rephrase(JsonException exception, string? context = null, JsonTypeInfo? root = null)
    {
        var path = exception.Path ?? "$";
        var message = exception.Message;
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix < 0)
        {
            suffix = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        if (suffix >= 0)
        {
            message = message[..suffix];
        }

        message = InOwnWords(message, root is null ? null : MemberType(root, path));
        if (!message.StartsWith('$'))
        {
            message = path + ": " + message;
        }

        if (context is not null)
        {
            message = context + message;
        }

        return new JsonException(message, path, exception.LineNumber, exception.BytePositionInLine, exception);
    }

    /// <summary>
    /// Rewords the serializer's own messages, which name .NET types and give advice meant for the library's authors
    /// (<c>The JSON value could not be converted to System.Int32.</c>, <c>… Consider updating its nullability
    /// annotation.</c>), as the rule the document broke, in the format's words; other messages pass unchanged.
    /// </summary>
    internal static string InOwnWords(string message, Type? memberType = null)
    {
        const string NotConverted = "The JSON value could not be converted to ";
        const string Missing = " was missing required properties including: ";
        const string NoNull = "doesn't allow null values.";
        const string Unmapped = "could not be mapped to any .NET member";
        if (message.StartsWith(NotConverted, StringComparison.Ordinal))
        {
            var type = message[NotConverted.Length..].TrimEnd('.');
            var underlying = memberType is null ? null : Nullable.GetUnderlyingType(memberType) ?? memberType;
            return underlying is { IsEnum: true }
                ? "the value must be one of the strings " + EnumNames(underlying)
                : "the value has the wrong JSON type: " + (memberType is null ? Expected(type) : Expected(memberType));
        }

        var missing = message.IndexOf(Missing, StringComparison.Ordinal);
        if (message.StartsWith("JSON deserialization for type ", StringComparison.Ordinal) && missing >= 0)
        {
            var names = message[(missing + Missing.Length)..].TrimEnd('.');
            return "required " + (names.Contains(',', StringComparison.Ordinal) ? "members are" : "member is") + " missing: " + names.Replace("'", string.Empty, StringComparison.Ordinal);
        }

        if (message.StartsWith("The constructor parameter '", StringComparison.Ordinal) && message.Contains(NoNull, StringComparison.Ordinal))
        {
            var name = message["The constructor parameter '".Length..message.IndexOf('\'', "The constructor parameter '".Length)];
            return name + " must not be null";
        }

        if (message.StartsWith("The JSON property '", StringComparison.Ordinal) && message.Contains(Unmapped, StringComparison.Ordinal))
        {
            var name = message["The JSON property '".Length..message.IndexOf('\'', "The JSON property '".Length)];
            return "unknown member " + name + ": the format has no such member here (see the JSON Schema)";
        }

        return message;
    }

    /// <summary>What a member of a type takes, in the format's words.</summary>
    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return "it must be one of the strings " + EnumNames(type);
        }

        if (type == typeof(ReportYear))
        {
            return "it must be a whole number (a year)";
        }

        if (type == typeof(Rates.PublishedFigure))
        {
            return "it must be a number (a percentage as printed)";
        }

        return type.FullName is { } name && (name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("NodaTime.", StringComparison.Ordinal))
            ? Expected(name)
            : "it must be an object";
    }

    /// <summary>An enumeration's members as the format spells them: <c>"info", "warning", "error"</c>.</summary>
    private static string EnumNames(Type type) =>
        string.Join(", ", Array.ConvertAll(Enum.GetNames(type), n => "\"" + JsonNamingPolicy.CamelCase.ConvertName(n) + "\""));

    /// <summary>The type of the member a path such as <c>$.subject.fullName</c> or <c>$.sections[2].quantities[0]</c> names, or null.</summary>
    private static Type? MemberType(JsonTypeInfo root, string path)
    {
        var info = root;
        var p = path.StartsWith('$') ? 1 : 0;
        while (p < path.Length)
        {
            if (path[p] == '.')
            {
                var end = path.IndexOfAny(['.', '['], p + 1);
                end = end < 0 ? path.Length : end;
                var name = path[(p + 1)..end];
                Type? next = info.Kind == JsonTypeInfoKind.Object ? Find(info, name)?.PropertyType
                    : info.Kind == JsonTypeInfoKind.None ? RootDocuments.MemberOfConverted(info.Type, name)
                    : null;
                if (next is null)
                {
                    return null;
                }

                info = info.Options.GetTypeInfo(next);
                p = end;
            }
            else if (path[p] == '[')
            {
                var end = path.IndexOf(']', p);
                if (end < 0 || info.Kind != JsonTypeInfoKind.Enumerable || info.ElementType is not { } element)
                {
                    return null;
                }

                info = info.Options.GetTypeInfo(element);
                p = end + 1;
            }
            else
            {
                return null;
            }
        }

        return info.Type;
    }

    /// <summary>What a member of a .NET type takes, in the format's words: an integer, a string, an array, an object.</summary>
    private static string Expected(string type)
    {
        if (type.EndsWith(']') && type.Contains("Nullable`1[", StringComparison.Ordinal))
        {
            type = type[(type.IndexOf("Nullable`1[", StringComparison.Ordinal) + "Nullable`1[".Length)..^1];
        }

        return type switch
        {
            "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" => "it must be a whole number",
            "System.Decimal" or "System.Double" or "System.Single" => "it must be a number",
            "System.String" => "it must be a string",
            "System.Boolean" => "it must be true or false",
            "System.Uri" => "it must be an absolute URI string",
            "NodaTime.LocalDate" => "it must be a date string (yyyy-MM-dd)",
            "NodaTime.OffsetDateTime" => "it must be a date-time string with its offset (RFC 3339)",
            _ when type.Contains("ImmutableArray`1", StringComparison.Ordinal) || type.Contains("List`1", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "it must be an array",
            _ => "it must be what the JSON Schema gives for this member (an object where a record is expected)",
        };
    }

    /// <summary>Creates the exception for a failure without a path, finding the path by reading the document again.</summary>
    public static JsonException Locate(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo root, Exception failure)
    {
        string path;
        string? member;
        Exception cause;
        try
        {
            using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = RuleOfLawJson.MaxDepth });
            (path, member, cause) = Descend(document.RootElement, root, "$", failure);
        }
        catch (Exception exception) when (exception is JsonException || IsInputFailure(exception))
        {
            (path, member, cause) = ("$", null, failure);
        }

        if (member is not null)
        {
            path = path + "." + member;
        }

        return new JsonException(path + ": " + JsonRules.RuleOf(cause), path, null, null, cause);
    }

    /// <summary>Creates the exception for text that is not valid UTF-16, so cannot be UTF-8 either.</summary>
    public static JsonException NotText(Exception failure) =>
        new("$: the text must be valid Unicode (" + failure.Message + ")", "$", null, null, failure);

    /// <summary>Creates the exception for a document that is <c>null</c>.</summary>
    public static JsonException NullDocument(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"$: {what} must be an object, not null"), "$", 0, 0);

    private static (string Path, string? Member, Exception Cause) Descend(JsonElement element, JsonTypeInfo typeInfo, string path, Exception cause)
    {
        if (typeInfo.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var info = Find(typeInfo, property.Name);
                if (info is not null && Fails(property.Value, info.Options.GetTypeInfo(info.PropertyType)) is { } inner)
                {
                    return Descend(property.Value, info.Options.GetTypeInfo(info.PropertyType), path + "." + property.Name, inner);
                }
            }

            var parameter = (cause as ArgumentException)?.ParamName;
            var member = parameter is null ? null : JsonNamingPolicy.CamelCase.ConvertName(parameter);
            return (path, member is not null && Find(typeInfo, member) is not null ? member : null, cause);
        }

        if (typeInfo.Kind == JsonTypeInfoKind.None && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (RootDocuments.MemberOfConverted(typeInfo.Type, property.Name) is { } memberType
                    && Fails(property.Value, typeInfo.Options.GetTypeInfo(memberType)) is { } inner)
                {
                    return Descend(property.Value, typeInfo.Options.GetTypeInfo(memberType), path + "." + property.Name, inner);
                }
            }
        }

        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } elementType && element.ValueKind == JsonValueKind.Array)
        {
            var elementInfo = typeInfo.Options.GetTypeInfo(elementType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (Fails(item, elementInfo) is { } inner)
                {
                    return Descend(item, elementInfo, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", inner);
                }

                index++;
            }
        }

        return (path, null, cause);
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo typeInfo, string name)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    private static Exception? Fails(JsonElement element, JsonTypeInfo typeInfo)
    {
        try
        {
            _ = JsonSerializer.Deserialize(element, typeInfo);
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (Exception exception) when (IsInputFailure(exception))
        {
            return exception;
        }
    }

    /// <summary>A strict UTF-8 encoding: text that cannot be encoded fails instead of becoming U+FFFD.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
