using System;
using System.IO;
using System.Linq;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Documents.Tests;

/// <summary>The seed report as its plain text and as the committed .docx and PDF made from it (eng/make-seed-documents.sh).</summary>
internal static class SeedSamples
{
    public static string Text { get; } = File.ReadAllText(Sample("seed.txt"));

    public static byte[] Docx() => File.ReadAllBytes(Sample("pingshan-2020.docx"));

    public static byte[] Pdf() => File.ReadAllBytes(Sample("pingshan-2020.pdf"));

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    /// <summary>Asserts that the reader gets the same header, outline and quantities from <paramref name="text"/> as from the plain text.</summary>
    public static void AssertReadsLikeThePlainText(string text, ReadOptions? options = null)
    {
        var expected = ReportTextReader.Read(Text);
        var actual = ReportTextReader.Read(text, options ?? ReadOptions.None);
        Assert.NotNull(actual.Report);
        Assert.Equal(expected.Report!.Title, actual.Report!.Title);
        Assert.Equal(expected.Report.Year, actual.Report.Year);
        Assert.Equal(expected.Report.Publication, actual.Report.Publication);
        Assert.Equal(expected.Report.SignOff, actual.Report.SignOff);
        Assert.Equal(expected.Breadcrumb, actual.Breadcrumb);
        Assert.Equal(Outline(expected), Outline(actual));
        Assert.Equal(expected.Quantities, actual.Quantities);
    }

    private static string[] Outline(ReportReadResult result) =>
        result.Report!.Sections.SelectMany(s => s.SelfAndDescendants()).Select(s => $"{s.OutlineLevel} {s.Marker}{s.Heading}").ToArray();
}
