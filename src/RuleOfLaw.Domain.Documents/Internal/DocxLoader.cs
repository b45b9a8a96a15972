using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Reads a Word .docx: the body's paragraphs and tables in order, each list paragraph with the number Word shows for it
/// (from numbering.xml), tables as rows of cells separated by <c>|</c>; headers, footers, footnotes, comments, text
/// boxes and deleted text are left out. The document properties give the title, creation and modification times.
/// </summary>
internal static class DocxLoader
{
    private const string CellSeparator = " | ";

    public static ReportDocument Load(byte[] bytes, ZipArchive archive, DocumentLoadOptions options)
    {
        CheckExpansion(archive, options);
        var notes = ImmutableArray.CreateBuilder<DocumentNote>();
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(
                new MemoryStream(bytes, writable: false),
                false,
                new OpenSettings { MaxCharactersInPart = options.MaxExpandedBytes, AutoSave = false });
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(e);
        }

        using (document)
        {
            try
            {
                var main = document.MainDocumentPart ?? throw new DocumentLoadException(DocumentLoadFailure.Damaged, "a Word .docx document without its main part (word/document.xml)", "Word .docx文档缺少主体部分（word/document.xml）");
                var body = main.Document?.Body ?? throw new DocumentLoadException(DocumentLoadFailure.NoText, "a Word .docx document with no body", "Word .docx文档没有正文");
                var numbering = new WordNumbering(main, notes);
                var text = new TextBuilder(options);
                var walker = new BodyWalker(numbering, text, notes);
                walker.Blocks(body);
                walker.ReportLeftOut(main);
                if (text.Length == 0)
                {
                    throw new DocumentLoadException(DocumentLoadFailure.NoText, "a Word .docx document with no text in its body", "Word .docx文档的正文中没有文字");
                }

                var properties = document.PackageProperties;
                var title = Clean(properties.Title) is { Length: > 0 } t ? new ContainerFact<string>(t, "docProps/core.xml dc:title") : null;
                var author = Clean(properties.Creator) is { Length: > 0 } a ? new ContainerFact<string>(a, "docProps/core.xml dc:creator") : null;
                var created = Time(properties.Created, "docProps/core.xml dcterms:created");
                var modified = Time(properties.Modified, "docProps/core.xml dcterms:modified");
                return new ReportDocument(text.ToString(), ContainerFormat.Docx, null, title, null, null, author, notes.ToImmutable(), created, modified);
            }
            catch (Exception e) when (IsDamage(e))
            {
                throw Damaged(e);
            }
        }
    }

    /// <summary>Refuses a ZIP whose entries are too many or would expand past the limit, before any entry is inflated.</summary>
    private static void CheckExpansion(ZipArchive archive, DocumentLoadOptions options)
    {
        if (archive.Entries.Count > options.MaxZipEntries)
        {
            throw new DocumentLoadException(
                DocumentLoadFailure.TooComplex,
                FormattableString.Invariant($"a Word .docx document with {archive.Entries.Count} ZIP entries; the limit is {options.MaxZipEntries}"),
                FormattableString.Invariant($"Word .docx文档有{archive.Entries.Count}个ZIP条目，上限为{options.MaxZipEntries}个"));
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            if (total > options.MaxExpandedBytes)
            {
                throw new DocumentLoadException(
                    DocumentLoadFailure.TooLarge,
                    FormattableString.Invariant($"a Word .docx document whose content expands to over {total} bytes (entry {entry.FullName}); the limit is {options.MaxExpandedBytes} bytes: a ZIP bomb or not a report"),
                    FormattableString.Invariant($"Word .docx文档解压后超过{total}字节（条目{entry.FullName}），上限为{options.MaxExpandedBytes}字节：可能是ZIP炸弹，不是报告"));
            }
        }
    }

    private static bool IsDamage(Exception e) =>
        e is InvalidDataException or XmlException or OpenXmlPackageException or FileFormatException or IOException or InvalidOperationException;

    private static DocumentLoadException Damaged(Exception e) =>
        e is InvalidDataException or IOException && e.Message.Contains("exceed", StringComparison.OrdinalIgnoreCase)
            ? new(DocumentLoadFailure.TooLarge, "a Word .docx document with a part larger than the limit: " + DocumentLoader.OneLine(e.Message), "Word .docx文档有部分超过上限", e)
            : new(DocumentLoadFailure.Damaged, "a Word .docx document that is truncated or damaged: " + DocumentLoader.OneLine(e.Message), "Word .docx文档不完整或已损坏", e);

    private static ContainerFact<Instant>? Time(DateTime? time, string source)
    {
        if (time is not { } value || value.Year < 1900)
        {
            return null;
        }

        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new ContainerFact<Instant>(Instant.FromDateTimeUtc(utc), source);
    }

    private static string? Clean(string? value) => value is null ? null : TextBuilder.Clean(value);

    /// <summary>Walks the body in document order, rendering paragraphs and tables.</summary>
    private sealed class BodyWalker(WordNumbering numbering, TextBuilder output, ImmutableArray<DocumentNote>.Builder notes)
    {
        private readonly HashSet<string> leftOut = new(StringComparer.Ordinal);

        public void Blocks(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        foreach (var line in Paragraph(paragraph).Split('\n'))
                        {
                            output.Paragraph(line);
                        }

                        break;
                    case Table table:
                        TableRows(table);
                        break;
                    case SdtBlock or CustomXmlBlock or SdtContentBlock:
                        Blocks(child);
                        break;
                    case DocumentFormat.OpenXml.AlternateContent alternate:
                        Blocks(alternate.ChildElements.Count > 0 ? alternate.ChildElements[0] : alternate);
                        break;
                    case DocumentFormat.OpenXml.AlternateContentChoice:
                        Blocks(child);
                        break;
                }
            }
        }

        private static string ChineseName(string part) => part switch
        {
            "page headers" => "页眉",
            "page footers" => "页脚",
            "footnotes" => "脚注",
            "comments" => "批注",
            "text boxes" => "文本框",
            _ => throw new InvalidOperationException("no Chinese name for the left-out part " + part),
        };

        public void ReportLeftOut(MainDocumentPart main)
        {
            if (main.HeaderParts.Any(p => HasText(p.RootElement)))
            {
                leftOut.Add("page headers");
            }

            if (main.FooterParts.Any(p => HasText(p.RootElement)))
            {
                leftOut.Add("page footers");
            }

            if (main.FootnotesPart?.RootElement is { } footnotes && footnotes.Descendants<Footnote>().Any(f => f.Id?.Value > 0 && HasText(f)))
            {
                leftOut.Add("footnotes");
            }

            if (main.WordprocessingCommentsPart?.RootElement is { } comments && HasText(comments))
            {
                leftOut.Add("comments");
            }

            if (leftOut.Count > 0)
            {
                var parts = leftOut.Order(StringComparer.Ordinal).ToArray();
                notes.Add(new DocumentNote(DocumentNoteCodes.ContentLeftOut, "left out of the text: " + string.Join(", ", parts))
                {
                    ChineseMessage = "未计入正文：" + string.Join("、", parts.Select(ChineseName)),
                });
            }
        }

        private static bool HasText(OpenXmlElement? root) => root is not null && root.Descendants<WordText>().Any(t => !string.IsNullOrWhiteSpace(t.Text));

        private void TableRows(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                var line = new StringBuilder();
                foreach (var cell in row.Elements<TableCell>())
                {
                    var content = new StringBuilder();
                    foreach (var paragraph in cell.Descendants<Paragraph>())
                    {
                        var part = TextBuilder.Clean(Paragraph(paragraph));
                        if (part.Length > 0)
                        {
                            content.Append(content.Length > 0 ? " " : string.Empty).Append(part);
                        }
                    }

                    line.Append(content).Append(CellSeparator);
                }

                output.Paragraph(line.ToString());
            }
        }

        private string Paragraph(Paragraph paragraph)
        {
            var text = new StringBuilder();
            if (numbering.Label(paragraph) is { } label)
            {
                text.Append(label);
            }

            Inline(paragraph, text);
            return text.ToString();
        }

        private void Inline(OpenXmlElement element, StringBuilder text)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case WordText t:
                        text.Append(t.Text);
                        break;
                    case TabChar or PositionalTab:
                        text.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        // A line break inside a paragraph ends a line of the text, as <br> does in HTML.
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case SymbolChar symbol:
                        text.Append(Symbol(symbol));
                        break;
                    case Run run when run.RunProperties?.Vanish is not null && run.RunProperties.Vanish.Val?.Value != false:
                        break;
                    case ParagraphProperties or RunProperties or DeletedRun or DeletedText or FieldCode or DeletedFieldCode
                        or FootnoteReference or EndnoteReference or CommentReference or BookmarkStart or BookmarkEnd or ProofError:
                        if (child is FootnoteReference or EndnoteReference)
                        {
                            leftOut.Add("footnotes");
                        }

                        break;
                    case Drawing or Picture or EmbeddedObject:
                        if (child.Descendants().Any(d => d.LocalName == "txbxContent"))
                        {
                            leftOut.Add("text boxes");
                        }

                        break;
                    case DocumentFormat.OpenXml.AlternateContent alternate:
                        if (alternate.Descendants().Any(d => d.LocalName == "txbxContent"))
                        {
                            leftOut.Add("text boxes");
                        }

                        break;
                    default:
                        Inline(child, text);
                        break;
                }
            }
        }

        private static string Symbol(SymbolChar symbol)
        {
            var code = symbol.Char?.Value;
            if (code is null || !int.TryParse(code, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return string.Empty;
            }

            // Symbol-font characters live in the private use area at F000 + the font's code.
            return value is >= 0xF000 and <= 0xF0FF || value < 0x20 ? string.Empty : char.ConvertFromUtf32(value);
        }
    }
}
