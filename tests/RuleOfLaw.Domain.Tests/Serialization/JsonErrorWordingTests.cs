using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using RuleOfLaw.Domain.Serialization;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>
/// Every rejection of the strict JSON readers names the path and the rule in the library's own words: mutants of every
/// golden document (each property removed, an unknown property added to each object, each value replaced by a value of
/// each other JSON kind) are read, and no message names a .NET type or gives advice meant for the library's authors.
/// </summary>
public sealed class JsonErrorWordingTests
{
    private static readonly (string File, Func<string, object> Read)[] Roots =
    [
        ("minimal.report.json", json => RuleOfLawJson.Report.Deserialize(json)),
        ("pingshan-2020.report.json", json => RuleOfLawJson.Report.Deserialize(json)),
        ("provincial.framework.json", json => RuleOfLawJson.Framework.Deserialize(json)),
        ("case-records.json", json => RuleOfLawJson.CaseRecords.Deserialize(json)),
        ("pingshan-2020.validation.json", json => RuleOfLawJson.ValidationResult.Deserialize(json)),
    ];

    // "(Parameter" and "Arg_" are the runtime's own suffix to an argument exception's message (its resource key under
    // WebAssembly): the rule must come from the guard, not from the runtime's message.
    private static readonly string[] Forbidden = ["RuleOfLaw.", "System.", "NodaTime.", "Consider", ".NET", "JsonConstructor", "nullability", "(Parameter", "Arg_"];

    public static TheoryData<string> RootFiles() => [.. Roots.Select(r => r.File)];

    [Theory]
    [MemberData(nameof(RootFiles))]
    public void Mutants_AreRefusedInTheLibrarysOwnWords(string file)
    {
        var read = Roots.Single(r => r.File == file).Read;
        var golden = File.ReadAllText(Path.Combine(Json.Golden.Folder, file));
        var refused = 0;
        var offending = new List<string>();
        foreach (var mutant in Mutants(golden))
        {
            try
            {
                read(mutant);
            }
            catch (JsonException e)
            {
                refused++;
                if (!e.Message.StartsWith('$') || Forbidden.Any(word => e.Message.Contains(word, StringComparison.Ordinal)))
                {
                    offending.Add(e.Message);
                }
            }
        }

        Assert.True(refused > 0, "no mutant was refused: the mutation does nothing");
        Assert.True(offending.Count == 0, $"{offending.Count} of {refused} rejections of {file} name a .NET type or give advice, for example:\n" + string.Join("\n", offending.Distinct().Take(12)));
    }

    [Fact]
    public void GuardRule_ReadsTheSameUnderAnotherUiCulture_AndIsTheGuardsTextNotTheRuntimeMessage()
    {
        var golden = File.ReadAllText(Path.Combine(Json.Golden.Folder, "pingshan-2020.report.json"));
        var json = golden.Replace("\"numerator\": 2,", "\"numerator\": 12,", StringComparison.Ordinal);
        Assert.NotEqual(golden, json);
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        string english;
        string other;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
            english = Assert.Throws<JsonException>(() => RuleOfLawJson.Report.Deserialize(json)).Message;
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("fr-FR");
            other = Assert.Throws<JsonException>(() => RuleOfLawJson.Report.Deserialize(json)).Message;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }

        Assert.Equal("$.indicatorValues[0].numerator: numerator (12) must not exceed denominator (11)", english);
        Assert.Equal(english, other);
        // The runtime's message of the same refusal is not that text: it adds the parameter in its own words.
        var runtime = Assert.ThrowsAny<ArgumentException>(() => Domain.Rates.Rate.Of(12, 11));
        Assert.NotEqual("numerator (12) must not exceed denominator (11)", runtime.Message);
    }

    /// <summary>The golden document with one change each: every property removed, every value replaced, an unknown property in every object.</summary>
    internal static IEnumerable<string> Mutants(string golden, params JsonNode?[] extra)
    {
        var root = JsonNode.Parse(golden)!;
        var locations = new List<(JsonNode Parent, object Key)>();
        Collect(root, locations);
        JsonNode?[] replacements = [JsonValue.Create("x"), JsonValue.Create(1.5), JsonValue.Create(-1), JsonValue.Create(true), null, new JsonObject(), new JsonArray(), .. extra];
        // Every location of a small document; of a large one a fixed, evenly spread sample, to keep the suite fast.
        var stride = Math.Max(1, locations.Count / 150);
        foreach (var (parent, key) in locations.Where((_, i) => i % stride == 0))
        {
            foreach (var replacement in replacements)
            {
                yield return Mutate(root, parent, key, replacement?.DeepClone(), remove: false);
            }

            if (key is string)
            {
                yield return Mutate(root, parent, key, null, remove: true);
            }
        }

        foreach (var obj in Objects(root).Where((_, i) => i % stride == 0))
        {
            obj["zzzUnknown"] = 1;
            yield return root.ToJsonString();
            obj.Remove("zzzUnknown");
        }
    }

    private static string Mutate(JsonNode root, JsonNode parent, object key, JsonNode? value, bool remove)
    {
        if (parent is JsonObject obj)
        {
            var name = (string)key;
            var original = obj[name];
            obj.Remove(name);
            if (!remove)
            {
                obj[name] = value;
            }

            var text = root.ToJsonString();
            obj.Remove(name);
            obj[name] = original;
            return text;
        }

        var array = (JsonArray)parent;
        var index = (int)key;
        var kept = array[index];
        array[index] = value;
        var result = root.ToJsonString();
        array[index] = kept;
        return result;
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Key)> into)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                into.Add((obj, name));
                if (child is not null)
                {
                    Collect(child, into);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                into.Add((array, i));
                if (array[i] is { } child)
                {
                    Collect(child, into);
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.ToList().Where(p => p.Value is not null).SelectMany(p => Objects(p.Value!))),
        JsonArray array => array.Where(c => c is not null).SelectMany(c => Objects(c!)),
        _ => [],
    };
}
