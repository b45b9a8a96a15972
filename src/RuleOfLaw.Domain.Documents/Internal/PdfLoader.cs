using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Exceptions;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Reads a PDF's text layer in reading order with PdfPig's layout analysis (nearest-neighbour words, Docstrum blocks,
/// unsupervised reading order), drops page headers, footers and page numbers, and rejoins lines that the layout wrapped
/// inside a paragraph, so that no sentence, quantity or heading is split across lines.
/// </summary>
internal static partial class PdfLoader
{
    private static readonly byte[] EndOfFile = "%%EOF"u8.ToArray();

    public static ReportDocument Load(byte[] bytes, DocumentLoadOptions options)
    {
        // A PDF cut short still parses leniently, giving the first pages as if they were all: refuse it instead.
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 2048));
        if (tail.IndexOf(EndOfFile) < 0)
        {
            throw new DocumentLoadException(DocumentLoadFailure.Damaged, "a PDF file that is truncated (it does not end with %%EOF): download or export it again", "PDF文件不完整（未以%%EOF结尾）：请重新下载或导出");
        }

        PdfStreamBudget.Check(bytes, options.MaxExpandedBytes);

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw Encrypted(e);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(e);
        }

        using (document)
        {
            try
            {
                return Read(document, options);
            }
            catch (PdfDocumentEncryptedException e)
            {
                throw Encrypted(e);
            }
            catch (Exception e) when (IsDamage(e))
            {
                throw Damaged(e);
            }
        }
    }

    private static ReportDocument Read(PdfDocument document, DocumentLoadOptions options)
    {
        if (document.NumberOfPages > options.MaxPages)
        {
            throw new DocumentLoadException(
                DocumentLoadFailure.TooComplex,
                FormattableString.Invariant($"a PDF file with {document.NumberOfPages} pages; the limit is {options.MaxPages}"),
                FormattableString.Invariant($"PDF文件有{document.NumberOfPages}页，上限为{options.MaxPages}页"));
        }

        var pages = new List<List<PdfLine>>(document.NumberOfPages);
        long letters = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            letters += page.Letters.Count;
            if (letters > options.MaxTextLength)
            {
                throw DocumentLoader.TextTooLong(letters, options);
            }

            pages.Add(PageLines(page, number));
        }

        if (pages.All(p => p.Count == 0))
        {
            throw new DocumentLoadException(DocumentLoadFailure.NoText, "a PDF file without a text layer (a scan?): run text recognition (OCR) on it, or find the report as a web page or .docx", "PDF文件没有文字层（可能是扫描件）：请先做文字识别（OCR），或改用网页版或.docx版的报告");
        }

        var notes = ImmutableArray.CreateBuilder<DocumentNote>();
        var dropped = PageFurniture.Drop(pages);
        if (dropped > 0)
        {
            notes.Add(new DocumentNote(
                DocumentNoteCodes.PageFurnitureDropped,
                string.Create(CultureInfo.InvariantCulture, $"{dropped} page header, footer or page number lines were dropped from {pages.Count} pages"))
            {
                ChineseMessage = string.Create(CultureInfo.InvariantCulture, $"已从{pages.Count}页中去掉{dropped}行页眉、页脚或页码"),
            });
        }

        var text = new TextBuilder(options);
        var paragraph = new StringBuilder();
        var all = pages.SelectMany(p => p).ToList();
        var edges = TextEdges(all);
        PdfLine? previous = null;
        foreach (var line in all)
        {
            if (previous is not null && !Continues(previous, line, edges))
            {
                text.Paragraph(paragraph.ToString());
                paragraph.Clear();
            }

            if (paragraph.Length > 0 && NeedsSpace(paragraph, line.Text))
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line.Text);
            previous = line;
        }

        text.Paragraph(paragraph.ToString());
        if (text.Length == 0)
        {
            throw new DocumentLoadException(DocumentLoadFailure.NoText, "a PDF file with no text besides page headers and footers", "PDF文件除页眉页脚外没有文字");
        }

        var information = document.Information;
        var title = Clean(information.Title) is { Length: > 0 } t ? new ContainerFact<string>(t, "PDF document information /Title") : null;
        var author = Clean(information.Author) is { Length: > 0 } a ? new ContainerFact<string>(a, "PDF document information /Author") : null;
        var created = Time(information.CreationDate, "PDF document information /CreationDate");
        var modified = Time(information.ModifiedDate, "PDF document information /ModDate");
        return new ReportDocument(text.ToString(), ContainerFormat.Pdf, null, title, null, null, author, notes.ToImmutable(), created, modified);
    }

    /// <summary>The page's lines in reading order, each with the geometry of its block (left and right edges, line pitch).</summary>
    private static List<PdfLine> PageLines(Page page, int number)
    {
        var lines = new List<PdfLine>();
        if (page.Letters.Count == 0)
        {
            return lines;
        }

        var all = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters).ToList();
        var words = all.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var spaces = all.Where(w => w.Text.Length > 0 && string.IsNullOrWhiteSpace(w.Text)).Select(w => w.BoundingBox).ToList();
        if (words.Count == 0)
        {
            return lines;
        }

        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words));
        foreach (var block in blocks)
        {
            foreach (var textLine in block.TextLines.OrderByDescending(l => l.BoundingBox.Bottom))
            {
                var text = LineText(textLine.Words.OrderBy(w => w.BoundingBox.Left).ToList(), spaces);
                if (text.Length > 0)
                {
                    lines.Add(new PdfLine(text, textLine.BoundingBox.Left, textLine.BoundingBox.Right, textLine.BoundingBox.Bottom, textLine.BoundingBox.Top, Size(textLine), page.Height, number));
                }
            }
        }

        return lines;
    }

    /// <summary>A line's words joined: a space where the PDF draws one between them or the gap is wide, none inside Chinese text.</summary>
    private static string LineText(List<Word> words, List<UglyToad.PdfPig.Core.PdfRectangle> spaces)
    {
        var text = new StringBuilder();
        Word? previous = null;
        foreach (var word in words)
        {
            if (previous is not null && text.Length > 0 && word.Text.Length > 0)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var size = Math.Max(1, previous.BoundingBox.Height);
                var wide = IsWide(text[^1]) || IsWide(word.Text[0]) ? gap > 0.6 * size : gap > 0.25 * size;
                var drawn = spaces.Exists(s => s.Left >= previous.BoundingBox.Right - 0.5 && s.Right <= word.BoundingBox.Left + 0.5
                    && s.Bottom >= previous.BoundingBox.Bottom - 1 && s.Bottom <= previous.BoundingBox.Top);
                if (wide || drawn)
                {
                    text.Append(' ');
                }
            }

            text.Append(word.Text);
            previous = word;
        }

        return TextBuilder.Clean(text.ToString());
    }

    private static double Size(TextLine line)
    {
        var heights = line.Words.Select(w => w.BoundingBox.Height).Where(h => h > 0).Order().ToList();
        return heights.Count == 0 ? 10 : heights[heights.Count / 2];
    }

    /// <summary>The left and right edges of the text area: where most lines start and end (a first-line indent or a short last line is the exception).</summary>
    private static (double Left, double Right) TextEdges(List<PdfLine> lines)
    {
        if (lines.Count == 0)
        {
            return (0, 0);
        }

        var lefts = lines.Select(l => l.Left).Order().ToList();
        var rights = lines.Select(l => l.Right).Order().ToList();
        return (lefts[lines.Count / 10], rights[lines.Count * 3 / 4]);
    }

    /// <summary>
    /// Whether <paramref name="next"/> carries on the paragraph of <paramref name="line"/>: of the same type size and close
    /// below (or at the top of the next page), and either the line runs to the right edge and the next starts at the left
    /// edge without a first-line indent, or both are centred and the first nearly fills the width (a wrapped centred line).
    /// </summary>
    private static bool Continues(PdfLine line, PdfLine next, (double Left, double Right) edges)
    {
        var size = Math.Max(line.Size, next.Size);
        var close = next.Page != line.Page || (next.Top < line.Bottom + size && line.Bottom - next.Top < 1.2 * size);
        if (!close || Math.Abs(line.Size - next.Size) >= 0.25 * size)
        {
            return false;
        }

        var fullLine = line.Right >= edges.Right - (1.2 * size) && line.Left <= edges.Left + (4 * size);
        var notIndented = next.Left <= edges.Left + (0.8 * size);
        if (fullLine && notIndented)
        {
            return true;
        }

        var middle = (edges.Left + edges.Right) / 2;
        var centred = Math.Abs(((line.Left + line.Right) / 2) - middle) < size && Math.Abs(((next.Left + next.Right) / 2) - middle) < size;
        return centred && line.Left > edges.Left + (0.8 * size) && line.Right - line.Left > 0.6 * (edges.Right - edges.Left);
    }

    /// <summary>
    /// Rejoining lines adds a space only between Latin words (a Latin word after Latin text or a number after a Latin word), or before a time of day after a date; never inside Chinese
    /// text or a number, so that a quantity wrapped across lines is whole again.
    /// </summary>
    private static bool NeedsSpace(StringBuilder before, string after)
    {
        var last = before[^1];
        if ((char.IsAsciiLetter(after[0]) && char.IsAscii(last) && last != '-' && !char.IsWhiteSpace(last)) || (char.IsAsciiLetter(last) && char.IsAsciiDigit(after[0])))
        {
            return true;
        }

        return char.IsAsciiDigit(last) && TimeOfDay().IsMatch(after) && before.Length >= 10 && DateEnd().IsMatch(before.ToString(before.Length - 10, 10));
    }

    [GeneratedRegex(@"^\d{1,2}:\d{2}")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex DateEnd();

    private static bool IsWide(char c) => c >= '\u2E80';

    private static bool IsDamage(Exception e) => e is UglyToad.PdfPig.Core.PdfDocumentFormatException or UglyToad.PdfPig.Core.PdfDocumentStackDepthException or UglyToad.PdfPig.Fonts.CorruptCompressedDataException or UglyToad.PdfPig.Fonts.InvalidFontFormatException or InvalidOperationException or ArgumentException or FormatException
        or OverflowException or System.IO.IOException or KeyNotFoundException;

    private static DocumentLoadException Encrypted(Exception e) =>
        new(DocumentLoadFailure.Encrypted, "a password-protected PDF file: open it with its password, print or save it without one, and try again", "PDF文件设有密码：请用密码打开，打印或另存为不设密码的文件后再试", e);

    private static DocumentLoadException Damaged(Exception e) =>
        new(DocumentLoadFailure.Damaged, "a PDF file that is damaged: " + DocumentLoader.OneLine(e.Message), "PDF文件已损坏", e);

    private static string? Clean(string? value) => value is null ? null : TextBuilder.Clean(value);

    /// <summary>A PDF date (ISO 32000-1, §7.9.4: <c>D:YYYYMMDDHHmmSSOHH'mm'</c>, every part after the year optional), tolerating the stray apostrophe some producers write after <c>Z</c>.</summary>
    private static ContainerFact<Instant>? Time(string? text, string source)
    {
        if (text is null || PdfDate().Match(text) is not { Success: true } m)
        {
            return null;
        }

        static int Part(Group group, int fallback) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : fallback;
        try
        {
            var local = new LocalDateTime(Part(m.Groups["y"], 1), Part(m.Groups["mo"], 1), Part(m.Groups["d"], 1), Part(m.Groups["h"], 0), Part(m.Groups["mi"], 0), Part(m.Groups["s"], 0));
            var offset = m.Groups["sign"].Success
                ? Offset.FromHoursAndMinutes((m.Groups["sign"].Value == "-" ? -1 : 1) * Part(m.Groups["oh"], 0), (m.Groups["sign"].Value == "-" ? -1 : 1) * Part(m.Groups["om"], 0))
                : Offset.Zero;
            return local.Year < 1900 ? null : new ContainerFact<Instant>(local.WithOffset(offset).ToInstant(), source);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\s*(?:D:)?(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?:Z'?|(?<sign>[+-])(?<oh>\d{2})'?(?<om>\d{2})?'?)?")]
    private static partial Regex PdfDate();
}
