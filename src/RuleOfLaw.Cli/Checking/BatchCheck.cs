using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Checking;

/// <summary>
/// Checks a batch streaming: inputs are loaded as they are reached (a JSON Lines file one line at a time), at most
/// <c>parallelism</c> at once, and each check is cut down by <c>keep</c> as soon as it is done, so only what the output
/// and the rules across reports need stays in memory (<see cref="CompactCheck"/>). The result is in input order
/// whatever the parallelism.
/// </summary>
internal static class BatchCheck
{
    /// <summary>Checks every input; an input that cannot be used becomes a failed check naming it.</summary>
    /// <param name="inputs">The inputs, enumerated once, on one thread at a time.</param>
    /// <param name="validator">The validator to run on each report.</param>
    /// <param name="read">What the flags give the reader.</param>
    /// <param name="limits">The size and time limits of each input.</param>
    /// <param name="keep">What is kept of each check: <see cref="CompactCheck.Of"/>, or the whole check.</param>
    /// <param name="parallelism">How many inputs are checked at once, at least 1.</param>
    /// <param name="checkedOne">Called after each input, with how many are done, on the worker that did it.</param>
    /// <returns>The checks, in input order.</returns>
    public static ReportCheck[] Run(
        IEnumerable<BatchInput> inputs,
        ReportValidator validator,
        ReadOptions read,
        InputLimits limits,
        Func<ReportCheck, ReportCheck> keep,
        int parallelism,
        Action<int>? checkedOne = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var results = new List<ReportCheck?>();
        var done = 0;
        var numbered = Number(inputs);

        // NoBuffering: each worker takes one input at a time, so no more than `parallelism` inputs are loaded at once.
        var source = Partitioner.Create(numbered, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(source, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, item =>
        {
            var check = keep(CheckOne(item.Input, validator, read, limits));
            lock (results)
            {
                while (results.Count <= item.Index)
                {
                    results.Add(null);
                }

                results[item.Index] = check;
            }

            checkedOne?.Invoke(Interlocked.Increment(ref done));
        });

        var ordered = new ReportCheck[results.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = results[i] ?? throw new InvalidOperationException("input " + i + " of the batch was not checked");
        }

        return ordered;
    }

    /// <summary>Checks one input within the time limit: a whole file on its own thread, a JSON Lines record (bytes already read) on this one.</summary>
    public static ReportCheck CheckOne(BatchInput input, ReportValidator validator, ReadOptions read, InputLimits limits)
    {
        ReportCheck check;
        try
        {
            check = input.Line is null
                ? Deadline.Run(input.Name, limits, cancellation => Pipeline.Check(input.Load(), validator, read, cancellation))
                : Deadline.RunInMemory(input.Name, limits, cancellation => Pipeline.Check(input.Load(), validator, read, cancellation));
        }
        catch (InputException e)
        {
            check = Pipeline.Failed(input.Name, e.Message, e.ChineseMessage);
        }

        return input.Line is null ? check : check with { File = input.File, Line = input.Line };
    }

    private static IEnumerable<(BatchInput Input, int Index)> Number(IEnumerable<BatchInput> inputs)
    {
        var index = 0;
        foreach (var input in inputs)
        {
            yield return (input, index++);
        }
    }
}
