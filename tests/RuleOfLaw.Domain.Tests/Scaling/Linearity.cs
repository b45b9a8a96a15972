using System;
using System.Diagnostics;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Scaling;

/// <summary>Linearity checks run alone: they compare two input sizes in one process, so other tests must not share the cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LinearityGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Linearity";
}

/// <summary>Measures an operation at 1× and 4× its input in one process and compares the times as a ratio.</summary>
internal static class Linearity
{
    /// <summary>A ratio a linear (or n log n) operation stays under at 4× the input, and a quadratic one (≈ 16) does not.</summary>
    public const double Bound = 9.0;

    /// <summary>Runs both sizes alternately and returns the ratio of their fastest runs (the fastest is the least disturbed).</summary>
    public static (double Ratio, double SmallMs, double LargeMs) Ratio(Action small, Action large, int runs = 5)
    {
        small();
        large();
        long smallBest = long.MaxValue, largeBest = long.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            smallBest = Math.Min(smallBest, Time(small));
            largeBest = Math.Min(largeBest, Time(large));
        }

        return (largeBest / (double)smallBest, smallBest * 1000.0 / Stopwatch.Frequency, largeBest * 1000.0 / Stopwatch.Frequency);
    }

    /// <summary>Asserts that 4× the input took less than <paramref name="bound"/> (by default <see cref="Bound"/>) times as long.</summary>
    public static void AssertLinear(string what, Action small, Action large, int runs = 5, double bound = Bound)
    {
        var (ratio, smallMs, largeMs) = Ratio(small, large, runs);
        Assert.True(ratio < bound, $"4× the {what} took {ratio:F1}× as long ({smallMs:F0} ms against {largeMs:F0} ms; linear ≈ 4, quadratic ≈ 16).");
    }

    private static long Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.ElapsedTicks;
    }
}
