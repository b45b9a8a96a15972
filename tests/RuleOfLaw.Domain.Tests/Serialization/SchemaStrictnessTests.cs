using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Json.Schema;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Arbitraries;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Validation;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>
/// The schemas are as strict as the readers: of the mutants of every golden document that a reader refuses, the schema
/// (checked with an independent validator, JsonSchema.Net) accepts only those refused for a rule across members that
/// JSON Schema cannot state, and the schema's description names each such rule.
/// </summary>
public sealed class SchemaStrictnessTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private static readonly (string File, string Schema, Func<string, object> Read)[] Roots =
    [
        (Golden.MinimalReport, RuleOfLawJsonSchemaTests.ReportSchemaFile, json => RuleOfLawJson.Report.Deserialize(json)),
        (Golden.PingshanReport, RuleOfLawJsonSchemaTests.ReportSchemaFile, json => RuleOfLawJson.Report.Deserialize(json)),
        ("provincial.framework.json", RuleOfLawJsonSchemaTests.FrameworkSchemaFile, json => RuleOfLawJson.Framework.Deserialize(json)),
        ("case-records.json", RuleOfLawJsonSchemaTests.CaseRecordsSchemaFile, json => RuleOfLawJson.CaseRecords.Deserialize(json)),
        ("pingshan-2020.validation.json", RuleOfLawJsonSchemaTests.ValidationSchemaFile, json => RuleOfLawJson.ValidationResult.Deserialize(json)),
    ];

    private static readonly JsonNode?[] Extra = [JsonValue.Create(string.Empty), JsonValue.Create("  "), JsonValue.Create(0), JsonValue.Create(123456789), JsonValue.Create("2024-02-30")];

    /// <summary>The rules across members that JSON Schema cannot state: a reader's message that shows one, and the words the schema's description must have for it.</summary>
    private static readonly (string Message, string Described)[] CrossMember =
    [
        ("must not exceed denominator", "numerator must not exceed its denominator"),
        ("must not be empty unless the shortcoming names its section", "description may be empty only when it names its section"),
    ];

    private static readonly Lazy<JsonSchema> ReportSchema = new(() => Load(RuleOfLawJsonSchemaTests.ReportSchemaFile));
    private static readonly Lazy<JsonSchema> CaseRecordsSchema = new(() => Load(RuleOfLawJsonSchemaTests.CaseRecordsSchemaFile));
    private static readonly Lazy<JsonSchema> ValidationSchema = new(() => Load(RuleOfLawJsonSchemaTests.ValidationSchemaFile));

    public static TheoryData<string> RootFiles() => [.. Roots.Select(r => r.File)];

    /// <summary>The other side of the boundary: the schema is not stricter than the reader, so every document the library writes is valid.</summary>
    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 300)]
    public void ReportSchema_AcceptsEveryReportTheLibraryWrites(AnnualReport report) =>
        AssertValid(ReportSchema.Value, RuleOfLawJson.Report.Serialize(report));

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 300)]
    public void CaseRecordsSchema_AcceptsEveryRegisterTheLibraryWrites(CaseRecords records) =>
        AssertValid(CaseRecordsSchema.Value, RuleOfLawJson.CaseRecords.Serialize(records));

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 300)]
    public void ValidationSchema_AcceptsEveryResultTheLibraryWrites(ValidationResult result) =>
        AssertValid(ValidationSchema.Value, RuleOfLawJson.ValidationResult.Serialize(result));

    [Theory]
    [MemberData(nameof(RootFiles))]
    public void Schema_AcceptsNoMutantTheReaderRefusesForARuleItCanState(string file)
    {
        var (_, schemaFile, read) = Roots.Single(r => r.File == file);
        var schemaText = File.ReadAllText(Path.Combine(Golden.SchemaFolder, schemaFile));
        var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        var description = JsonNode.Parse(schemaText)!["description"]?.GetValue<string>() ?? string.Empty;
        var golden = File.ReadAllText(Path.Combine(Golden.Folder, file));
        var refused = 0;
        var crossMember = 0;
        var accepted = new List<string>();
        foreach (var mutant in JsonErrorWordingTests.Mutants(golden, Extra))
        {
            string? why = null;
            try
            {
                read(mutant);
            }
            catch (JsonException e)
            {
                why = e.Message;
            }

            if (why is null)
            {
                continue;
            }

            refused++;
            using var document = JsonDocument.Parse(mutant);
            if (!schema.Evaluate(document.RootElement, Options).IsValid)
            {
                continue;
            }

            if (CrossMember.FirstOrDefault(rule => why.Contains(rule.Message, StringComparison.Ordinal)) is { Described: { } described })
            {
                Assert.True(description.Contains(described, StringComparison.Ordinal), $"{schemaFile} accepts a document refused because {why}, and its description does not say so");
                crossMember++;
            }
            else
            {
                accepted.Add(why);
            }
        }

        Assert.True(refused > 0, "no mutant was refused: the mutation does nothing");
        Assert.True(accepted.Count == 0, $"{schemaFile} accepts {accepted.Count} of the {refused} mutants of {file} the reader refuses:\n" + string.Join("\n", accepted.Distinct().Take(60)));
    }

    private static JsonSchema Load(string file) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Golden.SchemaFolder, file)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static void AssertValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(results.IsValid, "the schema refuses a document the library wrote: " + JsonSerializer.Serialize(results.Details?.Where(d => !d.IsValid && d.Errors is not null).Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values)).Take(5)) + "\n" + json[..Math.Min(json.Length, 2000)]);
    }
}
