using System.IO;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace RuleOfLaw.Domain.Documents.Tests;

/// <summary>Small Word documents built in memory for the loader's tests.</summary>
internal static class TestDocx
{
    public static byte[] Build(OpenXmlElement[] blocks, Numbering? numbering = null, Style? style = null, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            }

            if (style is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(style);
            }

            main.Document = new Document(new Body(blocks));
            if (title is not null)
            {
                document.PackageProperties.Title = title;
            }
        }

        return stream.ToArray();
    }

    /// <summary>A multi-level list: 一、 at level 0, <paramref name="level1Text"/> (Chinese counting) at level 1, 1. at level 2.</summary>
    public static Numbering ChineseList(int numId, string level1Text) => new(
        new AbstractNum(
            Level(0, NumberFormatValues.ChineseCounting, "%1、"),
            Level(1, NumberFormatValues.ChineseCounting, level1Text),
            Level(2, NumberFormatValues.Decimal, "%3."))
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = numId });

    public static Paragraph Numbered(int numId, int level, string text) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
        new Run(new WordText(text)));

    public static Paragraph Plain(string text) => new(new Run(new WordText(text)));

    public static TableCell Cell(string text) => new(new Paragraph(new Run(new WordText(text))));

    /// <summary>A .docx-looking ZIP whose document.xml inflates to <paramref name="expandedBytes"/> of white space.</summary>
    public static byte[] ZipBomb(long expandedBytes)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var body = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (long written = 0; written < expandedBytes; written += chunk.Length)
            {
                body.Write(chunk);
            }
        }

        return stream.ToArray();
    }

    private static Level Level(int index, NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelSuffix { Val = LevelSuffixValues.Nothing })
    { LevelIndex = index };
}
