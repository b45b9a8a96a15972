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

    /// <summary>Gets the path of the real tool beside the tests.</summary>
    public static string ToolPath => Path.Combine(System.AppContext.BaseDirectory, System.OperatingSystem.IsWindows() ? "rol.exe" : "rol");

    /// <summary>
    /// Runs a real process (the tool, or a shell that starts it) and waits at most a minute for it: for what only a real
    /// process shows, such as its runtime configuration or a closed descriptor.
    /// </summary>
    public static async System.Threading.Tasks.Task<CliResult> RunProcessAsync(System.Diagnostics.ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = System.Diagnostics.Process.Start(start)!;
        using var timeout = System.Threading.CancellationTokenSource.CreateLinkedTokenSource(Xunit.TestContext.Current.CancellationToken);
        timeout.CancelAfter(System.TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    private sealed class StoppedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

/// <summary>What a run of <c>rol</c> printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);
