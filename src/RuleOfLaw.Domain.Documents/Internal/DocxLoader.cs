using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NodaTime;
using static RuleOfLaw.Domain.Documents.Internal.DocxPackage;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Reads a Word .docx: the body's paragraphs and tables in order, each list paragraph with the number Word shows for it
/// (from numbering.xml), tables as rows of cells separated by <c>|</c>; headers, footers, footnotes, comments, text
/// boxes and deleted text are left out. The document properties give the title, creation and modification times.
/// </summary>
/// <remarks>
/// The package is read as XML (<see cref="DocxPackage"/>), not through a WordprocessingML object model: the reader needs
/// a dozen elements, and the reviewer's page downloads what it uses.
/// </remarks>
internal static class DocxLoader
{
    private const string CellSeparator = " | ";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string DublinCoreTerms = "http://purl.org/dc/terms/";

    public static ReportDocument Load(ZipArchive archive, DocumentLoadOptions options)
    {
        CheckExpansion(archive, options);
        var notes = ImmutableArray.CreateBuilder<DocumentNote>();
        try
        {
            var package = new DocxPackage(archive, options);
            var main = package.Load(package.MainPath)?.Root ?? throw new DocumentLoadException(DocumentLoadFailure.Damaged, "a Word .docx document without its main part (word/document.xml)", "Word .docx文档缺少主体部分（word/document.xml）");
            var body = IsWord(main, "document") ? Child(main, "body") : null;
            if (body is null)
            {
                throw new DocumentLoadException(DocumentLoadFailure.NoText, "a Word .docx document with no body", "Word .docx文档没有正文");
            }

            var numbering = new WordNumbering(package.Related("numbering")?.Root, package.Related("styles")?.Root, notes);
            var text = new TextBuilder(options);
            var walker = new BodyWalker(numbering, text, notes);
            walker.Blocks(body);
            walker.ReportLeftOut(package);
            if (text.Length == 0)
            {
                throw new DocumentLoadException(DocumentLoadFailure.NoText, "a Word .docx document with no text in its body", "Word .docx文档的正文中没有文字");
            }

            var properties = package.Load(package.Target(string.Empty, "core-properties"))?.Root;
            var title = Clean(properties?.Element(XName.Get("title", DublinCore))?.Value) is { Length: > 0 } t ? new ContainerFact<string>(t, "docProps/core.xml dc:title") : null;
            var author = Clean(properties?.Element(XName.Get("creator", DublinCore))?.Value) is { Length: > 0 } a ? new ContainerFact<string>(a, "docProps/core.xml dc:creator") : null;
            var created = Time(properties?.Element(XName.Get("created", DublinCoreTerms))?.Value, "docProps/core.xml dcterms:created");
            var modified = Time(properties?.Element(XName.Get("modified", DublinCoreTerms))?.Value, "docProps/core.xml dcterms:modified");
            return new ReportDocument(text.ToString(), ContainerFormat.Docx, null, title, null, null, author, notes.ToImmutable(), created, modified);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(e);
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
        e is InvalidDataException or XmlException or IOException or InvalidOperationException;

    private static DocumentLoadException Damaged(Exception e) =>
        e is InvalidDataException or IOException or XmlException && e.Message.Contains("exceed", StringComparison.OrdinalIgnoreCase)
            ? new(DocumentLoadFailure.TooLarge, "a Word .docx document with a part larger than the limit: " + DocumentLoader.OneLine(e.Message), "Word .docx文档有部分超过上限", e)
            : new(DocumentLoadFailure.Damaged, "a Word .docx document that is truncated or damaged: " + DocumentLoader.OneLine(e.Message), "Word .docx文档不完整或已损坏", e);

    // W3CDTF (ECMA-376 Part 2, §11.1): a time without a zone is taken as UTC, as System.IO.Packaging takes it.
    private static ContainerFact<Instant>? Time(string? value, string source) =>
        DateTimeOffset.TryParse(value?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) && time.Year >= 1900
            ? new ContainerFact<Instant>(Instant.FromDateTimeOffset(time), source)
            : null;

    private static string? Clean(string? value) => value is null ? null : TextBuilder.Clean(value);

    /// <summary>Walks the body in document order, rendering paragraphs and tables.</summary>
    private sealed class BodyWalker(WordNumbering numbering, TextBuilder output, ImmutableArray<DocumentNote>.Builder notes)
    {
        private readonly HashSet<string> leftOut = new(StringComparer.Ordinal);

        public void Blocks(XElement container)
        {
            foreach (var child in container.Elements())
            {
                if (IsWord(child, "p"))
                {
                    foreach (var line in Paragraph(child).Split('\n'))
                    {
                        output.Paragraph(line);
                    }
                }
                else if (IsWord(child, "tbl"))
                {
                    TableRows(child);
                }
                else if (IsWord(child, "sdt") || IsWord(child, "customXml") || IsWord(child, "sdtContent"))
                {
                    Blocks(child);
                }
                else if (IsAlternateContent(child, "AlternateContent"))
                {
                    Blocks(child.Elements().FirstOrDefault() ?? child);
                }
                else if (IsAlternateContent(child, "Choice"))
                {
                    Blocks(child);
                }
            }
        }

        private static bool IsAlternateContent(XElement element, string localName) =>
            element.Name.LocalName == localName && element.Name.NamespaceName == MarkupCompatibility;

        private static string ChineseName(string part) => part switch
        {
            "page headers" => "页眉",
            "page footers" => "页脚",
            "footnotes" => "脚注",
            "comments" => "批注",
            "text boxes" => "文本框",
            _ => throw new InvalidOperationException("no Chinese name for the left-out part " + part),
        };

        public void ReportLeftOut(DocxPackage package)
        {
            if (package.AllRelated("header").Any(p => HasText(p.Root)))
            {
                leftOut.Add("page headers");
            }

            if (package.AllRelated("footer").Any(p => HasText(p.Root)))
            {
                leftOut.Add("page footers");
            }

            // Footnotes -1 and 0 are the separators Word writes into every footnotes part.
            if (package.Related("footnotes")?.Root is { } footnotes
                && footnotes.Descendants().Any(f => IsWord(f, "footnote") && int.TryParse(Attribute(f, "id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0 && HasText(f)))
            {
                leftOut.Add("footnotes");
            }

            if (package.Related("comments")?.Root is { } comments && HasText(comments))
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

        private static bool HasText(XElement? root) => root is not null && root.Descendants().Any(t => IsWord(t, "t") && !string.IsNullOrWhiteSpace(t.Value));

        private static bool HasTextBox(XElement element) => element.Descendants().Any(d => d.Name.LocalName == "txbxContent");

        private void TableRows(XElement table)
        {
            foreach (var row in table.Elements().Where(e => IsWord(e, "tr")))
            {
                var line = new StringBuilder();
                foreach (var cell in row.Elements().Where(e => IsWord(e, "tc")))
                {
                    var content = new StringBuilder();
                    foreach (var paragraph in cell.Descendants().Where(e => IsWord(e, "p")))
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

        private string Paragraph(XElement paragraph)
        {
            var text = new StringBuilder();
            if (numbering.Label(paragraph) is { } label)
            {
                text.Append(label);
            }

            Inline(paragraph, text);
            return text.ToString();
        }

        private void Inline(XElement element, StringBuilder text)
        {
            foreach (var child in element.Elements())
            {
                if (IsAlternateContent(child, "AlternateContent"))
                {
                    if (HasTextBox(child))
                    {
                        leftOut.Add("text boxes");
                    }

                    continue;
                }

                if (!IsWordElement(child))
                {
                    Inline(child, text);
                    continue;
                }

                switch (child.Name.LocalName)
                {
                    case "t":
                        text.Append(child.Value);
                        break;
                    case "tab" or "ptab":
                        text.Append(' ');
                        break;
                    case "br" or "cr":
                        // A line break inside a paragraph ends a line of the text, as <br> does in HTML.
                        text.Append('\n');
                        break;
                    case "noBreakHyphen":
                        text.Append('-');
                        break;
                    case "sym":
                        text.Append(Symbol(Attribute(child, "char")));
                        break;
                    case "r" when IsOn(Child(child, "rPr"), "vanish"):
                        break;
                    case "footnoteReference" or "endnoteReference":
                        leftOut.Add("footnotes");
                        break;
                    case "pPr" or "rPr" or "del" or "delText" or "instrText" or "delInstrText" or "commentReference" or "bookmarkStart" or "bookmarkEnd" or "proofErr":
                        break;
                    case "drawing" or "pict" or "object":
                        if (HasTextBox(child))
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

        private static bool IsWordElement(XElement element) => IsWord(element, element.Name.LocalName);

        private static string Symbol(string? code)
        {
            if (code is null || !int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            {
                return string.Empty;
            }

            // Symbol-font characters live in the private use area at F000 + the font's code.
            return value is >= 0xF000 and <= 0xF0FF || value < 0x20 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF ? string.Empty : char.ConvertFromUtf32(value);
        }
    }
}
