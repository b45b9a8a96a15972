using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>One record of a JSON Lines file: where it is and its bytes, or why it was not kept.</summary>
/// <param name="Line">The line number, from 1.</param>
/// <param name="Utf8">The line's bytes without its line break (a trailing <c>\r</c> dropped), or null when <paramref name="Problem"/> says why not.</param>
/// <param name="Problem">Why the line was not kept (over the size limit), or null.</param>
/// <param name="ChineseProblem">The same in Chinese, or null.</param>
internal sealed record JsonLine(int Line, byte[]? Utf8, string? Problem, string? ChineseProblem = null);

/// <summary>
/// Reads a <c>.jsonl</c> file (JSON Lines, one report per line) lazily, one line at a time; blank lines are skipped.
/// </summary>
/// <remarks>
/// The library's <c>RuleOfLawJson.Report.ReadLinesAsync</c> decodes each line as it reads it and ends at the first bad
/// one; a batch wants the lines decoded on every core and each bad line reported while the others are checked, so
/// this reader only splits lines and each line is decoded as its own input. The size limit applies to each line, not
/// to the file, and a longer line is skipped without being held in memory.
/// </remarks>
internal static class JsonLinesFile
{
    /// <summary>The file extension of JSON Lines files.</summary>
    public const string Extension = ".jsonl";

    /// <summary>Gets whether a path names a JSON Lines file (by its extension).</summary>
    public static bool IsJsonLines(string path) => path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks that a JSON Lines file can be opened: a regular file that exists.</summary>
    /// <exception cref="InputException">The path names nothing or not a regular file.</exception>
    public static void Require(string path)
    {
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing)
        {
            throw new InputException($"{path}: no such file", $"{path}：没有这个文件");
        }

        if (kind != FileKind.Regular)
        {
            throw new InputException($"{path}: {FileKinds.Describe(kind)}, not a regular file; only regular files are read", $"{path}：是{FileKinds.DescribeInChinese(kind)}，不是普通文件；只读取普通文件");
        }
    }

    /// <summary>Enumerates the non-blank lines of a file, each at most <see cref="InputLimits.MaxBytes"/> long.</summary>
    /// <exception cref="InputException">The file cannot be opened or read (thrown while enumerating).</exception>
    public static IEnumerable<JsonLine> Read(string path, InputLimits limits)
    {
        Require(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}", $"{path}：无法读取：{e.Message}", e);
        }

        using (stream)
        {
            foreach (var line in Split(stream, path, limits))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<JsonLine> Split(Stream stream, string path, InputLimits limits)
    {
        var chunk = new byte[1 << 16];
        var current = new MemoryStream();
        var number = 1;
        var tooLong = false;
        while (true)
        {
            int read;
            try
            {
                read = stream.Read(chunk, 0, chunk.Length);
            }
            catch (IOException e)
            {
                throw new InputException($"{path}: cannot read: {e.Message}", $"{path}：无法读取：{e.Message}", e);
            }

            var start = 0;
            for (var i = read == 0 ? -1 : Array.IndexOf(chunk, (byte)'\n', 0, read); ; i = Array.IndexOf(chunk, (byte)'\n', start, read - start))
            {
                var end = i < 0 ? read : i;
                if (!tooLong)
                {
                    if (current.Length + (end - start) > limits.MaxBytes)
                    {
                        tooLong = true;
                        current.SetLength(0);
                    }
                    else
                    {
                        current.Write(chunk, start, end - start);
                    }
                }

                if (i < 0)
                {
                    break;
                }

                if (Finish(current, number, tooLong, limits) is { } line)
                {
                    yield return line;
                }

                number++;
                tooLong = false;
                current.SetLength(0);
                start = i + 1;
            }

            if (read == 0)
            {
                if (Finish(current, number, tooLong, limits) is { } last)
                {
                    yield return last;
                }

                yield break;
            }
        }
    }

    private static JsonLine? Finish(MemoryStream current, int number, bool tooLong, InputLimits limits)
    {
        if (tooLong)
        {
            return new JsonLine(
                number,
                null,
                string.Create(CultureInfo.InvariantCulture, $"the line is more than {limits.MaxBytes} bytes; {limits.SizeLimitText}"),
                string.Create(CultureInfo.InvariantCulture, $"该行超过 {limits.MaxBytes} 字节；{limits.SizeLimitTextInChinese}"));
        }

        var bytes = current.GetBuffer().AsSpan(0, (int)current.Length);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return bytes.IndexOfAnyExcept(" \t\r"u8) < 0 ? null : new JsonLine(number, bytes.ToArray(), null);
    }
}
