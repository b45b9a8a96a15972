using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

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

    public WordNumbering(MainDocumentPart main, ImmutableArray<DocumentNote>.Builder notes)
    {
        this.notes = notes;
        if (main.NumberingDefinitionsPart?.Numbering is { } numbering)
        {
            foreach (var definition in numbering.Elements<AbstractNum>())
            {
                if (definition.AbstractNumberId?.Value is { } id)
                {
                    var levels = new Level?[Levels];
                    foreach (var level in definition.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
                    {
                        if (level.LevelIndex?.Value is int index and >= 0 and < Levels)
                        {
                            levels[index] = Read(level);
                        }
                    }

                    abstractLevels[id] = levels;
                }
            }

            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                if (instance.NumberID?.Value is { } numId && instance.AbstractNumId?.Val?.Value is { } abstractId)
                {
                    var overrides = new List<(int Level, int? Start, Level? Definition)>();
                    foreach (var levelOverride in instance.Elements<LevelOverride>())
                    {
                        if (levelOverride.LevelIndex?.Value is int index and >= 0 and < Levels)
                        {
                            var definition = levelOverride.Level is { } level ? Read(level) : null;
                            overrides.Add((index, levelOverride.StartOverrideNumberingValue?.Val?.Value, definition));
                        }
                    }

                    instances[numId] = new Instance(abstractId, overrides);
                }
            }
        }

        if (main.StyleDefinitionsPart?.Styles is { } styleSheet)
        {
            foreach (var style in styleSheet.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>())
            {
                if (style.StyleId?.Value is { } styleId)
                {
                    var numPr = style.StyleParagraphProperties?.NumberingProperties;
                    styles[styleId] = new Style(style.BasedOn?.Val?.Value, numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value);
                }
            }
        }
    }

    /// <summary>Gets the label Word shows before the paragraph, with its separator, or null for a paragraph that is not numbered.</summary>
    public string? Label(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var numPr = properties?.NumberingProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        int? numId = numPr?.NumberingId?.Val?.Value;
        int? level = numPr?.NumberingLevelReference?.Val?.Value;
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

    private static Level Read(DocumentFormat.OpenXml.Wordprocessing.Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value ?? string.Empty,
        level.LevelRestart?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && legal.Val?.Value != false,
        level.LevelSuffix?.Val?.InnerText ?? "tab",
        level.ParagraphStyleIdInLevel?.Val?.Value);

    private sealed record Level(int Start, string Format, string Text, int? Restart, bool Legal, string Suffix, string? Style);

    private sealed record Instance(int AbstractId, List<(int Level, int? Start, Level? Definition)> Overrides);

    private sealed record Style(string? BasedOn, int? NumId, int? Level);

    private sealed class Counters
    {
        public int[] Values { get; } = new int[Levels];

        public bool[] Started { get; } = new bool[Levels];
    }
}
