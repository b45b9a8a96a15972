using System;

namespace RuleOfLaw.Cli;

internal static class Program
{
    private static int Main(string[] args) =>
        RolApplication.Run(args, new ConsoleEnvironment(Console.Out, Console.Error, Console.In, Console.IsOutputRedirected));
}
