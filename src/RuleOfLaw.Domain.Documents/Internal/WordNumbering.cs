using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using static RuleOfLaw.Domain.Documents.Internal.DocxPackage;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Word's automatic list numbers (ECMA-376 Part 1, §17.9): each numbered paragraph's label, such as <c>一、</c>,
/// <c>（一）</c> or <c>1.</c>, from the abstract numbering definition its <c>w:numId</c> points to, with counters kept per
/// abstract list, restarted as <c>w:lvlRestart</c> says and started at <c>w:start</c> or a <c>w:startOverride</c>.
/// </summary>
internal sealed class WordNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, Level?[]> abstractLevels = [];
    private readonly Dictionary<int, Instance> instances = [];
    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Counters> counters = [];
    private readonly HashSet<int> overridesApplied = [];
    private readonly HashSet<string> approximated = new(StringComparer.Ordinal);
    private readonly ImmutableArray<DocumentNote>.Builder notes;

    public WordNumbering(XElement? numbering, XElement? styleSheet, ImmutableArray<DocumentNote>.Builder notes)
    {
        this.notes = notes;
        foreach (var definition in Children(numbering, "abstractNum"))
        {
            if (Int(Attribute(definition, "abstractNumId")) is { } id)
            {
                var levels = new Level?[Levels];
                foreach (var level in Children(definition, "lvl"))
                {
                    if (Int(Attribute(level, "ilvl")) is int index and >= 0 and < Levels)
                    {
                        levels[index] = Read(level);
                    }
                }

                abstractLevels[id] = levels;
            }
        }

        foreach (var instance in Children(numbering, "num"))
        {
            if (Int(Attribute(instance, "numId")) is { } numId && NumberOf(instance, "abstractNumId") is { } abstractId)
            {
                var overrides = new List<(int Level, int? Start, Level? Definition)>();
                foreach (var levelOverride in Children(instance, "lvlOverride"))
                {
                    if (Int(Attribute(levelOverride, "ilvl")) is int index and >= 0 and < Levels)
                    {
                        var definition = Child(levelOverride, "lvl") is { } level ? Read(level) : null;
                        overrides.Add((index, NumberOf(levelOverride, "startOverride"), definition));
                    }
                }

                instances[numId] = new Instance(abstractId, overrides);
            }
        }

        foreach (var style in Children(styleSheet, "style"))
        {
            if (Attribute(style, "styleId") is { } styleId)
            {
                var numPr = Child(Child(style, "pPr"), "numPr");
                styles[styleId] = new Style(ValueOf(style, "basedOn"), NumberOf(numPr, "numId"), NumberOf(numPr, "ilvl"));
            }
        }
    }

    /// <summary>Gets the label Word shows before the paragraph, with its separator, or null for a paragraph that is not numbered.</summary>
    public string? Label(XElement paragraph)
    {
        var properties = Child(paragraph, "pPr");
        var numPr = Child(properties, "numPr");
        var styleId = ValueOf(properties, "pStyle");
        int? numId = NumberOf(numPr, "numId");
        int? level = NumberOf(numPr, "ilvl");
        if (numId is null && styleId is not null)
        {
            (numId, var styleLevel) = FromStyle(styleId);
            level ??= styleLevel;
        }

        if (numId is not { } id || id == 0 || !instances.TryGetValue(id, out var instance) || !abstractLevels.TryGetValue(instance.AbstractId, out var levels))
        {
            return null;
        }

        var ilvl = Math.Clamp(level ?? LevelOfStyle(levels, styleId), 0, Levels - 1);
        var definitions = (Level?[])levels.Clone();
        foreach (var (index, _, definition) in instance.Overrides)
        {
            if (definition is not null)
            {
                definitions[index] = definition;
            }
        }

        if (definitions[ilvl] is not { } current)
        {
            return null;
        }

        var state = CounterOf(instance.AbstractId);
        if (overridesApplied.Add(id))
        {
            foreach (var (index, start, _) in instance.Overrides)
            {
                if (start is { } value)
                {
                    state.Values[index] = value - 1;
                    state.Started[index] = true;
                }
            }
        }

        state.Values[ilvl] = state.Started[ilvl] ? state.Values[ilvl] + 1 : current.Start;
        state.Started[ilvl] = true;
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            var restart = definitions[deeper]?.Restart;
            if (restart is null || (restart.Value != 0 && ilvl + 1 <= restart.Value))
            {
                state.Started[deeper] = false;
            }
        }

        return Render(current, definitions, state);
    }

    private string Render(Level current, Level?[] definitions, Counters state)
    {
        var text = current.Text;
        var label = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var index = text[i + 1] - '1';
                var definition = definitions[index];
                var value = state.Started[index] ? state.Values[index] : definition?.Start ?? 1;
                var format = current.Legal ? "decimal" : definition?.Format ?? "decimal";
                label.Append(Format(value, format));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        if (label.Length > 0 && current.Suffix != "nothing" && char.IsLetterOrDigit(label[^1]))
        {
            label.Append(' ');
        }

        return label.ToString();
    }

    private string Format(int value, string format)
    {
        if (format == "bullet")
        {
            return "•";
        }

        if (ListNumberFormatter.Format(value, format) is { } text)
        {
            return text;
        }

        if (approximated.Add(format))
        {
            notes.Add(new DocumentNote(DocumentNoteCodes.NumberingFormatApproximated, $"the Word list number format \"{format}\" is shown as an Arabic number")
            {
                ChineseMessage = $"Word列表编号格式“{format}”显示为阿拉伯数字",
            });
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    private (int? NumId, int? Level) FromStyle(string styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int? level = null;
        for (var id = styleId; id is not null && seen.Add(id) && styles.TryGetValue(id, out var style); id = style.BasedOn)
        {
            level ??= style.Level;
            if (style.NumId is { } numId)
            {
                return (numId, level);
            }
        }

        return (null, null);
    }

    private static int LevelOfStyle(Level?[] levels, string? styleId)
    {
        for (var i = 0; i < levels.Length; i++)
        {
            if (styleId is not null && levels[i]?.Style == styleId)
            {
                return i;
            }
        }

        return 0;
    }

    private Counters CounterOf(int abstractId)
    {
        if (!counters.TryGetValue(abstractId, out var state))
        {
            state = new Counters();
            counters[abstractId] = state;
        }

        return state;
    }

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent is null ? [] : parent.Elements().Where(e => IsWord(e, localName));

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static Level Read(XElement level) => new(
        NumberOf(level, "start") ?? 0,
        ValueOf(level, "numFmt") ?? "decimal",
        ValueOf(level, "lvlText") ?? string.Empty,
        NumberOf(level, "lvlRestart"),
        IsOn(level, "isLgl"),
        ValueOf(level, "suff") ?? "tab",
        ValueOf(level, "pStyle"));

    private sealed record Level(int Start, string Format, string Text, int? Restart, bool Legal, string Suffix, string? Style);

    private sealed record Instance(int AbstractId, List<(int Level, int? Start, Level? Definition)> Overrides);

    private sealed record Style(string? BasedOn, int? NumId, int? Level);

    private sealed class Counters
    {
        public int[] Values { get; } = new int[Levels];

        public bool[] Started { get; } = new bool[Levels];
    }
}
