using System;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

public sealed class ReportReadResultTests
{
    private static readonly ReportReadResult Located = WithSpans(
        new ElementSpan("Sections[1]", new SourceSpan(10, 50)),
        new ElementSpan("Sections[1].Heading", new SourceSpan(12, 6)),
        new ElementSpan("Sections[1].Children[0]", new SourceSpan(20, 9)),
        new ElementSpan("IndicatorValues[0]", new SourceSpan(70, 8)),
        new ElementSpan("IndicatorValues[0]", new SourceSpan(90, 8)),
        new ElementSpan("Title", new SourceSpan(0, 5)));

    private static readonly ReportReadResult Seed = ReportTextReader.Read(GoldCase.Load("pingshan-2020").Text);

    [Theory]
    [InlineData("Sections[1]", 12)]
    [InlineData("Sections[1].Parts", 12)]
    [InlineData("Sections[1].Children[0]", 20)]
    [InlineData("Sections[1].Children[0].Body", 20)]
    [InlineData("Sections[1].Children[2].Quantities[1]", 12)]
    [InlineData("IndicatorValues[0].Published", 70)]
    [InlineData("Title", 0)]
    [InlineData("Publication.PublishedAt", null)]
    [InlineData("Sections[2]", null)]
    [InlineData("", null)]
    public void PlaceOf_Path_IsTheHeadingOrSpanOfTheNearestLocatedAncestor(string path, int? start)
    {
        var place = Located.PlaceOf(path);

        Assert.Equal(start, place?.Start);
    }

    [Fact]
    public void SpanOf_PathGivenTwice_IsTheFirst()
    {
        var span = Located.SpanOf("IndicatorValues[0]");

        Assert.Equal(new SourceSpan(70, 8), span);
    }

    [Fact]
    public void SpanOf_Ancestor_IsNotLookedFor()
    {
        var span = Located.SpanOf("Sections[1].Children[0].Body");

        Assert.Null(span);
    }

    [Fact]
    public void PlaceOfAndSpanOf_NullPath_Throw()
    {
        Assert.Throws<ArgumentNullException>("path", () => Located.PlaceOf(null!));
        Assert.Throws<ArgumentNullException>("path", () => Located.SpanOf(null!));
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(ReportReadResultTests) })]
    public bool PlaceOf_UnlocatedStepsBelowALocatedElement_IsThatElementsPlace(Below below)
    {
        var element = Seed.Spans[below.Element % Seed.Spans.Length];

        var place = Seed.PlaceOf(element.Path + below.Steps);

        return place == Seed.PlaceOf(element.Path) && place == (Seed.SpanOf(element.Path + ".Heading") ?? Seed.SpanOf(element.Path));
    }

    /// <summary>An element of the seed's read result and steps below it that no element has (names and indexes the reader never writes).</summary>
    public static Arbitrary<Below> Steps() =>
        Gen.Choose(0, int.MaxValue)
            .SelectMany(
                _ => Gen.ListOf(Gen.OneOf(Gen.Elements(".Unlocated", ".Nowhere", ".Deeper"), Gen.Choose(1_000, 9_999).Select(i => "[" + i + "]"))),
                (element, steps) => new Below(element, string.Concat(steps)))
            .ToArbitrary();

    [Fact]
    public void Spans_AskedTwice_AreTheSameArray()
    {
        var read = ReportTextReader.Read(GoldCase.Load("pingshan-2020").Text);

        var first = read.Spans;
        var second = read.Spans;

        Assert.True(first == second);
        Assert.Equal(read, ReportTextReader.Read(GoldCase.Load("pingshan-2020").Text));
    }

    [Theory]
    [InlineData(@"^Quantities\[\d+\]$")]
    [InlineData(@"^Sections\[\d+\](\.Children\[\d+\])*\.Marker$")]
    [InlineData(@"^Sections\[\d+\](\.Children\[\d+\])*\.Heading$")]
    [InlineData(@"^Sections\[\d+\](\.Children\[\d+\])*\.Body$")]
    [InlineData(@"^Sections\[\d+\](\.Children\[\d+\])*\.Quantities\[\d+\]$")]
    [InlineData(@"^Measures\[\d+\]$")]
    [InlineData(@"^IndicatorValues\[\d+\]$")]
    [InlineData(@"^IndicatorValues\[\d+\]\.Published$")]
    public void Spans_OfARead_SpellEachStepOfTheirPaths(string pattern)
    {
        var spans = Seed.Spans;

        Assert.Contains(spans, e => Regex.IsMatch(e.Path, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Spans_OfASectionsQuantities_NameTheReportsQuantityPrintedThere()
    {
        var text = GoldCase.Load("pingshan-2020").Text;
        var read = ReportTextReader.Read(text);

        var quantities = read.Spans.Where(e => e.Path.Contains(".Quantities[", StringComparison.Ordinal) || e.Path.StartsWith("PreambleQuantities[", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(quantities);
        Assert.All(quantities, e => Assert.Equal(text.Substring(e.Span.Start, e.Span.Length), read.Report!.QuantityAt(e.Path)?.Printed));
    }

    private static ReportReadResult WithSpans(params ElementSpan[] spans) =>
        new(null, null, new ReportSyntax([], null, null, null, null, null, null, null, null, [], [], []), [.. spans], [], []);

    /// <summary>Which element (an index into the seed's spans) and the steps added to its path.</summary>
    public sealed record Below(int Element, string Steps);
}
