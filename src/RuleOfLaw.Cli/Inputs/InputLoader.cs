using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Documents;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>Expands the PATH arguments of a command into report inputs and decodes them strictly.</summary>
internal static class InputLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file extensions a folder is searched for: the report formats <see cref="ReportDocument.Load(byte[], string?, DocumentLoadOptions?)"/> reads, and JSON.</summary>
    public static readonly string[] ReportExtensions = [".txt", ".json", JsonLinesFile.Extension, ".html", ".htm", ".docx", ".pdf"];

    /// <summary>Expands paths into the files to read: folders give their report files (<see cref="ReportExtensions"/>), sorted ordinally, walked by <see cref="FolderWalk"/> (no link loops, each file once).</summary>
    /// <exception cref="InputException">A path names nothing.</exception>
    public static InputExpansion Expand(IEnumerable<string> paths) => FolderWalk.Expand(paths, IsReportFile);

    /// <summary>
    /// Reads one input: a .json file as the wire format, any other regular file through
    /// <see cref="ReportDocument.Load(byte[], string?, DocumentLoadOptions?)"/> (text in UTF-8 or GBK, HTML, .docx, PDF),
    /// or standard input (<c>-</c>: JSON when it starts with <c>{</c>, else as a file), decoded as strictly as a file.
    /// FIFOs, devices and sockets are refused without being opened.
    /// </summary>
    /// <exception cref="InputException">The input is missing, not a regular file, unreadable, over the size limit or not text.</exception>
    public static ReportInput Load(string path, Func<Stream> openStandardInput, InputLimits limits)
    {
        if (path == "-")
        {
            return LoadStandardInput(openStandardInput, limits);
        }

        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing)
        {
            throw new InputException($"{path}: no such file", $"{path}：没有这个文件");
        }

        if (kind != FileKind.Regular)
        {
            throw new InputException($"{path}: {FileKinds.Describe(kind)}, not a regular file; only regular files are read", $"{path}：是{FileKinds.DescribeInChinese(kind)}，不是普通文件；只读取普通文件");
        }

        if (JsonLinesFile.IsJsonLines(path))
        {
            throw new InputException($"{path}: a JSON Lines file holds one report per line; give it to rol check or rol export", $"{path}：JSON Lines 文件每行一份报告；请交给 rol check 或 rol export");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > limits.MaxBytes)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: file is {length} bytes; {limits.SizeLimitText}"), string.Create(CultureInfo.InvariantCulture, $"{path}：文件有 {length} 字节；{limits.SizeLimitTextInChinese}"));
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            bytes = ReadBounded(stream, limits, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}", $"{path}：无法读取：{e.Message}", e);
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return Json(path, bytes);
        }

        return LoadDocument(path, bytes, limits);
    }

    private static ReportInput LoadStandardInput(Func<Stream> openStandardInput, InputLimits limits)
    {
        byte[] bytes;
        try
        {
            using var stream = openStandardInput();
            bytes = ReadBounded(stream, limits, "-");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            throw new InputException("-: cannot read standard input: " + e.Message.ReplaceLineEndings(" ").Trim(), "-：无法读取标准输入：" + e.Message.ReplaceLineEndings(" ").Trim(), e);
        }

        return LooksLikeJson(bytes) ? Json("-", bytes) : LoadDocument("-", bytes, limits);
    }

    /// <summary>Reads a stream to its end, refusing it once it passes the size limit (its length is not trusted: a file may grow, a pipe has none).</summary>
    private static byte[] ReadBounded(Stream stream, InputLimits limits, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{name}: input is more than {limits.MaxBytes} bytes; {limits.SizeLimitText}"), string.Create(CultureInfo.InvariantCulture, $"{name}：输入超过 {limits.MaxBytes} 字节；{limits.SizeLimitTextInChinese}"));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Loads a report file of any format the Documents package reads; a refusal or a byte invalid in the encoding used becomes one line naming the file.</summary>
    public static ReportInput LoadDocument(string path, byte[] bytes, InputLimits limits)
    {
        if (bytes.Length == 0)
        {
            // An empty file is an empty text: the reader says what it lacks (exit 1), as before documents were read.
            return new ReportInput(path, InputFormat.Text, string.Empty);
        }

        ReportDocument document;
        try
        {
            document = ReportDocument.Load(bytes, path == "-" ? null : Path.GetFileName(path), limits.DocumentOptions);
        }
        catch (DocumentLoadException e) when (e.Failure == DocumentLoadFailure.TooLarge)
        {
            throw new InputException($"{path}: {e.Message}; give --size-limit MIB to raise the limits", $"{path}：{e.GetMessage(MessageLanguage.Chinese)}；可用 --size-limit MIB 提高上限", e);
        }
        catch (DocumentLoadException e)
        {
            throw new InputException($"{path}: {e.Message}", $"{path}：{e.GetMessage(MessageLanguage.Chinese)}", e);
        }

        if (document.Encoding is { } encoding && document.Notes.FirstOrDefault(n => n.Code == DocumentNoteCodes.InvalidBytes) is { } invalid)
        {
            throw new InputException(
                $"{path}: not UTF-8 or {encoding.Name} text (invalid byte at offset {invalid.ByteOffset}); save it as UTF-8 and try again",
                $"{path}：不是 UTF-8 或 {encoding.Name} 文本（偏移 {invalid.ByteOffset} 处有无效字节）；请另存为 UTF-8 后再试");
        }

        return new ReportInput(path, InputFormat.Text, document.Text) { Document = document };
    }

    /// <summary>
    /// Makes a JSON input of bytes: kept as they are when they are UTF-8 without a byte order mark or a NUL byte (one
    /// vectorised pass each), else decoded by <see cref="Decode"/>, which strips the mark or names the bad byte.
    /// </summary>
    /// <exception cref="InputException">The bytes hold a NUL byte or are not UTF-8.</exception>
    public static ReportInput Json(string name, byte[] bytes) =>
        !bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) && !bytes.AsSpan().Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(bytes)
            ? ReportInput.OfUtf8Json(name, bytes)
            : new ReportInput(name, InputFormat.Json, Decode(name, bytes));

    /// <summary>Decodes UTF-8 (with or without BOM) strictly; binary content is refused with the offset of the first bad byte.</summary>
    public static string Decode(string name, byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var zero = bytes.AsSpan(start).IndexOf((byte)0);
        if (zero >= 0)
        {
            throw new InputException($"{name}: not a text file (NUL byte at offset {zero + start})", $"{name}：不是文本文件（偏移 {zero + start} 处有 NUL 字节）");
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"{name}: not UTF-8 text (invalid byte at offset {e.Index + start})", $"{name}：不是 UTF-8 文本（偏移 {e.Index + start} 处有无效字节）", e);
        }
    }

    private static bool IsReportFile(string path) =>
        ReportExtensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static bool LooksLikeJson(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        foreach (var b in bytes.AsSpan(start))
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b == (byte)'{';
            }
        }

        return false;
    }
}
