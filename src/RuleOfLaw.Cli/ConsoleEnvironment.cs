using System;
using System.IO;
using NodaTime;

namespace RuleOfLaw.Cli;

/// <summary>What a command run sees of the outside world; tests pass writers and a fake clock.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="OpenInput">Opens standard input as bytes (for <c>-</c>); may throw <see cref="Inputs.InputException"/> for a closed input.</param>
/// <param name="IsOutputRedirected">Whether standard output is a file or pipe (no progress bar then).</param>
internal sealed record ConsoleEnvironment(TextWriter Out, TextWriter Error, Func<Stream> OpenInput, bool IsOutputRedirected)
{
    /// <summary>Gets the clock that deadline rules use when no <c>--today</c> is given.</summary>
    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>Gets how an environment variable is read (the output's language comes from <c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>); by default none is set, and the tool passes the process's.</summary>
    public Func<string, string?> Variable { get; init; } = static _ => null;

    /// <summary>Gets the time zone in which "today" is taken: China Standard Time (UTC+8, no daylight saving).</summary>
    public DateTimeZone Zone { get; init; } = RuleOfLaw.Domain.ChinaTime.Zone;
}
