using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>
/// Reads back the numbers that an independent encoder wrote: the npm package nzh, through
/// eng/numerals-oracle/generate.js, which wrote numerals.oracle.tsv (committed; regenerating it needs npm, the test does not).
/// </summary>
public sealed class ChineseNumberOracleTests(ITestOutputHelper output)
{
    private static readonly string OraclePath = Path.Combine(AppContext.BaseDirectory, "Text", "numerals.oracle.tsv");

    [Fact]
    public void TryParse_EveryOracleText_ReadsTheValueItWasWrittenFrom()
    {
        var rows = File.ReadLines(OraclePath)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();
        var misses = new List<string>();
        foreach (var row in rows)
        {
            Assert.Equal(3, row.Length);
            var expected = decimal.Parse(row[0], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            if (!ChineseNumber.TryParse(row[1], out var number)
                || number.Value != expected
                || number.Form != ChineseNumberForm.Number
                || number.Qualifier != QuantityQualifier.Exact)
            {
                misses.Add($"{row[2]} {row[1]}: expected {row[0]}, read {(ChineseNumber.TryParse(row[1], out var n) ? n.ToString() : "nothing")}");
            }
        }

        var forms = rows.Select(row => row[2]).Distinct().Order(StringComparer.Ordinal).ToList();
        var exact = rows.Count - misses.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oracle: {exact}/{rows.Count} exact ({100.0 * exact / rows.Count:0.00} %), forms {string.Join(", ", forms)}"));
        foreach (var miss in misses.Take(20))
        {
            output.WriteLine(miss);
        }

        // The file holds numbers of every kind the generator draws (small, long with many zeros, decimals, negatives),
        // in both cases and both scripts (參拾, 貳佰零伍, 萬, 億, 點, 負): the test is not vacuous.
        Assert.True(rows.Count >= 8000, $"only {rows.Count} rows");
        Assert.Equal(["lower", "lower-yi-shi", "traditional-lower", "traditional-lower-yi-shi", "traditional-upper", "traditional-upper-shi", "upper", "upper-shi"], forms);
        Assert.Contains(rows, row => row[1].Contains('參', StringComparison.Ordinal) && row[1].Contains('萬', StringComparison.Ordinal));
        Assert.Contains(rows, row => row[0].StartsWith('-'));
        Assert.Contains(rows, row => row[0].Contains('.', StringComparison.Ordinal));
        Assert.Contains(rows, row => row[0].Length >= 16);
        Assert.Empty(misses);
    }
}
