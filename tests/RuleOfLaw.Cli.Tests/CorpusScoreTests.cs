using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>
/// Scores what <c>rol read</c> exports on the 40 real texts of <c>Corpus/</c> (copied from the team's development corpus,
/// hand-checked gold; format in Corpus/README.md): outline entries (level and marker position) and quantities (position
/// and value only: unit, qualifier, span length and header fields are not scored yet), micro-averaged over all files. Optional gold quantities are neither credited nor penalised. The floors are
/// just under the figures of the first run (2026-12-02: outline F1 0.991, quantity F1 0.974, no text refused), so a change
/// that loses what the reader exports fails here.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Fact]
    public void RolRead_OnEveryCorpusText_ExportsAReadDocumentAndKeepsItsScores()
    {
        var texts = Directory.GetFiles(Folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        Assert.Equal(40, texts.Length);

        int outlineHit = 0, outlineFound = 0, outlineGold = 0, quantityHit = 0, quantityFound = 0, quantityGold = 0, refused = 0;
        var table = new StringBuilder();
        foreach (var path in texts)
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")));
            var text = File.ReadAllText(path);
            var run = CliRunner.Run("read", path);
            if (run.ExitCode is not (0 or 1))
            {
                refused++;
                table.AppendLine(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: exit {run.ExitCode} {run.Error.Trim()}");
                continue;
            }

            using var read = JsonDocument.Parse(run.Output);
            var syntax = read.RootElement.GetProperty("syntax");

            var goldOutline = gold.RootElement.GetProperty("outline").EnumerateArray()
                .Select(e => (Level: e.GetProperty("level").GetInt32(), Start: CodePointToUtf16(text, e.GetProperty("start").GetInt32()))).ToHashSet();
            var foundOutline = Flatten(syntax.GetProperty("outline"))
                .Select(e => (Level: e.GetProperty("level").GetInt32(), Start: e.GetProperty("markerSpan").GetProperty("start").GetInt32())).ToHashSet();
            var oHit = foundOutline.Count(goldOutline.Contains);

            var required = new Dictionary<int, decimal>();
            var optional = new HashSet<int>();
            foreach (var q in gold.RootElement.GetProperty("quantities").EnumerateArray())
            {
                var start = CodePointToUtf16(text, q.GetProperty("start").GetInt32());
                if (q.TryGetProperty("optional", out var o) && o.GetBoolean())
                {
                    optional.Add(start);
                }
                else
                {
                    required[start] = q.GetProperty("value").GetDecimal();
                }
            }

            int qHit = 0, qFound = 0;
            foreach (var q in syntax.GetProperty("quantities").EnumerateArray())
            {
                var start = q.GetProperty("span").GetProperty("start").GetInt32();
                var value = q.GetProperty("quantity").GetProperty("value").GetDecimal();
                if (required.TryGetValue(start, out var expected))
                {
                    qFound++;
                    qHit += expected == value ? 1 : 0;
                }
                else if (!optional.Contains(start))
                {
                    qFound++;
                }
            }

            outlineHit += oHit; outlineFound += foundOutline.Count; outlineGold += goldOutline.Count;
            quantityHit += qHit; quantityFound += qFound; quantityGold += required.Count;
            table.AppendLine(CultureInfo.InvariantCulture, $"{Path.GetFileName(path),-44} outline {oHit}/{foundOutline.Count} of {goldOutline.Count}  quantities {qHit}/{qFound} of {required.Count}");
        }

        var outlineF1 = F1(outlineHit, outlineFound, outlineGold);
        var quantityF1 = F1(quantityHit, quantityFound, quantityGold);
        table.AppendLine(CultureInfo.InvariantCulture, $"micro: outline P {Ratio(outlineHit, outlineFound):0.000} R {Ratio(outlineHit, outlineGold):0.000} F1 {outlineF1:0.000}; quantities P {Ratio(quantityHit, quantityFound):0.000} R {Ratio(quantityHit, quantityGold):0.000} F1 {quantityF1:0.000}; refused {refused}");
        output.WriteLine(table.ToString());

        Assert.Equal(0, refused);
        Assert.True(outlineF1 >= OutlineFloor, $"outline F1 {outlineF1:0.000} fell below {OutlineFloor}\n{table}");
        Assert.True(quantityF1 >= QuantityFloor, $"quantity F1 {quantityF1:0.000} fell below {QuantityFloor}\n{table}");
    }

    private const double OutlineFloor = 0.98;
    private const double QuantityFloor = 0.96;

    private static IEnumerable<JsonElement> Flatten(JsonElement nodes)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            yield return node;
            if (node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in Flatten(children))
                {
                    yield return child;
                }
            }
        }
    }

    private static int CodePointToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var i = 0; i < codePoints && index < text.Length; i++)
        {
            index += char.IsHighSurrogate(text[index]) ? 2 : 1;
        }

        return index;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(int hit, int found, int gold) => hit == 0 ? 0 : 2.0 * hit / (found + gold);
}
