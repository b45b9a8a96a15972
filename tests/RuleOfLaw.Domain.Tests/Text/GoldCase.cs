using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>One annotated report: a <c>Samples/*.txt</c> file and its <c>*.gold.json</c> annotations (UTF-16 offsets).</summary>
public sealed class GoldCase
{
    private GoldCase(string name, string text, JsonElement gold)
    {
        Name = name;
        Text = text;
        Gold = gold;
    }

    public string Name { get; }

    public string Text { get; }

    public JsonElement Gold { get; }

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "Samples");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(SamplesDirectory, "*.gold.json")
            .Select(path => Path.GetFileName(path)[..^".gold.json".Length])
            .Order(StringComparer.Ordinal);

    public static GoldCase Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(SamplesDirectory, name + ".txt"));
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SamplesDirectory, name + ".gold.json")));
        return new GoldCase(name, text, document.RootElement.Clone());
    }

    public ImmutableArray<GoldOutlineEntry> Outline =>
        [.. Gold.GetProperty("outline").EnumerateArray().Select(e => new GoldOutlineEntry(
            e.GetProperty("level").GetInt32(),
            e.GetProperty("marker").GetString()!,
            e.GetProperty("title").GetString()!,
            e.TryGetProperty("title_boundary_uncertain", out var u) && u.GetBoolean()))];

    public ImmutableArray<GoldFact> Facts =>
        [.. Gold.GetProperty("facts").EnumerateArray().Select(e => new GoldFact(
            e.GetProperty("text").GetString()!,
            e.GetProperty("start").GetInt32(),
            e.GetProperty("length").GetInt32(),
            e.GetProperty("value").GetDecimal(),
            e.GetProperty("unit").GetString()!,
            e.GetProperty("kind").GetString()!,
            e.GetProperty("qualifier").GetString()!,
            e.GetProperty("scale").ValueKind == JsonValueKind.Null ? null : e.GetProperty("scale").GetString(),
            e.TryGetProperty("optional", out var o) && o.GetBoolean()))];

    public ImmutableArray<GoldRate> Rates =>
        [.. Gold.GetProperty("rates").EnumerateArray().Select(e => new GoldRate(
            e.GetProperty("indicator").GetString()!,
            OptionalLong(e, "numerator", out var hasNumerator),
            hasNumerator,
            OptionalLong(e, "denominator", out var hasDenominator),
            hasDenominator,
            e.TryGetProperty("reported_percent", out var p) ? p.GetDecimal() : null,
            e.TryGetProperty("consistent", out var c) ? c.GetBoolean() : null))];

    public override string ToString() => Name;

    private static long? OptionalLong(JsonElement element, string name, out bool present)
    {
        present = element.TryGetProperty(name, out var value);
        return present && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
    }
}

public sealed record GoldOutlineEntry(int Level, string Marker, string Title, bool Uncertain);

public sealed record GoldFact(string Text, int Start, int Length, decimal Value, string Unit, string Kind, string Qualifier, string? Scale, bool Optional)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text}@{Start}");
}

public sealed record GoldRate(string Indicator, long? Numerator, bool HasNumerator, long? Denominator, bool HasDenominator, decimal? ReportedPercent, bool? Consistent);
