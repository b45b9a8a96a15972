using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Builds the resolver and the options every read and write goes through.</summary>
internal static class JsonStrictness
{
    /// <summary>Gets the resolver: the generated context, with the wire format's adjustments.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = RuleOfLawJsonContext.Default.WithAddedModifier(Adjust);

    /// <summary>Gets the options for documents: indented by two spaces, lines ending in <c>\n</c>.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Gets the options for JSON Lines: one value per line.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(RuleOfLawJsonContext.Default.Options)
        {
            TypeInfoResolver = Resolver,
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",

            // Chinese text stays readable in the files; the output is data, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Keeps only the members a constructor takes (computed properties such as <c>Rate</c> or <c>Depth</c> are not
    /// on the wire), and adds the required <c>schemaVersion</c> member to the root documents.
    /// </summary>
    private static void Adjust(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace?.StartsWith("RuleOfLaw.Domain", StringComparison.Ordinal) != true)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].AssociatedParameter is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }

        if (RootDocuments.IsRoot(typeInfo.Type))
        {
            var version = JsonMetadataServices.CreatePropertyInfo(typeInfo.Options, new JsonPropertyInfoValues<int>
            {
                IsProperty = true,
                IsPublic = true,
                DeclaringType = typeInfo.Type,
                PropertyName = RootDocuments.SchemaVersionName,
                JsonPropertyName = RootDocuments.SchemaVersionName,
                PropertyTypeInfo = JsonMetadataServices.CreateValueInfo<int>(typeInfo.Options, JsonMetadataServices.Int32Converter),
                Getter = static _ => RuleOfLawJson.SchemaVersion,
                Setter = static (_, value) => RootDocuments.CheckVersion(value),
            });
            version.Order = -1;
            version.IsRequired = true;
            typeInfo.Properties.Insert(0, version);
        }
    }
}
