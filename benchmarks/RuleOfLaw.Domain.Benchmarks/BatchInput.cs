using System;
using System.Diagnostics;
using System.IO;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// The two non-BenchmarkDotNet commands <c>eng/measure-batch.sh</c> runs: <c>jsonl COUNT FILE</c> writes
/// <see cref="SyntheticReports"/> as JSON Lines (the library's own compact lines), and <c>deserialize FILE</c> reads every line back with
/// <see cref="JsonDocumentCodec{T}.Deserialize(string)"/> of <see cref="RuleOfLawJson.Report"/> on one thread, the floor a batch check cannot go below.
/// </summary>
internal static class BatchInput
{
    /// <summary>Runs a command, or returns null when the arguments name none of them.</summary>
    public static int? Run(string[] args)
    {
        if (args is ["jsonl", var count, var file])
        {
            using var stream = File.Create(file);
            RuleOfLawJson.Report.WriteLinesAsync(stream, Lines(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture))).GetAwaiter().GetResult();
            return 0;
        }

        if (args is ["deserialize", var input])
        {
            var watch = Stopwatch.StartNew();
            var reports = 0;
            foreach (var line in File.ReadLines(input))
            {
                if (line.Length > 0 && RuleOfLawJson.Report.Deserialize(line) is not null)
                {
                    reports++;
                }
            }

            Console.WriteLine(FormattableString.Invariant($"deserialized {reports} reports in {watch.Elapsed.TotalSeconds:0.00} s"));
            return 0;
        }

        return null;
    }

    private static async System.Collections.Generic.IAsyncEnumerable<AnnualReport> Lines(int count)
    {
        foreach (var report in SyntheticReports.Build(count))
        {
            yield return report;
        }

        await System.Threading.Tasks.Task.CompletedTask.ConfigureAwait(false);
    }
}
