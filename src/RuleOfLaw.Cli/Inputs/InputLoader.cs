using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using RuleOfLaw.Domain.Documents;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>Expands the PATH arguments of a command into report inputs and decodes them strictly.</summary>
internal static class InputLoader
{
    /// <summary>The largest input read, in bytes; larger files are refused rather than read into memory.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file extensions a folder is searched for: the report formats <see cref="ReportDocument.Load(byte[], string?, DocumentLoadOptions?)"/> reads, and JSON.</summary>
    public static readonly string[] ReportExtensions = [".txt", ".json", ".html", ".htm", ".docx", ".pdf"];

    /// <summary>Expands paths into the files to read: folders give their report files (<see cref="ReportExtensions"/>), sorted ordinally.</summary>
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

    /// <summary>Reads one input: a .json file as the wire format, any other file through <see cref="ReportDocument.Load(byte[], string?, DocumentLoadOptions?)"/> (text in UTF-8 or GBK, HTML, .docx, PDF), or standard input (<c>-</c>, format sniffed).</summary>
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

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new ReportInput(path, InputFormat.Json, Decode(path, bytes));
        }

        return LoadDocument(path, bytes);
    }

    /// <summary>Loads a report file of any format the Documents package reads; a refusal or a byte invalid in the encoding used becomes one line naming the file.</summary>
    public static ReportInput LoadDocument(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            // An empty file is an empty text: the reader says what it lacks (exit 1), as before documents were read.
            return new ReportInput(path, InputFormat.Text, string.Empty);
        }

        ReportDocument document;
        try
        {
            document = ReportDocument.Load(bytes, Path.GetFileName(path));
        }
        catch (DocumentLoadException e)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }

        if (document.Encoding is { } encoding && document.Notes.FirstOrDefault(n => n.Code == DocumentNoteCodes.InvalidBytes) is { } invalid)
        {
            throw new InputException($"{path}: not UTF-8 or {encoding.Name} text (invalid byte at offset {invalid.ByteOffset}); save it as UTF-8 and try again");
        }

        return new ReportInput(path, InputFormat.Text, document.Text) { Document = document };
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
        ReportExtensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

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
