using System;
using System.Collections.Immutable;

namespace RuleOfLaw.Domain.Internal;

/// <summary>Checks and compares the immutable arrays that domain records hold.</summary>
/// <remarks>A default (uninitialised) array is treated as empty, so that records never expose one.</remarks>
internal static class Sequences
{
    public static ImmutableArray<T> NoNulls<T>(ImmutableArray<T> items, string parameterName)
        where T : class
    {
        if (items.IsDefault)
        {
            return ImmutableArray<T>.Empty;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw Guard.Argument(Message.MustNotContainNull.Format(parameterName, i), parameterName);
            }
        }

        return items;
    }

    public static ImmutableArray<string> NoBlanks(ImmutableArray<string> items, string parameterName)
    {
        items = NoNulls(items, parameterName);
        for (var i = 0; i < items.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]))
            {
                throw Guard.Argument(Message.MustNotContainBlank.Format(parameterName, i, items[i]), parameterName);
            }
        }

        return items;
    }

    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? ImmutableArray<T>.Empty : items;

    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        left = OrEmpty(left);
        right = OrEmpty(right);
        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = System.Collections.Generic.EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in OrEmpty(items))
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
