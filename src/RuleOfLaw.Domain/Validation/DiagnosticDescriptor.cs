using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>What one code means, whether a reading note or a validation finding: its title, default severity, source,
/// message template and help.</summary>
/// <remarks>
/// <para>
/// Modelled on Roslyn's <c>DiagnosticDescriptor</c>: one type for every code the library can say, from reading a text
/// (<see cref="DiagnosticCategory.Reading"/>, <c>ROLT</c> codes, <see cref="Text.ReadDiagnostic"/>) or from validating a
/// report (<see cref="DiagnosticCategory.Validation"/>, <c>ROL</c> codes, <see cref="ValidationIssue"/>).
/// </para>
/// <para>
/// Descriptors exist only in the catalogue <see cref="Diagnostics.DiagnosticCatalogue.All"/>; each code has exactly one. The message
/// template names its values in braces, for example <c>Published {published}; due before {dueBefore}.</c>, and every
/// issue of a validation code carries those values by name. Equality is reference equality: there is one descriptor per
/// code; there is no order other than the catalogue's (by code).
/// </para>
/// </remarks>
public sealed class DiagnosticDescriptor
{
    /// <summary>The published list of codes that <see cref="HelpLink"/> points into.</summary>
    internal const string RulesDocument = "https://github.com/ruleoflaw-domain/RuleOfLaw.Domain/blob/main/docs/rules.md";

    internal DiagnosticDescriptor(
        int index,
        DiagnosticCategory category,
        string code,
        string rule,
        string title,
        string summary,
        string source,
        Severity defaultSeverity,
        ValidationRuleScope scope,
        string messageTemplate)
    {
        Index = index;
        Category = category;
        Code = code;
        Rule = rule;
        Title = title;
        Summary = summary;
        Source = source;
        DefaultSeverity = defaultSeverity;
        Scope = scope;
        MessageTemplate = messageTemplate;
        ValueNames = ParseValueNames(messageTemplate);
        HelpLink = RulesDocument + "#" + Anchor(code + " " + title);
    }

    /// <summary>Gets the stable code, for example <c>ROL0002</c> (a finding) or <c>ROLT002</c> (a reading note).</summary>
    public string Code { get; }

    /// <summary>Gets whether the code is a reading note or a validation finding.</summary>
    public DiagnosticCategory Category { get; }

    /// <summary>Gets what the code belongs to: for a finding, the domain rule it checks (<c>V1</c>–<c>V15</c>, or
    /// <c>X1</c>–<c>X5</c> across reports); for a reading note, the reader's step that leaves it (<c>header</c>,
    /// <c>outline</c>, <c>parts</c>, <c>numbers</c>, <c>rates</c> or <c>subject</c>).</summary>
    public string Rule { get; }

    /// <summary>Gets a short title, for example <c>Published late</c>.</summary>
    public string Title { get; }

    /// <summary>Gets what the code says, in one or two sentences.</summary>
    public string Summary { get; }

    /// <summary>Gets the regulation, guideline or text the rule comes from; for a reading note, what the reader goes by.</summary>
    public string Source { get; }

    /// <summary>Gets the severity of the code: for a finding, unless a rule set overrides it; a reading note always has
    /// this severity (<see cref="Severity.Info"/>, except <see cref="Severity.Error"/> when no report could be built).</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets whether the code is on by default (<see cref="ValidationRuleScope.National"/>) or belongs to an
    /// overlay (off by default). Every reading note is national: rule sets do not switch them.</summary>
    public ValidationRuleScope Scope { get; }

    /// <summary>Gets the message template, with value names in braces.</summary>
    public string MessageTemplate { get; }

    /// <summary>Gets the names of the values the message is about, in template order.</summary>
    public ImmutableArray<string> ValueNames { get; }

    /// <summary>Gets where the code is documented: its section of <c>docs/rules.md</c>.</summary>
    public string HelpLink { get; }

    /// <summary>Gets the title in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Title"/> in English; its Chinese title otherwise, for example <c>公开逾期</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string GetTitle(MessageLanguage language) => Chinese(language) is { } chinese ? chinese.Title : Title;

    /// <summary>Gets the source in a language: the regulation, guideline or text the rule comes from.</summary>
    /// <param name="language">The language.</param>
    /// <returns>
    /// <see cref="Source"/> in English; in Chinese its Chinese wording, for example <c>《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条</c>
    /// (the titles of Chinese documents are the same in both).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string GetSource(MessageLanguage language)
    {
        Guard.Defined(language, nameof(language));
        return language == MessageLanguage.Chinese && ChineseSources.ByEnglish.TryGetValue(Source, out var chinese) ? chinese : Source;
    }

    /// <summary>Gets the message template in a language; both name the same values, possibly in another order.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="MessageTemplate"/> in English; its Chinese template otherwise, for example <c>{published}公开；应在{dueBefore}之前公开。</c></returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string GetMessageTemplate(MessageLanguage language) => Chinese(language) is { } chinese ? chinese.Template : MessageTemplate;

    /// <summary>Formats the message of this code for its values in a language.</summary>
    /// <param name="values">The values by name, as a finding (<see cref="ValidationIssue.Values"/>) or a reading note (<see cref="Text.ReadDiagnostic.Values"/>) carries them.</param>
    /// <param name="language">The language.</param>
    /// <returns>
    /// The message. In English it is the message the finding or note carries; in both languages an indicator is named as
    /// <see cref="DisplayNames.Of(Indicators.IndicatorCode, string?, MessageLanguage)"/> names it (its catalogue name, or an
    /// unlisted rate's printed name), never by an unlisted code; in Chinese the words the rules write (a part, a counting
    /// rule, <c>none</c>) are Chinese too, while names, quotations, dates, counts and paths stay as they are.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">A value the template names is not among <paramref name="values"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string FormatMessage(IReadOnlyList<ValidationValue> values, MessageLanguage language)
    {
        Guard.NotNull(values, nameof(values));
        var template = GetMessageTemplate(language);
        var texts = new string[ValueNames.Length];
        for (var i = 0; i < ValueNames.Length; i++)
        {
            var text = Find(values, ValueNames[i])
                ?? throw Guard.Argument(Message.ValuesMustHoldName.Format(ValueNames[i], Code), nameof(values));
            texts[i] = Shown(ValueNames[i], text, language);
        }

        return Substitute(template, name => texts[ValueNames.IndexOf(name)]);
    }

    /// <summary>Formats the message in a language, or returns <see langword="null"/> when the values lack a name the template needs.</summary>
    internal string? TryFormatMessage(IReadOnlyList<ValidationValue> values, MessageLanguage language)
    {
        foreach (var name in ValueNames)
        {
            if (Find(values, name) is null)
            {
                return null;
            }
        }

        return FormatMessage(values, language);
    }

    /// <summary>Gets the position of the descriptor within its category's list, for the rule set's arrays.</summary>
    internal int Index { get; }

    /// <summary>Returns the code and title.</summary>
    /// <returns>For example <c>ROL0002 Published late</c>.</returns>
    public override string ToString() => Code + " " + Title;

    internal ValidationIssue CreateIssue(Severity severity, string path, params ReadOnlySpan<object?> values)
    {
        CheckCount(DiagnosticCategory.Validation, values.Length, nameof(values));
        var formatted = new ValidationValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            formatted[i] = new ValidationValue(ValueNames[i], ValidationFormat.Format(values[i]));
        }

        return new ValidationIssue(this, severity, path, ImmutableCollectionsMarshal.AsImmutableArray(formatted));
    }

    /// <summary>Formats the English message of an issue <see cref="CreateIssue"/> made, from the values it holds (one per name, in order).</summary>
    internal string FormatEnglishMessage(ImmutableArray<ValidationValue> values)
    {
        var texts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            texts[i] = Shown(ValueNames[i], values[i].Value, MessageLanguage.English);
        }

        return FormatMessage(texts);
    }

    /// <summary>Formats the message and the named values of a reading note (<see cref="Text.ReadDiagnostic"/> holds them).</summary>
    internal (string Message, ImmutableArray<ValidationValue> Values) FormatNote(params ReadOnlySpan<object?> values)
    {
        CheckCount(DiagnosticCategory.Reading, values.Length, nameof(values));
        var texts = new string[values.Length];
        var named = new ValidationValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var text = Invariant.Text(values[i]);
            named[i] = new ValidationValue(ValueNames[i], text);
            texts[i] = Shown(ValueNames[i], text, MessageLanguage.English);
        }

        return (FormatMessage(texts), ImmutableCollectionsMarshal.AsImmutableArray(named));
    }

    /// <summary>
    /// A value as a message shows it: as stored, except that an indicator is named (<see cref="DisplayNames"/>) rather than
    /// coded, and in Chinese the words the rules write are Chinese (<see cref="ChineseValues"/>).
    /// </summary>
    private static string Shown(string name, string text, MessageLanguage language) =>
        language == MessageLanguage.Chinese ? ChineseValues.Of(name, text)
        : name == IndicatorValueName ? DisplayNames.OfValueText(text, language)
        : text;

    /// <summary>The name templates give the indicator a message is about: the code, or an unlisted indicator's printed name.</summary>
    internal const string IndicatorValueName = "indicator";

    private (string Title, string Template)? Chinese(MessageLanguage language)
    {
        Guard.Defined(language, nameof(language));
        return language == MessageLanguage.Chinese && ChineseCatalogue.ByCode.TryGetValue(Code, out var chinese) ? chinese : null;
    }

    private static string? Find(IReadOnlyList<ValidationValue> values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i] ?? throw Guard.Null(nameof(values), Message.ValuesMustNotHoldNull.Format());
            if (string.Equals(value.Name, name, StringComparison.Ordinal))
            {
                return value.Value;
            }
        }

        return null;
    }

    /// <summary>Replaces each <c>{name}</c> of a template with its value.</summary>
    private static string Substitute(string template, Func<string, string> valueOf)
    {
        var builder = new StringBuilder(template.Length + 32);
        var rest = template.AsSpan();
        while (true)
        {
            var open = rest.IndexOf('{');
            if (open < 0)
            {
                return builder.Append(rest).ToString();
            }

            var close = rest[open..].IndexOf('}') + open;
            builder.Append(rest[..open]).Append(valueOf(rest[(open + 1)..close].ToString()));
            rest = rest[(close + 1)..];
        }
    }

    private void CheckCount(DiagnosticCategory category, int count, string parameter)
    {
        if (Category != category)
        {
            throw new InvalidOperationException(Invariant.Format("{0} is a {1} code, not a {2} code", Code, Category, category));
        }

        if (count != ValueNames.Length)
        {
            throw Guard.Argument(Message.ValuesMustMatchNames.Format(count, ValueNames.Length, Code), parameter);
        }
    }

    private string FormatMessage(string[] values)
    {
        // Two passes over the template: the exact length, then the characters, straight into the string.
        var length = 0;
        var template = MessageTemplate.AsSpan();
        var next = 0;
        while (true)
        {
            var open = template.IndexOf('{');
            if (open < 0)
            {
                length += template.Length;
                break;
            }

            var close = template[open..].IndexOf('}') + open;
            length += open + values[next++].Length;
            template = template[(close + 1)..];
        }

        return string.Create(length, (MessageTemplate, values), static (destination, state) =>
        {
            var template = state.MessageTemplate.AsSpan();
            var next = 0;
            while (true)
            {
                var open = template.IndexOf('{');
                if (open < 0)
                {
                    template.CopyTo(destination);
                    return;
                }

                var close = template[open..].IndexOf('}') + open;
                template[..open].CopyTo(destination);
                destination = destination[open..];
                var value = state.values[next++];
                value.CopyTo(destination);
                destination = destination[value.Length..];
                template = template[(close + 1)..];
            }
        });
    }

    private static ImmutableArray<string> ParseValueNames(string template)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        var span = template.AsSpan();
        while (true)
        {
            var open = span.IndexOf('{');
            if (open < 0)
            {
                return names.ToImmutable();
            }

            var length = span[open..].IndexOf('}');
            if (length < 0)
            {
                throw Guard.Argument(Message.TemplateMustCloseBraces.Format(template), nameof(template));
            }

            names.Add(span.Slice(open + 1, length - 1).ToString());
            span = span[(open + length + 1)..];
        }
    }

    /// <summary>The anchor GitHub gives a heading: lower case, spaces as hyphens, other punctuation dropped.</summary>
    private static string Anchor(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('-');
            }
        }

        return builder.ToString();
    }
}
