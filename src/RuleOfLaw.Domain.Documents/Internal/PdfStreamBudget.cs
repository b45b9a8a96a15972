using System;
using System.IO;
using System.IO.Compression;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Bounds what a PDF's Flate-compressed streams expand to before PdfPig decodes any of them: a few kilobytes of
/// deflated zeros can expand to gigabytes (a "PDF bomb"), and PdfPig inflates a content stream whole.
/// </summary>
/// <remarks>
/// The scan walks the file's <c>stream … endstream</c> bodies in order and inflates, into a discarding buffer, each one
/// whose dictionary names <c>/FlateDecode</c> and that is not an image (PdfPig decodes image data only on request,
/// which the loader never makes). Object streams are top-level streams, so their contents are counted too. Other
/// filters (LZW, run-length, ASCII85/hex) are bounded only by the input size limit; a stream that does not inflate
/// cleanly is left for PdfPig's lenient parser.
/// </remarks>
internal static class PdfStreamBudget
{
    private const int DictionaryLookBehind = 4096;

    public static void Check(byte[] bytes, long limit)
    {
        long total = 0;
        var position = 0;
        var buffer = new byte[81920];
        while (position < bytes.Length)
        {
            var found = bytes.AsSpan(position).IndexOf("stream"u8);
            if (found < 0)
            {
                return;
            }

            var keyword = position + found;
            position = keyword + 6;
            if (keyword >= 3 && bytes.AsSpan(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }

            var start = BodyStart(bytes, position);
            if (start < 0)
            {
                continue;
            }

            var endFound = bytes.AsSpan(start).IndexOf("endstream"u8);
            var end = endFound < 0 ? bytes.Length : start + endFound;
            position = end;
            if (!IsInflatedByReader(bytes, keyword))
            {
                continue;
            }

            total += Inflated(bytes, start, end - start, limit - total, buffer);
            if (total > limit)
            {
                throw new DocumentLoadException(
                    DocumentLoadFailure.TooLarge,
                    FormattableString.Invariant($"a PDF file whose compressed streams expand to over {limit} bytes (the stream at byte {start}); the limit is {limit} bytes: a PDF bomb or not a report"),
                    FormattableString.Invariant($"PDF文件的压缩流解压后超过{limit}字节（第{start}字节处的流），上限为{limit}字节：可能是PDF炸弹，不是报告"));
            }
        }
    }

    /// <summary>The body begins after the end of line that must follow the keyword (CR LF or LF; a lone CR is tolerated).</summary>
    private static int BodyStart(byte[] bytes, int afterKeyword)
    {
        if (afterKeyword >= bytes.Length)
        {
            return -1;
        }

        return bytes[afterKeyword] switch
        {
            (byte)'\n' => afterKeyword + 1,
            (byte)'\r' when afterKeyword + 1 < bytes.Length && bytes[afterKeyword + 1] == (byte)'\n' => afterKeyword + 2,
            (byte)'\r' => afterKeyword + 1,
            _ => -1,
        };
    }

    /// <summary>Looks at the stream's dictionary, back to the <c>obj</c> keyword that opens its object.</summary>
    private static bool IsInflatedByReader(byte[] bytes, int keyword)
    {
        var from = Math.Max(0, keyword - DictionaryLookBehind);
        var window = bytes.AsSpan(from, keyword - from);
        var obj = window.LastIndexOf("obj"u8);
        var dictionary = obj < 0 ? window : window[(obj + 3)..];
        return dictionary.IndexOf("/FlateDecode"u8) >= 0 && dictionary.IndexOf("/Image"u8) < 0;
    }

    /// <summary>Inflates one zlib stream into a discarding buffer, stopping once more than <paramref name="budget"/> bytes came out.</summary>
    private static long Inflated(byte[] bytes, int start, int length, long budget, byte[] buffer)
    {
        long produced = 0;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(bytes, start, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                produced += read;
                if (produced > budget)
                {
                    break;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not a clean zlib stream (damaged, or a filter chain we do not model): PdfPig decides what to make of it.
        }

        return produced;
    }
}
