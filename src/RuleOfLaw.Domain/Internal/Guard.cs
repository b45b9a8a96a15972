using System;

namespace RuleOfLaw.Domain.Internal;

/// <summary>Checks arguments and throws with a message that states the rule and the actual value.</summary>
/// <remarks>Messages are formatted in the invariant culture so that they read the same on every machine.</remarks>
internal static class Guard
{
    public static void NotNegative(long value, string parameterName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Messages.Format(Messages.MustNotBeNegative, parameterName, value));
        }
    }

    public static void AtMost(long value, long maximum, string parameterName, string maximumName)
    {
        if (value > maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Messages.Format(Messages.MustNotExceed, parameterName, value, maximumName, maximum));
        }
    }

    public static void InRange(int value, int minimum, int maximum, string parameterName)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Messages.Format(Messages.MustBeInRange, parameterName, value, minimum, maximum));
        }
    }

    public static void InRange(long value, long minimum, long maximum, string parameterName)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Messages.Format(Messages.MustBeInRange, parameterName, value, minimum, maximum));
        }
    }

    public static void InRange(decimal value, decimal minimum, decimal maximum, string parameterName)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Messages.Format(Messages.MustBeInRange, parameterName, value, minimum, maximum));
        }
    }

    public static void Defined<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, Messages.Format(Messages.MustBeDefined, parameterName, value, typeof(TEnum).Name));
        }
    }

    public static void NotNull<T>(T? value, string parameterName)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, Messages.Format(Messages.MustNotBeNull, parameterName));
        }
    }

    public static string NotBlank(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, Messages.Format(Messages.MustNotBeNull, parameterName));
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(Messages.Format(Messages.MustNotBeBlank, parameterName, value), parameterName);
        }

        return value;
    }

    public static void That(bool condition, string parameterName, string template, params object?[] values)
    {
        if (!condition)
        {
            throw new ArgumentException(Messages.Format(template, values), parameterName);
        }
    }

    // The generic overloads box their values only when the condition fails: constructors run them on every call,
    // including once per object while reading JSON.
    public static void That<T1>(bool condition, string parameterName, string template, T1 value1)
    {
        if (!condition)
        {
            throw new ArgumentException(Messages.Format(template, value1), parameterName);
        }
    }

    public static void That<T1, T2>(bool condition, string parameterName, string template, T1 value1, T2 value2)
    {
        if (!condition)
        {
            throw new ArgumentException(Messages.Format(template, value1, value2), parameterName);
        }
    }

    public static void That<T1, T2, T3>(bool condition, string parameterName, string template, T1 value1, T2 value2, T3 value3)
    {
        if (!condition)
        {
            throw new ArgumentException(Messages.Format(template, value1, value2, value3), parameterName);
        }
    }

    public static void That<T1, T2, T3, T4>(bool condition, string parameterName, string template, T1 value1, T2 value2, T3 value3, T4 value4)
    {
        if (!condition)
        {
            throw new ArgumentException(Messages.Format(template, value1, value2, value3, value4), parameterName);
        }
    }
}
