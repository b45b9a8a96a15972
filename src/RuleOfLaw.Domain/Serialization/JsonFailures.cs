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
    /// <summary>Gets whether an exception raised while reading stems from the input, not from a bug or the runtime.</summary>
    public static bool IsInputFailure(Exception exception) =>
        exception is ArgumentException or FormatException or OverflowException or InvalidOperationException
            or NotSupportedException or IndexOutOfRangeException or NodaTime.Utility.InvalidNodaDataException;

    /// <summary>Rewords a serializer exception as <c>path: rule</c>, keeping its position.</summary>
    public static JsonException Rephrase(JsonException exception, string? context = null)
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
