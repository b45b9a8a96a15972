using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Exports the JSON Schema of the wire format from the source-generated metadata.</summary>
/// <remarks>
/// The exporter knows the shape of every type the generator described, but says "anything" for values written by a
/// converter (dates, rates, years, codes): those shapes are stated here, next to the converters that write them.
/// </remarks>
internal static class JsonSchemas
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static string Export(Type root, string title)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(JsonStrictness.Indented, root, exporterOptions);
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = "https://ruleoflaw-domain.github.io/schema/" + title + ".schema.json",
            ["title"] = title,
        };
        foreach (var (name, value) in node.AsObject().ToArray())
        {
            node.AsObject().Remove(name);
            schema[name] = value;
        }

        return schema.ToJsonString(JsonStrictness.Indented) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if (ShapeOf(underlying ?? type) is { } shape)
        {
            schema = underlying is not null || AllowsNull(schema) ? new JsonObject { ["anyOf"] = new JsonArray(shape, new JsonObject { ["type"] = "null" }) } : shape;
        }

        if (context.PropertyInfo?.Name == RootDocuments.SchemaVersionName)
        {
            schema = new JsonObject { ["type"] = "integer", ["const"] = RuleOfLawJson.SchemaVersion };
        }

        if (schema is JsonObject obj && obj["properties"] is not null && !obj.ContainsKey("additionalProperties"))
        {
            obj["additionalProperties"] = false;
        }

        return schema;
    }

    private static bool AllowsNull(JsonNode schema) =>
        schema is JsonObject obj && obj["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");

    private static JsonObject? ShapeOf(Type type)
    {
        if (type == typeof(LocalDate))
        {
            return Text("date");
        }

        if (type == typeof(OffsetDateTime) || type == typeof(Instant))
        {
            return Text("date-time");
        }

        if (type == typeof(ReportYear))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = ReportYear.MinYear, ["maximum"] = ReportYear.MaxYear };
        }

        if (type == typeof(IndicatorCode))
        {
            return new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = IndicatorCode.MaxLength, ["pattern"] = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$" };
        }

        if (type == typeof(Rate))
        {
            return Closed(("numerator", Count()), ("denominator", Count()));
        }

        if (type == typeof(PublishedFigure))
        {
            return new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "number" },
                    Closed(("value", new JsonObject { ["type"] = "number" }), ("decimals", new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = PublishedFigure.MaxDecimals }))),
            };
        }

        if (type == typeof(IndicatorScope))
        {
            var levels = new JsonArray();
            foreach (var level in Enum.GetValues<AdministrativeLevel>())
            {
                levels.Add((JsonNode)JsonNamingPolicy.CamelCase.ConvertName(level.ToString()));
            }

            return new JsonObject
            {
                ["oneOf"] = new JsonArray(
                    Closed(("kind", new JsonObject { ["const"] = "subject" })),
                    Closed(("kind", new JsonObject { ["const"] = "benchmark" }), ("name", new JsonObject { ["type"] = "string", ["minLength"] = 1 }), ("level", new JsonObject { ["enum"] = levels }))),
            };
        }

        return null;
    }

    private static JsonObject Text(string format) => new() { ["type"] = "string", ["format"] = format };

    private static JsonObject Count() => new() { ["type"] = "integer", ["minimum"] = 0 };

    private static JsonObject Closed(params (string Name, JsonObject Schema)[] members)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var (name, schema) in members)
        {
            properties[name] = schema;
            required.Add((JsonNode)name);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required, ["additionalProperties"] = false };
    }
}
