using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class ScratchTests
{
    [Fact]
    public void Dump()
    {
        var c = GoldCase.Load("pingshan-2020");
        var q = QuantityScanner.Default.ScanAll(c.Text);
        foreach (var m in q.Quantities)
        {
            TestContext.Current.TestOutputHelper!.WriteLine($"{m.Text}\t{m.Start}\t{m.Length}\t{m.Value}\t{m.Unit}\t{m.Kind}\t{m.Qualifier}\t{m.Scale}");
        }
        foreach (var u in q.Unclassified)
        {
            TestContext.Current.TestOutputHelper!.WriteLine($"UNCL {c.Text.Substring(u.Start, u.Length)} {u.Start}");
        }
        Assert.Fail("dump");
    }
}
