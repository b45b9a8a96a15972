using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// MB/s of UTF-8 input at the median time: the benchmark's <c>Megabytes</c> parameter (1 when it has none) divided by
/// the median in seconds. Every input of the reader benchmarks is sized in UTF-8 bytes, so the column reads the same for
/// the baselines and the reader.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes of UTF-8 read per second at the median time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || statistics.Median <= 0)
        {
            return "NA";
        }

        var megabytes = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Megabytes")?.Value is double given ? given : 1.0;
        return (megabytes / (statistics.Median / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
