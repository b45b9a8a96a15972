using System;
using System.Collections.Immutable;
using System.Text;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>What one validation code means: its rule, default severity, source and message template.</summary>
/// <remarks>
/// Descriptors exist only in the catalogue <see cref="ValidationCodes.All"/>; each code has exactly one. The message
/// template names its values in braces, for example <c>Published {published}; due before {dueBefore}.</c>, and every
/// issue of the code carries those values by name. Equality is reference equality: there is one descriptor per code.
/// </remarks>
public sealed class ValidationRuleDescriptor
{
    internal ValidationRuleDescriptor(
        int index, string code, string rule, string title, string summary, string source, Severity defaultSeverity, ValidationRuleScope scope, string messageTemplate)
    {
        Index = index;
        Code = code;
        Rule = rule;
        Title = title;
        Summary = summary;
        Source = source;
        DefaultSeverity = defaultSeverity;
        Scope = scope;
        MessageTemplate = messageTemplate;
        ValueNames = ParseValueNames(messageTemplate);
    }

    /// <summary>Gets the stable code, for example <c>ROL0002</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the number of the domain rule the code checks, <c>V1</c> to <c>V15</c>.</summary>
    public string Rule { get; }

    /// <summary>Gets a short title, for example <c>Published late</c>.</summary>
    public string Title { get; }

    /// <summary>Gets the rule in one or two sentences.</summary>
    public string Summary { get; }

    /// <summary>Gets the regulation, guideline or text the rule comes from.</summary>
    public string Source { get; }

    /// <summary>Gets the severity of the code unless a rule set overrides it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets whether the code is national (on by default) or belongs to an overlay (off by default).</summary>
    public ValidationRuleScope Scope { get; }

    /// <summary>Gets the message template, with value names in braces.</summary>
    public string MessageTemplate { get; }

    /// <summary>Gets the names of the values the message is about, in template order.</summary>
    public ImmutableArray<string> ValueNames { get; }

    internal int Index { get; }

    /// <summary>Returns the code and title.</summary>
    /// <returns>For example <c>ROL0002 Published late</c>.</returns>
    public override string ToString() => Code + " " + Title;

    internal ValidationIssue CreateIssue(Severity severity, string path, params ReadOnlySpan<object?> values)
    {
        if (values.Length != ValueNames.Length)
        {
            throw new ArgumentException(Messages.Format("values ({0}) must match the {1} names of {2}", values.Length, ValueNames.Length, Code), nameof(values));
        }

        var formatted = new ValidationValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            formatted[i] = new ValidationValue(ValueNames[i], ValidationFormat.Format(values[i]));
        }

        return new ValidationIssue(Code, severity, path, FormatMessage(formatted), ImmutableArray.Create(formatted));
    }

    private string FormatMessage(ValidationValue[] values)
    {
        var builder = new StringBuilder(MessageTemplate.Length + 32);
        var template = MessageTemplate.AsSpan();
        var next = 0;
        while (true)
        {
            var open = template.IndexOf('{');
            if (open < 0)
            {
                builder.Append(template);
                return builder.ToString();
            }

            var close = template[open..].IndexOf('}') + open;
            builder.Append(template[..open]).Append(values[next++].Value);
            template = template[(close + 1)..];
        }
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
                throw new ArgumentException(Messages.Format("message template (\"{0}\") must close every brace", template), nameof(template));
            }

            names.Add(span.Slice(open + 1, length - 1).ToString());
            span = span[(open + length + 1)..];
        }
    }
}
