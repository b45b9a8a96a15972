using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// How the median grew for 4× the input: this case's median over the median of the same benchmark with the same other
/// parameters at a quarter of its <c>Megabytes</c>. Linear work reads about 4, quadratic about 16; "-" at the smallest size.
/// </summary>
public sealed class GrowthColumn : IColumn
{
    public string Id => nameof(GrowthColumn);

    public string ColumnName => "×4";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => 11;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median over the median at a quarter of the input (linear ≈ 4, quadratic ≈ 16)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (Megabytes(benchmarkCase) is not { } size || summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var quarter = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.Equals(benchmarkCase.Descriptor)
            && Megabytes(other) is { } otherSize && Math.Abs((otherSize * 4) - size) < 1e-9
            && other.Parameters.Items.Where(p => p.Name != "Megabytes").Select(p => p.Value?.ToString())
                .SequenceEqual(benchmarkCase.Parameters.Items.Where(p => p.Name != "Megabytes").Select(p => p.Value?.ToString())));
        return quarter is not null && summary[quarter]?.ResultStatistics is { Median: > 0 } smaller
            ? (statistics.Median / smaller.Median).ToString("F1", CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static double? Megabytes(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Megabytes")?.Value is double size ? size : null;
}
