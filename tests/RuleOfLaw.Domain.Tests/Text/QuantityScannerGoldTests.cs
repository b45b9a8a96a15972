using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class ScratchTests
{
    [Fact]
    public void Dump()
    {
        var c = GoldCase.Load("pingshan-2020");
        foreach (var m in OutlineScanner.Scan(c.Text))
        {
            TestContext.Current.TestOutputHelper!.WriteLine($"{m.Level} {m.Marker} [{m.Title}] {m.IsTitleBoundaryUncertain} body={m.BodySpan} end={m.ContentEnd} :: {c.Text.Substring(m.BodySpan.Start, System.Math.Min(12, m.BodySpan.Length))}");
        }
        Assert.Fail("dump");
    }
}
