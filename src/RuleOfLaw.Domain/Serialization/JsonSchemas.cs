using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NodaTime;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Exports the JSON Schema of the wire format from the source-generated metadata.</summary>
/// <remarks>
/// The exporter knows the shape of every type the generator described, but says "anything" for values written by a
/// converter (dates, rates, years, codes): those shapes are stated here, next to the converters that write them.
/// </remarks>
internal static class JsonSchemas
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Gets the options the schema is exported from: the document options, with arrays that name their element types.</summary>
    private static JsonSerializerOptions SchemaOptions { get; } = CreateSchemaOptions();

    private static JsonSchemaExporterOptions PlainExporterOptions { get; } = new() { TreatNullObliviousAsNonNullable = true };

    public static string Export(Type root, string title)
    {
        var definitions = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => Transform(context, schema, definitions),
        };
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = "https://ruleoflaw-domain.github.io/schema/" + title + ".schema.json",
            ["title"] = title,
        };
        Merge(schema, JsonSchemaExporter.GetJsonSchemaAsNode(SchemaOptions, root, exporterOptions));
        var defs = new JsonObject();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (definitions.Keys.FirstOrDefault(name => !done.Contains(name)) is { } next)
        {
            done.Add(next);
            defs[next] = JsonSchemaExporter.GetJsonSchemaAsNode(SchemaOptions, definitions[next], exporterOptions);
        }

        var ordered = new JsonObject();
        foreach (var name in done.Order(StringComparer.Ordinal))
        {
            ordered[name] = defs[name]!.DeepClone();
        }

        schema["$defs"] = ordered;
        var crossMember = CrossMemberRules.Where(r => r.Owner == root || definitions.ContainsValue(r.Owner)).Select(r => r.Rule).ToArray();
        if (crossMember.Length > 0)
        {
            schema["description"] = "Beyond this schema, readers refuse a document that breaks a rule across members, which JSON Schema cannot state: " + string.Join("; ", crossMember) + ".";
        }

        return schema.ToJsonString(JsonStrictness.Indented) + "\n";
    }

    private static JsonSerializerOptions CreateSchemaOptions()
    {
        var options = new JsonSerializerOptions(JsonStrictness.Indented);

        // Closed types, not a factory, so that no generic type is made at run time (AOT); a test fails when one is missing.
        options.Converters.Add(new ImmutableArraySchemaConverter<Section>());
        options.Converters.Add(new ImmutableArraySchemaConverter<Measure>());
        options.Converters.Add(new ImmutableArraySchemaConverter<Shortcoming>());
        options.Converters.Add(new ImmutableArraySchemaConverter<IndicatorValue>());
        options.Converters.Add(new ImmutableArraySchemaConverter<Submission>());
        options.Converters.Add(new ImmutableArraySchemaConverter<TaskArea>());
        options.Converters.Add(new ImmutableArraySchemaConverter<Quantity>());
        options.Converters.Add(new ImmutableArraySchemaConverter<QuantityBreakdown>());
        options.Converters.Add(new ImmutableArraySchemaConverter<PlanItem>());
        options.Converters.Add(new ImmutableArraySchemaConverter<IndicatorFrameworkNode>());
        options.Converters.Add(new ImmutableArraySchemaConverter<ValidationIssue>());
        options.Converters.Add(new ImmutableArraySchemaConverter<ValidationValue>());
        options.Converters.Add(new ImmutableArraySchemaConverter<EnforcementDisclosure>());
        options.Converters.Add(new ImmutableArraySchemaConverter<ProcuratorialRecommendation>());
        options.Converters.Add(new ImmutableArraySchemaConverter<PublicConsultation>());
        options.Converters.Add(new ImmutableArraySchemaConverter<ReportPart>());
        options.Converters.Add(new ImmutableArraySchemaConverter<RuleSettingDocument>());
        options.Converters.Add(new ImmutableArraySchemaConverter<Rates.RoundingModes>());
        options.Converters.Add(new ImmutableArraySchemaConverter<BodyRange>());
        options.Converters.Add(new ImmutableArraySchemaConverter<string>());
        options.Converters.Add(new ImmutableArraySchemaConverter<int>());
        options.MakeReadOnly();
        return options;
    }

    private static void Merge(JsonObject target, JsonNode source)
    {
        foreach (var (name, value) in source.AsObject().ToArray())
        {
            source.AsObject().Remove(name);
            target[name] = value;
        }
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema, SortedDictionary<string, Type> definitions)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if (ShapeOf(underlying ?? type, definitions) is { } shape)
        {
            schema = Replace(schema, shape, underlying is not null || AllowsNull(schema));
        }

        if (schema is JsonObject obj && obj["properties"] is JsonObject properties)
        {
            // A member with a default value reaches the transform without its type, so members are mapped here too.
            foreach (var property in context.TypeInfo.Properties)
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType);
                if (properties[property.Name] is { } member && ShapeOf(propertyType ?? property.PropertyType, definitions) is { } memberShape)
                {
                    properties[property.Name] = Replace(member, memberShape, propertyType is not null || (!property.PropertyType.IsValueType && property.IsSetNullable));
                }

                if (properties[property.Name] is JsonObject constrained && MemberRules.TryGetValue((type, property.Name), out var rule))
                {
                    // String, number and array keywords constrain only values of their kind, so a nullable member stays nullable.
                    foreach (var (keyword, value) in rule())
                    {
                        constrained[keyword] = value?.DeepClone();
                    }
                }
            }

            if (!obj.ContainsKey("additionalProperties"))
            {
                obj["additionalProperties"] = false;
            }
        }

        if (context.PropertyInfo?.Name == RootDocuments.SchemaVersionName)
        {
            schema = new JsonObject { ["type"] = "integer", ["const"] = RuleOfLawJson.SchemaVersion };
        }

        return schema;
    }

    /// <summary>
    /// The rules the constructors enforce on single members, stated in the schema: texts that must not be blank, ranges,
    /// patterns, list lengths. A test reads mutants of every golden document and fails when the schema accepts one that
    /// a reader refuses for a rule of one member (rules across members are named in <see cref="CrossMemberRules"/>).
    /// </summary>
    private static readonly Dictionary<(Type Type, string Member), Func<JsonObject>> MemberRules = new()
    {
        [(typeof(AnnualReport), "title")] = NonBlank,
        [(typeof(ReportingSubject), "fullName")] = NonBlank,
        [(typeof(ReportingSubject), "shortName")] = NonBlank,
        [(typeof(ReportingSubject), "divisionCode")] = () => new() { ["pattern"] = "^([0-9]{6}|[0-9]{9}|[0-9]{12})$" },
        [(typeof(Section), "heading")] = NonBlank,
        [(typeof(Section), "outlineLevel")] = () => new() { ["minimum"] = Section.MinLevel, ["maximum"] = Section.MaxLevel },
        [(typeof(Measure), "heading")] = NonBlank,
        [(typeof(Measure), "section")] = SectionPath,
        [(typeof(Shortcoming), "description")] = EmptyOrNonBlank,
        [(typeof(Shortcoming), "section")] = SectionPath,
        [(typeof(PlanItem), "heading")] = NonBlank,
        [(typeof(PlanItem), "section")] = SectionPath,
        [(typeof(PlanItem), "targetPath")] = () => new() { ["pattern"] = "^Sections\\[(0|[1-9][0-9]{0,8})\\](\\.Children\\[(0|[1-9][0-9]{0,8})\\])*\\.Quantities\\[(0|[1-9][0-9]{0,8})\\]$" },
        [(typeof(Quantity), "value")] = NonNegative,
        [(typeof(Quantity), "unit")] = NonBlank,
        [(typeof(Quantity), "printed")] = NonBlank,
        [(typeof(QuantityBreakdown), "total")] = NonBlank,
        [(typeof(QuantityBreakdown), "parts")] = () => new()
        {
            ["minItems"] = 1,
            ["uniqueItems"] = true,
            ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["pattern"] = "\\S" },
        },
        [(typeof(TaskArea), "catalogId")] = NonBlank,
        [(typeof(TaskArea), "chineseName")] = NonBlank,
        [(typeof(TaskArea), "englishName")] = NonBlank,
        [(typeof(TaskArea), "number")] = () => new() { ["minimum"] = 1 },
        [(typeof(Publication), "informationSource")] = NonBlank,
        [(typeof(SignOff), "signer")] = NonBlank,
        [(typeof(IndicatorValue), "numerator")] = NonNegative,
        [(typeof(IndicatorValue), "denominator")] = NonNegative,
        [(typeof(IndicatorValue), "printedText")] = NonBlank,
        [(typeof(IndicatorValue), "name")] = NonBlank,
        [(typeof(IndicatorFramework), "name")] = NonBlank,
        [(typeof(IndicatorFramework), "source")] = NonBlank,
        [(typeof(IndicatorFramework), "declaredLevelCounts")] = () => new()
        {
            ["minItems"] = IndicatorFramework.MinLevels,
            ["maxItems"] = IndicatorFramework.MaxLevels,
            ["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
        },
        [(typeof(IndicatorFrameworkNode), "name")] = NonBlank,
        [(typeof(IndicatorFrameworkNode), "weight")] = NonNegative,
        [(typeof(EnforcementDisclosure), "reference")] = NonBlank,
        [(typeof(ProcuratorialRecommendation), "reference")] = NonBlank,
        [(typeof(PublicConsultation), "decision")] = NonBlank,
        [(typeof(ValidationIssue), "code")] = NonBlank,
        [(typeof(ValidationIssue), "message")] = NonBlank,
        [(typeof(ValidationValue), "name")] = NonBlank,
    };

    /// <summary>Gets the rules across members that JSON Schema cannot state (it cannot compare two values), which the readers enforce; each root schema's description names those of its document.</summary>
    public static IReadOnlyList<(Type Owner, string Rule)> CrossMemberRules { get; } =
    [
        (typeof(IndicatorValue), "an indicator value's numerator must not exceed its denominator"),
        (typeof(Shortcoming), "a shortcoming's description may be empty only when it names its section, and its statements lie inside that section's body"),
        (typeof(PlanItem), "a plan item's target path must name a quantity of the outline inside the item's section, and not stand beside a target"),
        (typeof(QuantityBreakdown), "a breakdown's total and parts must name quantities of the report, not the total among the parts; the parts must share the total's kind and unit, or be percentages when there is no total"),
    ];

    private static JsonObject NonBlank() => new() { ["minLength"] = 1, ["pattern"] = "\\S" };

    private static JsonObject EmptyOrNonBlank() => new() { ["pattern"] = "^$|\\S" };

    private static JsonObject NonNegative() => new() { ["minimum"] = 0 };

    private static JsonObject SectionPath() => new() { ["pattern"] = "^Sections\\[(0|[1-9][0-9]{0,8})\\](\\.Children\\[(0|[1-9][0-9]{0,8})\\])*$" };

    private static JsonObject Replace(JsonNode schema, JsonObject shape, bool nullable)
    {
        var replacement = nullable ? new JsonObject { ["anyOf"] = new JsonArray(shape, new JsonObject { ["type"] = "null" }) } : shape;
        if (schema is JsonObject original && original["default"] is { } defaultValue)
        {
            replacement["default"] = defaultValue.DeepClone();
        }

        return replacement;
    }

    private static bool AllowsNull(JsonNode schema) =>
        schema is JsonObject obj && obj["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");

    private static JsonObject? ShapeOf(Type type, SortedDictionary<string, Type> definitions)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var element = type.GetGenericArguments()[0];
            if (element.IsClass && element != typeof(string))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(element.Name);
                definitions[name] = element;
                return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/" + name } };
            }

            return new JsonObject { ["type"] = "array", ["items"] = ShapeOf(element, definitions) ?? JsonSchemaExporter.GetJsonSchemaAsNode(SchemaOptions, element, PlainExporterOptions) };
        }

        if (type == typeof(LocalDate))
        {
            return Text("date");
        }

        if (type == typeof(OffsetDateTime) || type == typeof(Instant))
        {
            return Text("date-time");
        }

        if (type == typeof(DateInterval))
        {
            return Closed(("start", Text("date")), ("end", Text("date")));
        }

        if (type == typeof(ReportYear))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = ReportYear.MinYear, ["maximum"] = ReportYear.MaxYear };
        }

        if (type == typeof(IndicatorCode))
        {
            return new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = IndicatorCode.MaxLength, ["pattern"] = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$" };
        }

        if (type == typeof(BodyRange))
        {
            // Only shortcomings hold body ranges, and they refuse an empty one.
            return Closed(("start", Count()), ("length", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }));
        }

        if (type == typeof(Rate))
        {
            return Closed(("numerator", Count()), ("denominator", Count()));
        }

        if (type == typeof(Ratio))
        {
            return Closed(("antecedent", new JsonObject { ["type"] = "number", ["minimum"] = 0 }), ("consequent", new JsonObject { ["type"] = "number", ["minimum"] = 0 }));
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

        if (type == typeof(ValidationResult))
        {
            definitions["validationIssue"] = typeof(ValidationIssue);
            return Closed(
                (RootDocuments.SchemaVersionName, new JsonObject { ["type"] = "integer", ["const"] = RuleOfLawJson.SchemaVersion }),
                ("issues", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/validationIssue" } }));
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
                    Closed(("kind", new JsonObject { ["const"] = "benchmark" }), ("name", new JsonObject { ["type"] = "string", ["minLength"] = 1, ["pattern"] = "\\S" }), ("level", new JsonObject { ["enum"] = levels }))),
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
