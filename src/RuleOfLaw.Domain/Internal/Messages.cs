using System;
using System.Globalization;

namespace RuleOfLaw.Domain.Internal;

/// <summary>The catalogue of argument-check messages; each states a rule and quotes the offending value.</summary>
/// <remarks>Arguments are formatted in the invariant culture; strings are inserted as they are.</remarks>
internal static class Messages
{
    public const string MustNotBeNegative = "{0} ({1}) must not be negative";
    public const string MustNotExceed = "{0} ({1}) must not exceed {2} ({3})";
    public const string MustBeInRange = "{0} ({1}) must be between {2} and {3}";
    public const string MustBeDefined = "{0} ({1}) must be a defined {2} value";
    public const string MustNotBeNull = "{0} must not be null";
    public const string MustNotBeBlank = "{0} (\"{1}\") must not be empty or white space";
    public const string MustNotContainNull = "{0} must not contain null (item {1} is null)";
    public const string MustNotContainBlank = "{0} must not contain empty or white-space text (item {1} is \"{2}\")";

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
