using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>Recognises a file by its bytes and hands it to the loader of its format, or refuses it in one line.</summary>
internal static class DocumentLoader
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static ReportDocument Load(byte[] bytes, string? fileName, DocumentLoadOptions options)
    {
        if (bytes.LongLength > options.MaxInputBytes)
        {
            throw BoundedRead.TooLarge(bytes.LongLength, options.MaxInputBytes);
        }

        if (bytes.Length == 0)
        {
            throw new DocumentLoadException(DocumentLoadFailure.NoText, "the file is empty", "文件是空的");
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf(Pdf) >= 0)
        {
            return PdfLoader.Load(bytes, options);
        }

        if (head.StartsWith(Zip) || head.StartsWith(EmptyZip))
        {
            return LoadZip(bytes, options);
        }

        if (head.StartsWith(CompoundFile))
        {
            throw RefuseCompoundFile(bytes, fileName);
        }

        if (Refusal(head) is { } refusal)
        {
            throw new DocumentLoadException(DocumentLoadFailure.UnsupportedFormat, refusal.English, refusal.Chinese);
        }

        var html = IsHtmlName(fileName) || (!IsTextName(fileName) && LooksLikeHtml(head));
        var decoded = TextDecoder.Decode(bytes, html);
        if (decoded.Text.Length > options.MaxTextLength)
        {
            throw TextTooLong(decoded.Text.Length, options);
        }

        return html
            ? HtmlLoader.Load(decoded, options)
            : new ReportDocument(decoded.Text, ContainerFormat.PlainText, decoded.Encoding, null, null, null, null, decoded.Notes);
    }

    public static DocumentLoadException TextTooLong(long length, DocumentLoadOptions options) =>
        new(DocumentLoadFailure.TooLarge, FormattableString.Invariant($"the text is over {length} characters; the limit is {options.MaxTextLength}"), FormattableString.Invariant($"文字超过{length}个字符，上限为{options.MaxTextLength}个"));

    private static ReportDocument LoadZip(byte[] bytes, DocumentLoadOptions options)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            throw new DocumentLoadException(DocumentLoadFailure.Damaged, "a ZIP file (such as .docx) that is truncated or damaged: " + OneLine(e.Message), "ZIP文件（如.docx）不完整或已损坏", e);
        }

        using (archive)
        {
            if (archive.GetEntry("word/document.xml") is not null || archive.GetEntry("[Content_Types].xml") is not null && HasEntryStarting(archive, "word/"))
            {
                return DocxLoader.Load(archive, options);
            }

            if (archive.GetEntry("OFD.xml") is not null)
            {
                throw new DocumentLoadException(DocumentLoadFailure.UnsupportedFormat, "an OFD document (.ofd), which is not read: print or export it to PDF (for example with 数科 OFD 阅读器) and try again", "OFD文档（.ofd）不能读取：请打印或导出为PDF（例如用数科OFD阅读器）后再试");
            }

            if (HasEntryStarting(archive, "xl/"))
            {
                throw new DocumentLoadException(DocumentLoadFailure.UnsupportedFormat, "an Excel workbook (.xlsx), not a report document: export the report as .docx or PDF", "Excel工作簿（.xlsx）不是报告文档：请将报告导出为.docx或PDF");
            }

            if (HasEntryStarting(archive, "ppt/"))
            {
                throw new DocumentLoadException(DocumentLoadFailure.UnsupportedFormat, "a PowerPoint presentation (.pptx), not a report document: export the report as .docx or PDF", "PowerPoint演示文稿（.pptx）不是报告文档：请将报告导出为.docx或PDF");
            }

            throw new DocumentLoadException(DocumentLoadFailure.UnsupportedFormat, "a ZIP archive that is not a Word document: unpack it and check the files inside", "ZIP压缩包不是Word文档：请解压后查看其中的文件");
        }
    }

    private static bool HasEntryStarting(ZipArchive archive, string prefix)
    {
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static DocumentLoadException RefuseCompoundFile(byte[] bytes, string? fileName)
    {
        // Stream names in a compound file's directory are UTF-16LE.
        if (bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0)
        {
            return new(DocumentLoadFailure.Encrypted, "a password-protected Office document: open it with its password, save it without one as .docx, and try again", "Office文档设有密码：请用密码打开，另存为不设密码的.docx后再试");
        }

        if (fileName is not null && fileName.EndsWith(".wps", StringComparison.OrdinalIgnoreCase))
        {
            return new(DocumentLoadFailure.UnsupportedFormat, "a WPS 文字 document (.wps), which is not read: save it as .docx in WPS (另存为 → .docx) or run `soffice --headless --convert-to docx` and try again", "WPS文字文档（.wps）不能读取：请在WPS中另存为.docx，或运行`soffice --headless --convert-to docx`后再试");
        }

        if (bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0)
        {
            return new(DocumentLoadFailure.UnsupportedFormat, "a Word 97–2003 document (.doc), which is not read: save it as .docx (Word or WPS: 另存为 → .docx; or `soffice --headless --convert-to docx`) and try again", "Word 97–2003文档（.doc）不能读取：请另存为.docx（在Word或WPS中另存为.docx，或运行`soffice --headless --convert-to docx`）后再试");
        }

        return new(DocumentLoadFailure.UnsupportedFormat, "an old Office file (OLE compound document, such as .xls or .ppt), not a report document: export the report as .docx or PDF", "旧版Office文件（OLE复合文档，如.xls或.ppt）不是报告文档：请将报告导出为.docx或PDF");
    }

    private static (string English, string Chinese)? Refusal(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return Image("PNG");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Image("JPEG");
        }

        if (head.StartsWith("GIF8"u8))
        {
            return Image("GIF");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x49, 0x49, 0x2A, 0x00]) || head.StartsWith((ReadOnlySpan<byte>)[0x4D, 0x4D, 0x00, 0x2A]))
        {
            return Image("TIFF");
        }

        if (head.StartsWith("BM"u8) && head.Length > 14 && head[6] == 0 && head[7] == 0 && head[8] == 0 && head[9] == 0)
        {
            return Image("BMP");
        }

        if (head.StartsWith("RIFF"u8) && head.Length >= 12 && head.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return Image("WebP");
        }

        if (head.StartsWith(@"{\rtf"u8))
        {
            return ("an RTF document, which is not read: save it as .docx and try again", "RTF文档不能读取：请另存为.docx后再试");
        }

        return null;
    }

    private static (string English, string Chinese) Image(string kind) =>
        ($"a {kind} image, which has no text to read: run text recognition (OCR) on it, or find the report as a web page, .docx or PDF",
            $"{kind}图片没有可读的文字：请先做文字识别（OCR），或改用网页版、.docx或PDF版的报告");

    private static bool IsHtmlName(string? name) =>
        name is not null && (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".shtml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase));

    private static bool IsTextName(string? name) => name is not null && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', 'ï', '»', '¿');
        return ascii.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || ascii.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (ascii.StartsWith('<') && (ascii.Contains("<head", StringComparison.OrdinalIgnoreCase) || ascii.Contains("<body", StringComparison.OrdinalIgnoreCase)));
    }

    public static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
