using System;
using System.IO;
using System.Text;

namespace RuleOfLaw.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Console.Out flushes on every line; a batch prints tens of thousands of lines, so buffer standard output and
        // flush once (progress bars draw on their own console, and errors stay unbuffered).
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        try
        {
            return RolApplication.Run(args, new ConsoleEnvironment(stdout, Console.Error, Inputs.StandardInput.Open, Console.IsOutputRedirected)
            {
                Variable = Environment.GetEnvironmentVariable,
            });
        }
        finally
        {
            stdout.Flush();
        }
    }
}
