using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>The text of a file and how it was decoded.</summary>
internal sealed record DecodedText(string Text, DocumentEncoding Encoding, ImmutableArray<DocumentNote> Notes);

/// <summary>
/// Decodes a text or HTML file: byte order mark, then strict UTF-8, then the declared charset, then GB18030. Bytes invalid
/// in every candidate are replaced by U+FFFD, and each replacement is reported with its offset.
/// </summary>
internal static partial class TextDecoder
{
    private const int Gb18030CodePage = 54936;
    private const int MaxByteNotes = 10;

    public static DecodedText Decode(byte[] bytes, bool html)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Finish(bytes, 3, new UTF8Encoding(false), "UTF-8", EncodingDetection.ByteOrderMark, null);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Finish(bytes, 2, new UnicodeEncoding(false, false), "UTF-16LE", EncodingDetection.ByteOrderMark, null);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Finish(bytes, 2, new UnicodeEncoding(true, false), "UTF-16BE", EncodingDetection.ByteOrderMark, null);
        }

        var zero = span.IndexOf((byte)0);
        if (zero >= 0)
        {
            throw new DocumentLoadException(
                DocumentLoadFailure.NotText,
                string.Create(CultureInfo.InvariantCulture, $"not a text file (NUL byte at offset {zero}), and not a format that is read (HTML, .docx, PDF)"),
                string.Create(CultureInfo.InvariantCulture, $"不是文本文件（偏移{zero}处有NUL字节），也不是能读取的格式（HTML、.docx、PDF）"));
        }

        var declared = html ? DeclaredCharset(span) : null;
        var notes = ImmutableArray.CreateBuilder<DocumentNote>();
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            if (declared is not null && !IsUtf8Label(declared) && !System.Text.Ascii.IsValid(span))
            {
                notes.Add(new DocumentNote(DocumentNoteCodes.DeclaredCharsetNotUsed, $"the page declares charset={declared}, but its bytes are valid UTF-8 and were read as UTF-8")
                {
                    ChineseMessage = $"页面声明charset={declared}，但其字节是有效的UTF-8，已按UTF-8读取",
                });
            }

            return new DecodedText(Encoding.UTF8.GetString(bytes), new DocumentEncoding("UTF-8", EncodingDetection.ValidUtf8, declared), notes.ToImmutable());
        }

        var declaredEncoding = declared is null || IsUtf8Label(declared) ? null : Resolve(declared);
        if (declared is not null && declaredEncoding is null && !IsUtf8Label(declared))
        {
            notes.Add(new DocumentNote(DocumentNoteCodes.DeclaredCharsetNotUsed, $"the page declares charset={declared}, which is not a known encoding")
            {
                ChineseMessage = $"页面声明charset={declared}，这不是已知的编码",
            });
        }

        if (declaredEncoding is not null && TryStrict(bytes, declaredEncoding) is { } declaredText)
        {
            return new DecodedText(declaredText, new DocumentEncoding(NameOf(declaredEncoding), EncodingDetection.Declared, declared), notes.ToImmutable());
        }

        var gb18030 = Gb18030();
        if (TryStrict(bytes, gb18030) is { } gbText)
        {
            if (declared is not null && declaredEncoding is not null)
            {
                notes.Add(new DocumentNote(DocumentNoteCodes.DeclaredCharsetNotUsed, $"the page declares charset={declared}, but its bytes are not valid in it; read as GB18030")
                {
                    ChineseMessage = $"页面声明charset={declared}，但其字节不符合该编码；已按GB18030读取",
                });
            }

            return new DecodedText(gbText, new DocumentEncoding("GB18030", EncodingDetection.Gb18030Fallback, declared), notes.ToImmutable());
        }

        // Nothing fits every byte: decode with the best candidate and report each replaced byte.
        var (encoding, detection) = declaredEncoding is not null
            ? (declaredEncoding, EncodingDetection.Declared)
            : declared is not null && IsUtf8Label(declared) ? (new UTF8Encoding(false), EncodingDetection.Declared) : (gb18030, EncodingDetection.Gb18030Fallback);
        var result = Finish(bytes, 0, encoding, NameOf(encoding), detection, declared);
        return result with { Notes = notes.ToImmutable().AddRange(result.Notes) };
    }

    /// <summary>Finds the charset an HTML or XML document declares in its first 4 KiB.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success)
        {
            return xml.Groups[1].Value.ToLowerInvariant();
        }

        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups[1].Value.ToLowerInvariant() : null;
    }

    private static DecodedText Finish(byte[] bytes, int start, Encoding template, string name, EncodingDetection detection, string? declared)
    {
        var recorder = new RecordingDecoderFallback();
        var encoding = (Encoding)template.Clone();
        encoding.DecoderFallback = recorder;
        var text = encoding.GetString(bytes, start, bytes.Length - start);
        var notes = ImmutableArray.CreateBuilder<DocumentNote>();
        var shown = Math.Min(recorder.Offsets.Count, MaxByteNotes);
        for (var i = 0; i < shown; i++)
        {
            var (offset, invalid) = recorder.Offsets[i];
            notes.Add(new DocumentNote(
                DocumentNoteCodes.InvalidBytes,
                string.Create(CultureInfo.InvariantCulture, $"byte{(invalid.Length > 1 ? "s" : string.Empty)} {Convert.ToHexString(invalid)} at offset {offset + start} not valid {name}; replaced by U+FFFD"),
                offset + start)
            {
                ChineseMessage = string.Create(CultureInfo.InvariantCulture, $"偏移{offset + start}处的字节{Convert.ToHexString(invalid)}不是有效的{name}；已替换为U+FFFD"),
            });
        }

        if (recorder.Offsets.Count > shown)
        {
            notes.Add(new DocumentNote(
                DocumentNoteCodes.InvalidBytes,
                string.Create(CultureInfo.InvariantCulture, $"{recorder.Offsets.Count - shown} more invalid {name} byte sequences replaced by U+FFFD"),
                recorder.Offsets[shown].Offset + start)
            {
                ChineseMessage = string.Create(CultureInfo.InvariantCulture, $"另有{recorder.Offsets.Count - shown}处无效的{name}字节序列已替换为U+FFFD"),
            });
        }

        return new DecodedText(text, new DocumentEncoding(name, detection, declared), notes.ToImmutable());
    }

    private static string? TryStrict(byte[] bytes, Encoding template)
    {
        var encoding = (Encoding)template.Clone();
        encoding.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding Gb18030() =>
        CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)
        ?? throw new InvalidOperationException("the GB18030 code page is missing from System.Text.Encoding.CodePages");

    private static Encoding? Resolve(string label)
    {
        if (label is "gb2312" or "gbk" or "x-gbk" or "cp936" or "gb18030" or "chinese" or "csgb2312" or "iso-ir-58" or "windows-936")
        {
            return Gb18030();
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string NameOf(Encoding encoding) => encoding.CodePage switch
    {
        Gb18030CodePage => "GB18030",
        65001 => "UTF-8",
        _ => encoding.WebName.ToUpperInvariant(),
    };

    private static bool IsUtf8Label(string label) => label is "utf-8" or "utf8" or "unicode-1-1-utf-8";

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    private sealed class RecordingDecoderFallback : DecoderFallback
    {
        private readonly HashSet<int> seen = [];

        public List<(int Offset, byte[] Bytes)> Offsets { get; } = [];

        // Encoding.GetString asks for the fallback twice (counting, then decoding): keep each offset once.
        public void Record(int index, byte[] bytes)
        {
            if (seen.Add(index))
            {
                Offsets.Add((index, bytes));
            }
        }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(RecordingDecoderFallback owner) : DecoderFallbackBuffer
        {
            private bool pending;

            public override int Remaining => pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Record(index, bytesUnknown);
                pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!pending)
                {
                    return '\0';
                }

                pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;

            public override void Reset() => pending = false;
        }
    }
}
