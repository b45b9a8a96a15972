using System;
using System.IO;
using System.Linq;
using System.Text;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// The texts the reader benchmarks read, sized in bytes of UTF-8 (the unit of the MB/s): a unit repeated until
/// the text holds at least that many bytes. The seed is the built-in sample report; the corpus is every corpus text of
/// the CLI tests, joined in file-name order.
/// </summary>
internal static class ReaderInputs
{
    /// <summary>One megabyte, the size the throughput figures are quoted at.</summary>
    public const int Megabyte = 1 << 20;

    /// <summary>The built-in sample report.</summary>
    public static string Seed() => File.ReadAllText(Find("src", "RuleOfLaw.Domain.Testing", "Samples", "district-report-2020.txt"));

    /// <summary>Every corpus text of the CLI tests, joined by line breaks in file-name order.</summary>
    public static string Corpus() => string.Join('\n', CorpusFiles().Select(File.ReadAllText));

    /// <summary>The paths of the corpus texts of the CLI tests, in file-name order.</summary>
    public static string[] CorpusFiles()
    {
        var folder = Path.GetDirectoryName(Find("tests", "RuleOfLaw.Cli.Tests", "Corpus", "101-moj-2022.txt"))!;
        return [.. Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)];
    }

    /// <summary>The unit repeated until the text holds at least <paramref name="bytes"/> bytes of UTF-8.</summary>
    public static string Repeat(string unit, int bytes)
    {
        var unitBytes = Encoding.UTF8.GetByteCount(unit);
        var count = (bytes + unitBytes - 1) / unitBytes;
        var builder = new StringBuilder(count * unit.Length);
        for (var i = 0; i < count; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    /// <summary>A file of the repository, found by walking up from the benchmark's folder.</summary>
    public static string Find(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("not found above " + AppContext.BaseDirectory, Path.Combine(parts));
    }
}
