using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class ScratchTests
{
    [Fact]
    public void Dump()
    {
        var c = GoldCase.Load("pingshan-2020");
        var o = TestContext.Current.TestOutputHelper!;
        var h = ReportHeaderScanner.Scan(c.Text);
        o.WriteLine(h.ToString());
        o.WriteLine(string.Join("|", h.Breadcrumb));
        var outline = OutlineScanner.Scan(c.Text, h.ContentStart, h.ContentEnd);
        var parts = PartClassifier.Map(c.Text, outline, h.ReportYear);
        foreach (var a in parts.Assignments) o.WriteLine(a + " " + c.Text.Substring(a.Span.Start, a.Span.Length));
        o.WriteLine("missing " + string.Join(",", parts.Missing) + " unmapped " + string.Join(",", parts.UnmappedSections));
        var q = QuantityScanner.Default.Scan(c.Text);
        foreach (var r in RateMentionScanner.Default.Scan(c.Text, q))
            o.WriteLine($"{r.Indicator} {r.Kind} fig={r.Figure?.Text} num={r.NumeratorValue} den={r.DenominatorValue} cons={r.IsConsistent} span={c.Text.Substring(r.Span.Start, r.Span.Length)}");
        Assert.Fail("dump");
    }
}
