using System;
using System.Reflection;

namespace RuleOfLaw.Domain.Tests.Contracts;

/// <summary>Checks the whole equality contract of a value type in one line (after NodaTime's TestHelper).</summary>
public static class ValueSemantics
{
    /// <summary>
    /// Asserts that <paramref name="value"/> equals <paramref name="equalValue"/> through <c>Equals(T)</c>,
    /// <c>Equals(object)</c>, <c>==</c>, <c>!=</c> and the hash code, and differs from each of
    /// <paramref name="differentValues"/> through the same members; also that nothing equals null or another type.
    /// </summary>
    public static void Assert<T>(T value, T equalValue, params T[] differentValues)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(differentValues);
        Xunit.Assert.NotEmpty(differentValues);

        Xunit.Assert.True(value.Equals(equalValue), $"{value}.Equals({equalValue}) should be true");
        Xunit.Assert.True(value.Equals((object?)equalValue), $"{value}.Equals((object){equalValue}) should be true");
        Xunit.Assert.True(value.Equals(value), $"{value} should equal itself");
        Xunit.Assert.Equal(value.GetHashCode(), equalValue!.GetHashCode());
        Xunit.Assert.True(Operator(value, equalValue, "op_Equality"), $"{value} == {equalValue} should be true");
        Xunit.Assert.False(Operator(value, equalValue, "op_Inequality"), $"{value} != {equalValue} should be false");
        Xunit.Assert.False(value.Equals((object?)null), $"{value} should not equal null");
        Xunit.Assert.False(value.Equals(new object()), $"{value} should not equal an object of another type");

        foreach (var different in differentValues)
        {
            Xunit.Assert.False(value.Equals(different), $"{value}.Equals({different}) should be false");
            Xunit.Assert.False(value.Equals((object?)different), $"{value}.Equals((object){different}) should be false");
            Xunit.Assert.False(Operator(value, different, "op_Equality"), $"{value} == {different} should be false");
            Xunit.Assert.True(Operator(value, different, "op_Inequality"), $"{value} != {different} should be true");
        }
    }

    private static bool Operator<T>(T left, T right, string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, new[] { typeof(T), typeof(T) })
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no {name}");
        return (bool)method.Invoke(null, new object?[] { left, right })!;
    }
}
