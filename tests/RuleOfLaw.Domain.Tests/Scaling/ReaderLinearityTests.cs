using System;
using System.IO;
using RuleOfLaw.Domain.Benchmarks;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Scaling;

/// <summary>
/// The reader grows linearly on every adversarial text of the benchmarks' <see cref="AdversarialTexts"/> (issue #21):
/// 4× the text takes well under 16× (quadratic) the time. Fastest of <see cref="Runs"/> runs per size, the two sizes
/// alternated in one process; the bound is generous for a loaded 2-core machine. The clock is the process's processor
/// time (the wait for a core on a loaded machine left out) and each run goes in a no-collection region, so the ratio is
/// of the reader's own work: at 256 KB a read allocates less than the first collection's budget and at 1 MB it does
/// not, and that step alone read 6× to 9× with collections counted. The times with collections are measured in
/// <c>ReaderLinearityBenchmarks</c> at 0.25, 1 and 4 MB.
/// </summary>
[Collection(LinearityGroup.Name)]
public sealed class ReaderLinearityTests
{
    // Linear work reads ≈ 4 and quadratic ≈ 16; 6 leaves room for a loaded machine (measured 2026-12-03 at load 15-40 on
    // 2 cores: 3.2× to 4.8× for every pattern).
    private const double Bound = 6.0;
    private const int Runs = 5;
    private const int SmallBytes = 256 * 1024;
    private const int LargeBytes = 4 * SmallBytes;

    // The heaviest 1 MB text (headings-1.) allocates about 120 MB.
    private const long NoCollectionBytes = 200L << 20;

    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "pingshan-2020.txt"));

    public static TheoryData<string> Patterns => [.. AdversarialTexts.Names];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Read_AdversarialText_GrowsLinearly(string pattern)
    {
        var small = AdversarialTexts.Make(pattern, SmallBytes, Seed);
        var large = AdversarialTexts.Make(pattern, LargeBytes, Seed);

        Linearity.AssertLinear($"'{pattern}' text", () => ReportTextReader.Read(small), () => ReportTextReader.Read(large), Runs, Bound, processorTime: true, noCollectionBytes: NoCollectionBytes);
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
