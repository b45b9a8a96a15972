using System;
using System.Globalization;

namespace RuleOfLaw.Domain.Internal;

/// <summary>Formats text that reads the same on every machine: values in the invariant culture, strings as they are.</summary>
/// <remarks>
/// For text that is not a refusal (a <c>ToString()</c>, a JSON reading error). A refusal states its rule through the
/// one catalogue of argument rules, <see cref="Message"/>.
/// </remarks>
internal static class Invariant
{
    public static string Format(string template, params object?[] values)
    {
        var texts = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            texts[i] = Text(values[i]);
        }

        return string.Format(CultureInfo.InvariantCulture, template, texts);
    }

    /// <summary>A value as messages print it: strings as they are, numbers and dates in the invariant culture, null as <c>null</c>.</summary>
    public static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };
}
