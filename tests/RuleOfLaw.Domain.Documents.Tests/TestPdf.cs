using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace RuleOfLaw.Domain.Documents.Tests;

/// <summary>Small PDF files built in memory for the loader's tests.</summary>
internal static class TestPdf
{
    /// <summary>Pages of Helvetica lines; each line is (text, x, y) in points on an A4 page, 12 pt.</summary>
    public static byte[] Build(IEnumerable<IEnumerable<(string Text, double X, double Y)>> pages, string? title = null)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            foreach (var (text, x, y) in lines)
            {
                page.AddText(text, 12, new PdfPoint(x, y), font);
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF with a page but no text, such as a scan without text recognition.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(100, 100), 300, 400);
        return builder.Build();
    }

    /// <summary>A PDF encrypted with the standard security handler whose user password is not empty.</summary>
    public static byte[] Encrypted()
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Object(string content)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(body.ToString()));
            body.Append(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{content}\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        Object("<< /Filter /Standard /V 1 /R 2 /P -44 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>");
        var xref = Encoding.ASCII.GetByteCount(body.ToString());
        body.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            body.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        body.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    /// <summary>
    /// A one-page PDF whose Flate-compressed content stream shows <paramref name="text"/> and then expands by
    /// <paramref name="padding"/> bytes of blank lines: a few kilobytes on disk, any size in memory.
    /// </summary>
    public static byte[] FlateBomb(string text, int padding)
    {
        var content = new MemoryStream();
        using (var deflater = new ZLibStream(content, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflater.Write(Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET\n"));
            var blank = new byte[64 * 1024];
            blank.AsSpan().Fill((byte)'\n');
            for (var left = padding; left > 0; left -= blank.Length)
            {
                deflater.Write(blank, 0, Math.Min(left, blank.Length));
            }
        }

        var file = new MemoryStream();
        var offsets = new List<long>();
        void Write(string ascii) => file.Write(Encoding.ASCII.GetBytes(ascii));
        void Object(string content)
        {
            offsets.Add(file.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{content}\nendobj\n"));
        }

        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        offsets.Add(file.Position);
        Write(string.Create(CultureInfo.InvariantCulture, $"4 0 obj\n<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n"));
        content.WriteTo(file);
        Write("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = file.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return file.ToArray();
    }

    /// <summary>Writes a file of <paramref name="size"/> bytes that starts as a PDF, without holding it in memory.</summary>
    public static string WriteLarge(long size)
    {
        var path = Path.Combine(Path.GetTempPath(), "rol-large-" + Guid.NewGuid().ToString("N") + ".pdf");
        using var file = File.Create(path);
        file.Write("%PDF-1.7\n"u8);
        file.SetLength(size);
        return path;
    }
}
