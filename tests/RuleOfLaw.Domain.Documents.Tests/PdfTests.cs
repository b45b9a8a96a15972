using System;
using System.IO;
using System.Linq;
using Xunit;

namespace RuleOfLaw.Domain.Documents.Tests;

public sealed class PdfTests
{
    private const double Left = 72;

    [Fact]
    public void Load_SeedPdf_ReadsLikeThePlainText()
    {
        var document = ReportDocument.Load(SeedSamples.Pdf(), "pingshan-2020.pdf");

        Assert.Equal(ContainerFormat.Pdf, document.Format);
        Assert.Equal("PDF", document.Describe());
        Assert.Equal(new ContainerFact<string>("坪山区2020年法治政府建设年度报告", "PDF document information /Title"), document.Title);
        Assert.Equal("PDF document information /CreationDate", document.CreatedAt!.Source);
        Assert.Contains(document.Notes, n => n.Code == DocumentNoteCodes.PageFurnitureDropped);
        Assert.DoesNotContain("—", document.Text, StringComparison.Ordinal);
        SeedSamples.AssertReadsLikeThePlainText(document.Text);
    }

    [Fact]
    public void Load_RunningHeadersAndPageNumbers_AreDropped()
    {
        var pages = Enumerable.Range(1, 3).Select(n => new[]
        {
            ("Annual report of the county office", 200.0, 800.0),
            ($"Paragraph {n} of the body text, indented as it begins,", Left + 24, 700.0),
            ("and ending here.", Left, 686.0),
            ($"- {n} -", 290.0, 40.0),
        });
        var document = ReportDocument.Load(TestPdf.Build(pages));

        Assert.Equal(
            "Paragraph 1 of the body text, indented as it begins, and ending here.\n\nParagraph 2 of the body text, indented as it begins, and ending here.\n\nParagraph 3 of the body text, indented as it begins, and ending here.",
            document.Text);
        Assert.Contains(document.Notes, n => n.Code == DocumentNoteCodes.PageFurnitureDropped && n.Message.StartsWith("6 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LineRepeatedOnOnePageOnly_IsKept()
    {
        var pages = new[]
        {
            new[] { ("Opening words of the report here.", Left, 800.0), ("Body of page one.", Left, 700.0) },
            new[] { ("Different opening on page two.", Left, 800.0), ("Body of page two.", Left, 700.0) },
        };
        var document = ReportDocument.Load(TestPdf.Build(pages));

        Assert.Contains("Opening words of the report here.", document.Text, StringComparison.Ordinal);
        Assert.Contains("Different opening on page two.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NumberWrappedAcrossLines_IsRejoinedWhole()
    {
        // The first line is the widest (it runs to the right edge) and ends inside a number; the next carries on at the left edge.
        var lines = new[]
        {
            ("The office received reconsideration cases numbering 1", Left, 700.0),
            ("23 in the year, all closed in time.", Left, 686.0),
            ("Next paragraph, indented.", Left + 24, 660.0),
        };
        var document = ReportDocument.Load(TestPdf.Build([lines]));

        Assert.Equal("The office received reconsideration cases numbering 123 in the year, all closed in time.\n\nNext paragraph, indented.", document.Text);
    }

    [Fact]
    public void Load_TruncatedPdf_IsRefusedAsDamaged()
    {
        var bytes = SeedSamples.Pdf();
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes[..(bytes.Length / 2)], "cut.pdf"));

        Assert.Equal(DocumentLoadFailure.Damaged, e.Failure);
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EncryptedPdf_IsRefused()
    {
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(TestPdf.Encrypted(), "secret.pdf"));

        Assert.Equal(DocumentLoadFailure.Encrypted, e.Failure);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Load_PdfWithoutText_IsRefusedWithOcrAdvice()
    {
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(TestPdf.WithoutText(), "scan.pdf"));

        Assert.Equal(DocumentLoadFailure.NoText, e.Failure);
        Assert.Contains("OCR", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_50MegabytePdf_IsRefusedWithoutReadingIt()
    {
        var path = TestPdf.WriteLarge(50L * 1024 * 1024);
        try
        {
            using var stream = File.OpenRead(path);
            var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(stream, "big.pdf"));

            Assert.Equal(DocumentLoadFailure.TooLarge, e.Failure);
            Assert.Equal(0, stream.Position);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MorePagesThanTheLimit_IsRefused()
    {
        var pages = Enumerable.Range(1, 3).Select(n => new[] { ($"Page {n} text.", Left, 700.0) });
        var bytes = TestPdf.Build(pages);

        Assert.Equal(DocumentLoadFailure.TooComplex, Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes, options: new DocumentLoadOptions { MaxPages = 2 })).Failure);
        Assert.Equal(ContainerFormat.Pdf, ReportDocument.Load(bytes, options: new DocumentLoadOptions { MaxPages = 3 }).Format);
    }

    [Fact]
    public void Load_PdfBomb_IsRefusedBeforePdfPigInflatesIt()
    {
        var bytes = TestPdf.FlateBomb("Bomb text", 200 * 1024 * 1024);
        Assert.True(bytes.Length < 1024 * 1024, $"the bomb should be small on disk, was {bytes.Length} bytes");

        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes, "bomb.pdf"));

        Assert.Equal(DocumentLoadFailure.TooLarge, e.Failure);
        Assert.Contains("67108864 bytes", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Load_CompressedStreamsAtTheLimit_AreReadAndOverItRefused()
    {
        var bytes = TestPdf.FlateBomb("Within the limit", 2 * 1024 * 1024);

        var read = ReportDocument.Load(bytes, "padded.pdf", new DocumentLoadOptions { MaxExpandedBytes = 3L * 1024 * 1024 });
        Assert.Contains("Within the limit", read.Text, StringComparison.Ordinal);

        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes, "padded.pdf", new DocumentLoadOptions { MaxExpandedBytes = 2L * 1024 * 1024 }));
        Assert.Equal(DocumentLoadFailure.TooLarge, e.Failure);
    }

    [Fact]
    public void Load_SeedPdf_StaysWithinTheDefaultExpansionLimit()
    {
        var read = ReportDocument.Load(SeedSamples.Pdf(), "pingshan-2020.pdf");

        Assert.Equal(ContainerFormat.Pdf, read.Format);
    }
}
