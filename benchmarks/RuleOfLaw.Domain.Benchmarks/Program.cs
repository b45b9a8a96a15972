using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace RuleOfLaw.Domain.Benchmarks;

internal static class Program
{
    // Medians are what the team quotes (shared 2-core machines drift), so every run shows them beside the mean.
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median));
}
