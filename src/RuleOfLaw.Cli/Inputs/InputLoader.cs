using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>Expands the PATH arguments of a command into report inputs and decodes them strictly.</summary>
internal static class InputLoader
{
    /// <summary>The largest input read, in bytes; larger files are refused rather than read into memory.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Expands paths into the files to read: folders give their .txt and .json files, sorted ordinally.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                result.Add(path);
            }
            else if (Directory.Exists(path))
            {
                result.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsReportFile)
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                result.Add(path);
            }
            else
            {
                throw new InputException($"{path}: no such file or folder");
            }
        }

        return result;
    }

    /// <summary>Reads one input: a file (by extension; anything but .json is text) or standard input (<c>-</c>, format sniffed).</summary>
    public static ReportInput Load(string path, TextReader standardInput)
    {
        if (path == "-")
        {
            var text = standardInput.ReadToEnd();
            return new ReportInput("-", LooksLikeJson(text) ? InputFormat.Json : InputFormat.Text, text);
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                throw new InputException($"{path}: file is {info.Length} bytes; the limit is {MaxBytes} bytes");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}", e);
        }

        var content = Decode(path, bytes);
        var format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? InputFormat.Json : InputFormat.Text;
        return new ReportInput(path, format, content);
    }

    /// <summary>Decodes UTF-8 (with or without BOM) strictly; binary content is refused with the offset of the first bad byte.</summary>
    public static string Decode(string name, byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var zero = bytes.AsSpan(start).IndexOf((byte)0);
        if (zero >= 0)
        {
            throw new InputException($"{name}: not a text file (NUL byte at offset {zero + start})");
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"{name}: not UTF-8 text (invalid byte at offset {e.Index + start})", e);
        }
    }

    private static bool IsReportFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{';
            }
        }

        return false;
    }
}
