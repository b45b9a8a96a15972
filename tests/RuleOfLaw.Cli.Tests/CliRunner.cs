using System.IO;
using System.Text;
using NodaTime;

namespace RuleOfLaw.Cli.Tests;

/// <summary>Runs <c>rol</c> in-process with captured output, a fixed clock and optional standard input.</summary>
internal static class CliRunner
{
    /// <summary>A fixed "now": 2026-11-24 12:00 Beijing time.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 4, 0);

    public static CliResult RunWithInput(string standardInput, params string[] args) =>
        RunWithInputStream(() => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), args);

    public static CliResult RunWithInputBytes(byte[] standardInput, params string[] args) =>
        RunWithInputStream(() => new MemoryStream(standardInput), args);

    /// <summary>Runs with standard input opened by <paramref name="openInput"/> (which may throw, as for a closed input).</summary>
    public static CliResult RunWithInputStream(System.Func<Stream> openInput, params string[] args) => RunIn(openInput, static _ => null, args);

    /// <summary>Runs with environment variables (such as <c>LANG</c>) read from <paramref name="variables"/>; any other is unset.</summary>
    public static CliResult RunWithVariables(System.Collections.Generic.IReadOnlyDictionary<string, string> variables, params string[] args) =>
        RunIn(() => new MemoryStream(), name => variables.TryGetValue(name, out var value) ? value : null, args);

    private static CliResult RunIn(System.Func<Stream> openInput, System.Func<string, string?> variables, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new ConsoleEnvironment(output, error, openInput, IsOutputRedirected: true)
        {
            Clock = new StoppedClock(Now),
            Variable = variables,
        };

        var exitCode = RolApplication.Run(args, environment);

        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    private sealed class StoppedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

/// <summary>What a run of <c>rol</c> printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
