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

    /// <summary>How long one timed block of runs lasts at least, so that a 1 ms operation is not timed by the clock's grain and the scheduler's noise.</summary>
    private static readonly long MinimumBlock = Stopwatch.Frequency / 40;

    /// <summary>How many times a whole measurement is tried before a ratio above the bound counts: a loaded machine can slow one attempt, while quadratic work is above the bound on every attempt.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// Runs both sizes alternately and returns the ratio of their fastest runs (the fastest is the least disturbed). Each
    /// run is a block of repetitions lasting at least 25 ms, timed per repetition.
    /// </summary>
    public static (double Ratio, double SmallMs, double LargeMs) Ratio(Action small, Action large, int runs = 5)
    {
        var smallRepeats = Repeats(small);
        var largeRepeats = Repeats(large);
        double smallBest = double.MaxValue, largeBest = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            smallBest = Math.Min(smallBest, Time(small, smallRepeats));
            largeBest = Math.Min(largeBest, Time(large, largeRepeats));
        }

        return (largeBest / smallBest, smallBest * 1000.0 / Stopwatch.Frequency, largeBest * 1000.0 / Stopwatch.Frequency);
    }

    /// <summary>
    /// Asserts that 4× the input took less than <paramref name="bound"/> (by default <see cref="Bound"/>) times as long, on
    /// the best of <see cref="Attempts"/> measurements.
    /// </summary>
    public static void AssertLinear(string what, Action small, Action large, int runs = 5, double bound = Bound)
    {
        var best = (Ratio: double.MaxValue, SmallMs: 0.0, LargeMs: 0.0);
        for (var attempt = 0; attempt < Attempts && best.Ratio >= bound; attempt++)
        {
            var measured = Ratio(small, large, runs);
            if (measured.Ratio < best.Ratio)
            {
                best = measured;
            }
        }

        Assert.True(best.Ratio < bound, $"4× the {what} took {best.Ratio:F1}× as long ({best.SmallMs:F1} ms against {best.LargeMs:F1} ms, best of {Attempts} measurements; linear ≈ 4, quadratic ≈ 16).");
    }

    // One warm-up run, which also tells how many repetitions fill a block.
    private static int Repeats(Action action)
    {
        var once = Math.Max(1, Time(action, 1));
        return (int)Math.Clamp(MinimumBlock / once, 1, 1000);
    }

    private static double Time(Action action, int repeats)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            action();
        }

        return watch.ElapsedTicks / (double)repeats;
    }
}
