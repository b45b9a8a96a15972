using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace RuleOfLaw.Domain.Benchmarks;

internal static class Program
{
    // Medians are what the team quotes (shared 2-core machines drift), so every run shows them beside the mean.
    // A run in which no benchmark ran (a filter that matches nothing) or one failed exits 1, so a script notices.
    private static int Main(string[] args)
    {
        if (BatchInput.Run(args) is { } code)
        {
            return code;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median))
            .ToArray();
        if (args.Contains("--list") || args.Contains("--help") || args.Contains("-h") || args.Contains("--info"))
        {
            return 0;
        }

        var reports = summaries.SelectMany(s => s.Reports).ToArray();
        if (reports.Length == 0)
        {
            Console.Error.WriteLine("No benchmark ran: the filter (" + string.Join(' ', args) + ") matches none; '--list flat' lists them.");
            return 1;
        }

        var failed = reports.Count(r => !r.Success);
        if (failed > 0 || summaries.Any(s => s.HasCriticalValidationErrors))
        {
            Console.Error.WriteLine($"{failed} of {reports.Length} benchmarks failed.");
            return 1;
        }

        return 0;
    }
}
