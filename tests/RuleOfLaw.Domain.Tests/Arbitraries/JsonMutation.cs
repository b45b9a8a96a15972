using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace RuleOfLaw.Domain.Tests.Arbitraries;

/// <summary>The ways a JSON document is damaged by <see cref="JsonMutation"/>.</summary>
public enum JsonMutationKind
{
    DeleteMember,
    ChangeType,
    ChangeNumber,
    ChangeString,
    SwapNumeratorAndDenominator,
    DuplicateMember,
    AddMember,
    Truncate,
    InjectInvalidUtf8,
    DeepNesting,
}

/// <summary>
/// One damage to a JSON document, chosen by two random numbers that pick the place; applying it is deterministic,
/// so a failing case shrinks and replays.
/// </summary>
public sealed record JsonMutation(JsonMutationKind Kind, int Place, int Choice)
{
    private const string DeepMarker = "@@deep@@";

    private static readonly string[] Strings = ["", " ", "x", "Bad-Code", "2021-02-30", "2021-01-05T14:11:08", "county", "99999999999", "\u0000", "reports/x.html"];
    private static readonly string[] Numbers = ["-1", "0", "1", "7", "1989", "2101", "9223372036854775808", "1e400", "1.5", "-0.0", "79228162514264337593543950336", "12345678901.123456789012"];
    private static readonly string[] Values = ["null", "true", "\"x\"", "7", "-3", "{}", "[]", "[null]", "{\"a\":1}", "1.25"];

    /// <summary>Applies the damage to a document given as UTF-8.</summary>
    public byte[] Apply(byte[] utf8Json)
    {
        switch (Kind)
        {
            case JsonMutationKind.Truncate:
                return utf8Json[..(Place % utf8Json.Length)];
            case JsonMutationKind.InjectInvalidUtf8:
                var damaged = (byte[])utf8Json.Clone();
                damaged[Place % damaged.Length] = (byte)(Choice % 3) switch { 0 => 0xFF, 1 => 0xC0, _ => 0x80 };
                return damaged;
        }

        var root = JsonNode.Parse(utf8Json)!;
        var text = Kind switch
        {
            JsonMutationKind.DuplicateMember => Duplicate(root),
            _ => Mutate(root),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} at {Place}/{Choice}");

    private string Mutate(JsonNode root)
    {
        var objects = Nodes(root).OfType<JsonObject>().ToList();
        var members = objects.SelectMany(o => o.Select(p => (Object: o, p.Key))).ToList();
        switch (Kind)
        {
            case JsonMutationKind.DeleteMember when members.Count > 0:
                var (owner, key) = members[Place % members.Count];
                owner.Remove(key);
                break;
            case JsonMutationKind.AddMember when objects.Count > 0:
                objects[Place % objects.Count]["unexpected" + (Choice % 3).ToString(CultureInfo.InvariantCulture)] = 1;
                break;
            case JsonMutationKind.ChangeType:
                Replace(root, Place, JsonNode.Parse(Values[Choice % Values.Length]));
                break;
            case JsonMutationKind.ChangeNumber:
                var numbers = Nodes(root).OfType<JsonValue>().Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
                if (numbers.Count > 0)
                {
                    numbers[Place % numbers.Count].ReplaceWith(JsonNode.Parse(Numbers[Choice % Numbers.Length]));
                }

                break;
            case JsonMutationKind.ChangeString:
                var strings = Nodes(root).OfType<JsonValue>().Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
                if (strings.Count > 0)
                {
                    strings[Place % strings.Count].ReplaceWith(JsonValue.Create(Strings[Choice % Strings.Length]));
                }

                break;
            case JsonMutationKind.SwapNumeratorAndDenominator:
                var rates = objects.Where(o => o["numerator"] is JsonValue && o["denominator"] is JsonValue).ToList();
                if (rates.Count > 0)
                {
                    var rate = rates[Place % rates.Count];
                    var numerator = rate["numerator"]!.DeepClone();
                    rate["numerator"] = rate["denominator"]!.DeepClone();
                    rate["denominator"] = numerator;
                }

                break;
            case JsonMutationKind.DeepNesting:
                // Built as text: the parser of the test would refuse the depth it is meant to test.
                var depth = 1 + (Choice % 200);
                Replace(root, Place, JsonValue.Create(DeepMarker));
                return root.ToJsonString().Replace("\"" + DeepMarker + "\"", string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth)), StringComparison.Ordinal);
        }

        return root.ToJsonString();
    }

    private string Duplicate(JsonNode root)
    {
        var text = root.ToJsonString();
        var names = new List<int>();
        for (var i = text.IndexOf("\":", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\":", i + 1, StringComparison.Ordinal))
        {
            names.Add(i);
        }

        if (names.Count == 0)
        {
            return text;
        }

        var end = names[Place % names.Count];
        var start = text.LastIndexOf('"', end - 1);
        var name = text[start..(end + 1)];
        return text[..start] + name + ":null," + text[start..];
    }

    private static void Replace(JsonNode root, int place, JsonNode? replacement)
    {
        var candidates = Nodes(root).Where(n => n.Parent is not null).ToList();
        if (candidates.Count > 0)
        {
            candidates[place % candidates.Count].ReplaceWith(replacement);
        }
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            if (child is not null)
            {
                foreach (var descendant in Nodes(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
