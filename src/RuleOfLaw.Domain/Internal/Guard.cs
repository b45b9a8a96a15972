using System;

namespace RuleOfLaw.Domain.Internal;

/// <summary>
/// Checks arguments and throws with a message that states the rule and the actual value: the one way the library
/// refuses a value (the conventions tests hold every other method to it).
/// </summary>
/// <remarks>
/// Messages are formatted in the invariant culture so that they read the same on every machine. Each exception carries
/// its rule under <see cref="RuleKey"/> in <see cref="Exception.Data"/>, exactly as formatted: the runtime appends
/// <c> (Parameter 'x')</c> to an <see cref="ArgumentException"/>'s message in its own words (resource keys under
/// WebAssembly), so readers that report the rule (the strict JSON reader) take it from there, never from the message.
/// An exception without it did not come from a guard: it is a bug, not a property of the input.
/// </remarks>
internal static class Guard
{
    /// <summary>The key of the rule text in a guard exception's <see cref="Exception.Data"/>.</summary>
    public const string RuleKey = "RuleOfLaw.Domain.Rule";

    /// <summary>Gets the rule a guard exception states, or null for an exception no guard threw.</summary>
    public static string? RuleOf(Exception exception) => exception.Data[RuleKey] as string;

    /// <summary>Creates the exception for a broken argument rule.</summary>
    public static ArgumentException Argument(Rule rule, string parameterName) => Tagged(new ArgumentException(rule.Text, parameterName), rule);

    /// <summary>Creates the exception for an argument outside its range.</summary>
    public static ArgumentOutOfRangeException OutOfRange(string parameterName, object? value, Rule rule) => Tagged(new ArgumentOutOfRangeException(parameterName, value, rule.Text), rule);

    /// <summary>Creates the exception for a null argument, or a null where a value is required.</summary>
    public static ArgumentNullException Null(string parameterName, Rule rule) => Tagged(new ArgumentNullException(parameterName, rule.Text), rule);

    /// <summary>Creates the exception for text that is not in the form a parser takes.</summary>
    public static FormatException Format(Rule rule) => Tagged(new FormatException(rule.Text), rule);

    /// <summary>Creates the exception for counts whose sum leaves the range of a count.</summary>
    public static OverflowException Overflow(Rule rule) => Tagged(new OverflowException(rule.Text), rule);

    private static T Tagged<T>(T exception, Rule rule)
        where T : Exception
    {
        exception.Data[RuleKey] = rule.Text;
        return exception;
    }

    public static void NotNegative(long value, string parameterName)
    {
        if (value < 0)
        {
            throw OutOfRange(parameterName, value, Message.MustNotBeNegative.Format(parameterName, value));
        }
    }

    public static void AtMost(long value, long maximum, string parameterName, string maximumName)
    {
        if (value > maximum)
        {
            throw OutOfRange(parameterName, value, Message.MustNotExceed.Format(parameterName, value, maximumName, maximum));
        }
    }

    public static void InRange(int value, int minimum, int maximum, string parameterName)
    {
        if (value < minimum || value > maximum)
        {
            throw OutOfRange(parameterName, value, Message.MustBeInRange.Format(parameterName, value, minimum, maximum));
        }
    }

    public static void InRange(long value, long minimum, long maximum, string parameterName)
    {
        if (value < minimum || value > maximum)
        {
            throw OutOfRange(parameterName, value, Message.MustBeInRange.Format(parameterName, value, minimum, maximum));
        }
    }

    public static void InRange(decimal value, decimal minimum, decimal maximum, string parameterName)
    {
        if (value < minimum || value > maximum)
        {
            throw OutOfRange(parameterName, value, Message.MustBeInRange.Format(parameterName, value, minimum, maximum));
        }
    }

    public static void Defined<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw OutOfRange(parameterName, value, Message.MustBeDefined.Format(parameterName, value, typeof(TEnum).Name));
        }
    }

    public static void NotNull<T>(T? value, string parameterName)
    {
        if (value is null)
        {
            throw Null(parameterName, Message.MustNotBeNull.Format(parameterName));
        }
    }

    public static string NotBlank(string? value, string parameterName)
    {
        if (value is null)
        {
            throw Null(parameterName, Message.MustNotBeNull.Format(parameterName));
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw Argument(Message.MustNotBeBlank.Format(parameterName, value), parameterName);
        }

        return value;
    }

    public static void That(bool condition, string parameterName, Message template, params object?[] values)
    {
        if (!condition)
        {
            throw Argument(template.Format(values), parameterName);
        }
    }

    // The generic overloads box their values only when the condition fails: constructors run them on every call,
    // including once per object while reading JSON.
    public static void That<T1>(bool condition, string parameterName, Message template, T1 value1)
    {
        if (!condition)
        {
            throw Argument(template.Format(value1), parameterName);
        }
    }

    public static void That<T1, T2>(bool condition, string parameterName, Message template, T1 value1, T2 value2)
    {
        if (!condition)
        {
            throw Argument(template.Format(value1, value2), parameterName);
        }
    }

    public static void That<T1, T2, T3>(bool condition, string parameterName, Message template, T1 value1, T2 value2, T3 value3)
    {
        if (!condition)
        {
            throw Argument(template.Format(value1, value2, value3), parameterName);
        }
    }

    public static void That<T1, T2, T3, T4>(bool condition, string parameterName, Message template, T1 value1, T2 value2, T3 value3, T4 value4)
    {
        if (!condition)
        {
            throw Argument(template.Format(value1, value2, value3, value4), parameterName);
        }
    }
}
