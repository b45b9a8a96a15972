using System;
using System.Threading;
using System.Threading.Tasks;
using RuleOfLaw.Cli.Inputs;

namespace RuleOfLaw.Cli.Checking;

/// <summary>Runs the work on one input within the time limit: past it the input is given up with one line naming the limit.</summary>
internal static class Deadline
{
    /// <summary>
    /// Runs <paramref name="work"/> on its own thread and waits at most <see cref="InputLimits.TimeLimit"/>. The work gets a
    /// token cancelled at the limit and checks it between phases; work blocked in a read (a pipe that never ends) is left
    /// behind, which a process that then exits does not mind.
    /// </summary>
    /// <exception cref="InputException">The time limit passed.</exception>
    public static T Run<T>(string name, InputLimits limits, Func<CancellationToken, T> work)
    {
        using var cancellation = new CancellationTokenSource();
        var token = cancellation.Token;
        var task = Task.Factory.StartNew(() => work(token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = task.Wait(limits.TimeLimit);
        }
        catch (AggregateException)
        {
            finished = true;
        }

        if (!finished)
        {
            cancellation.Cancel();
            throw new InputException($"{name}: {limits.TimeLimitText}", $"{name}：{limits.TimeLimitTextInChinese}");
        }

        // Rethrows the work's own exception (an InputException, or a bug) as itself.
        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Runs work on bytes already in memory (a JSON Lines record) on the calling thread, which cannot block in a read:
    /// the work gets a token cancelled at <see cref="InputLimits.TimeLimit"/> and checks it between phases. This costs no
    /// thread per input, which a batch of 100,000 records would feel.
    /// </summary>
    /// <exception cref="InputException">The time limit passed.</exception>
    public static T RunInMemory<T>(string name, InputLimits limits, Func<CancellationToken, T> work)
    {
        using var cancellation = new CancellationTokenSource(limits.TimeLimit);
        try
        {
            return work(cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new InputException($"{name}: {limits.TimeLimitText}", $"{name}：{limits.TimeLimitTextInChinese}");
        }
    }
}
