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

    /// <summary>Runs both sizes alternately and returns the ratio of their fastest runs (the fastest is the least disturbed).</summary>
    /// <param name="small">The operation on the small input.</param>
    /// <param name="large">The operation on the large input.</param>
    /// <param name="runs">How many times each runs after one warm-up run.</param>
    /// <param name="processorTime">
    /// True to time the processor time of the whole process (all threads) rather than the wall clock: on a loaded machine
    /// it leaves out the time the process waited for a core. Only for a test that runs alone (<see cref="LinearityGroup"/>),
    /// since other tests' threads would count too.
    /// </param>
    /// <param name="noCollectionBytes">
    /// When above zero, each run goes in a no-garbage-collection region of this many bytes (when the runtime grants one),
    /// so the ratio is of the operation's own work: whether the small run needed a collection (the first one comes after
    /// tens of megabytes) would otherwise decide the ratio more than the code does. The collector's share is measured in
    /// the benchmarks. A run that allocates more than the region leaves it and is timed with its collections.
    /// </param>
    public static (double Ratio, double SmallMs, double LargeMs) Ratio(Action small, Action large, int runs = 5, bool processorTime = false, long noCollectionBytes = 0)
    {
        small();
        large();
        var smallBest = TimeSpan.MaxValue;
        var largeBest = TimeSpan.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            smallBest = Min(smallBest, Time(small, processorTime, noCollectionBytes));
            largeBest = Min(largeBest, Time(large, processorTime, noCollectionBytes));
        }

        return (largeBest / smallBest, smallBest.TotalMilliseconds, largeBest.TotalMilliseconds);
    }

    /// <summary>Asserts that 4× the input took less than <paramref name="bound"/> (by default <see cref="Bound"/>) times as long.</summary>
    public static void AssertLinear(string what, Action small, Action large, int runs = 5, double bound = Bound, bool processorTime = false, long noCollectionBytes = 0)
    {
        var (ratio, smallMs, largeMs) = Ratio(small, large, runs, processorTime, noCollectionBytes);
        var clock = (processorTime ? "processor time" : "wall time") + (noCollectionBytes > 0 ? " without collections" : string.Empty);
        Assert.True(ratio < bound, $"4× the {what} took {ratio:F1}× as long ({smallMs:F0} ms against {largeMs:F0} ms of {clock}; linear ≈ 4, quadratic ≈ 16).");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Time(Action action, bool processorTime, long noCollectionBytes)
    {
        // Each run starts from a collected heap, so it does not pay for the garbage the run before it left (a large read
        // leaves a few hundred megabytes, which a later run's collections would otherwise sweep on its clock).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var inRegion = noCollectionBytes > 0 && TryStartNoCollections(noCollectionBytes);
        try
        {
            if (processorTime)
            {
                // getrusage on Unix: microseconds, counted by the kernel as the threads run.
                var before = Environment.CpuUsage.TotalTime;
                action();
                return Environment.CpuUsage.TotalTime - before;
            }

            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed;
        }
        finally
        {
            if (inRegion && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
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
