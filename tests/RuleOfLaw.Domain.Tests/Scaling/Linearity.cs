using System;
using System.Diagnostics;
using System.Runtime;
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
    /// <param name="small">The operation on the small input.</param>
    /// <param name="large">The operation on the large input.</param>
    /// <param name="runs">How many blocks each runs after one warm-up run.</param>
    /// <param name="processorTime">
    /// True to time the processor time of the whole process (all threads) rather than the wall clock: on a loaded machine
    /// it leaves out the time the process waited for a core. Only for a test that runs alone (<see cref="LinearityGroup"/>),
    /// since other tests' threads would count too.
    /// </param>
    /// <param name="noCollectionBytes">
    /// When above zero, each block starts from a collected heap in a no-garbage-collection region of this many bytes (when
    /// the runtime grants one), so the ratio is of the operation's own work: whether the small run needed a collection
    /// (the first comes after tens of megabytes) would otherwise decide the ratio more than the code does. The collector's
    /// share is measured in the benchmarks. A block that allocates more than the region leaves it and is timed with its
    /// collections.
    /// </param>
    public static (double Ratio, double SmallMs, double LargeMs) Ratio(Action small, Action large, int runs = 5, bool processorTime = false, long noCollectionBytes = 0)
    {
        var smallRepeats = Repeats(small);
        var largeRepeats = Repeats(large);
        double smallBest = double.MaxValue, largeBest = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            smallBest = Math.Min(smallBest, Time(small, smallRepeats, processorTime, noCollectionBytes));
            largeBest = Math.Min(largeBest, Time(large, largeRepeats, processorTime, noCollectionBytes));
        }

        return (largeBest / smallBest, smallBest, largeBest);
    }

    /// <summary>
    /// Asserts that 4× the input took less than <paramref name="bound"/> (by default <see cref="Bound"/>) times as long, on
    /// the best of <see cref="Attempts"/> measurements.
    /// </summary>
    public static void AssertLinear(string what, Action small, Action large, int runs = 5, double bound = Bound, bool processorTime = false, long noCollectionBytes = 0) =>
        AssertRatioBelow(small, large, bound, runs, processorTime, noCollectionBytes, (ratio, smallMs, largeMs, clock) =>
            $"4× the {what} took {ratio:F1}× as long ({smallMs:F1} ms against {largeMs:F1} ms of {clock}, best of {Attempts} measurements; linear ≈ 4, quadratic ≈ 16).");

    /// <summary>
    /// Asserts that <paramref name="large"/> took less than <paramref name="bound"/> times as long as
    /// <paramref name="small"/> on the best of <see cref="Attempts"/> measurements (a loaded machine can slow one attempt;
    /// a real regression is above the bound on every attempt).
    /// </summary>
    /// <param name="small">The work on the small input.</param>
    /// <param name="large">The work on the large input.</param>
    /// <param name="bound">The ratio the large input's time must stay below.</param>
    /// <param name="runs">How many times each work is run per measurement.</param>
    /// <param name="processorTime">Whether to time processor time rather than the wall clock.</param>
    /// <param name="noCollectionBytes">The bytes of a no-collection region to time in, or 0 for none.</param>
    /// <param name="explain">The failure message from the best ratio, both times and the clock's name.</param>
    public static void AssertRatioBelow(Action small, Action large, double bound, int runs, bool processorTime, long noCollectionBytes, Func<double, double, double, string, string> explain)
    {
        var best = (Ratio: double.MaxValue, SmallMs: 0.0, LargeMs: 0.0);
        for (var attempt = 0; attempt < Attempts && best.Ratio >= bound; attempt++)
        {
            var measured = Ratio(small, large, runs, processorTime, noCollectionBytes);
            if (measured.Ratio < best.Ratio)
            {
                best = measured;
            }
        }

        var clock = (processorTime ? "processor time" : "wall time") + (noCollectionBytes > 0 ? " without collections" : string.Empty);
        Assert.True(best.Ratio < bound, explain(best.Ratio, best.SmallMs, best.LargeMs, clock));
    }

    // One warm-up run, which also tells how many repetitions fill a block.
    private static int Repeats(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        var once = Math.Max(1, watch.ElapsedTicks);
        return (int)Math.Clamp(MinimumBlock / once, 1, 1000);
    }

    /// <summary>The milliseconds one repetition of a block took.</summary>
    private static double Time(Action action, int repeats, bool processorTime, long noCollectionBytes)
    {
        var inRegion = false;
        if (noCollectionBytes > 0)
        {
            // The block starts from a collected heap, so it does not pay for the garbage the block before it left (a large
            // read leaves a few hundred megabytes, which this block's collections would otherwise sweep on its clock).
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            inRegion = TryStartNoCollections(noCollectionBytes);
        }

        try
        {
            if (processorTime)
            {
                // getrusage on Unix: microseconds, counted by the kernel as the threads run.
                var before = Environment.CpuUsage.TotalTime;
                Repeat(action, repeats);
                return (Environment.CpuUsage.TotalTime - before).TotalMilliseconds / repeats;
            }

            var watch = Stopwatch.StartNew();
            Repeat(action, repeats);
            return watch.Elapsed.TotalMilliseconds / repeats;
        }
        finally
        {
            if (inRegion && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    private static void Repeat(Action action, int repeats)
    {
        for (var i = 0; i < repeats; i++)
        {
            action();
        }
    }

    private static bool TryStartNoCollections(long bytes)
    {
        try
        {
            return GC.TryStartNoGCRegion(bytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime's heap allows in one region: timed with collections.
            return false;
        }
    }
}
