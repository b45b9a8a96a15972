using System;
using System.Text;

namespace RuleOfLaw.Review.Model;

/// <summary>One file the reviewer dropped or picked: its name and its bytes, exactly as the browser gave them.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Bytes">The file's content.</param>
public sealed record ReviewInput(string Name, byte[] Bytes)
{
    /// <summary>The largest file the page reads, in bytes (as the CLI: 32 MiB).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Gets whether the file is the package's JSON wire format (by its extension); anything else is read as published text.</summary>
    public bool IsJson => Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Decodes the bytes as UTF-8 (with or without BOM); returns <see langword="null"/> and one line in Chinese saying why when they are not text.</summary>
    /// <param name="error">Why the file is not UTF-8 text, naming the offset of the first bad byte.</param>
    /// <returns>The text, or <see langword="null"/>.</returns>
    public string? TryDecode(out string? error)
    {
        var start = Bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var zero = Bytes.AsSpan(start).IndexOf((byte)0);
        if (zero >= 0)
        {
            error = Texts.Format("不是文本文件(偏移 {0} 处有 NUL 字节)", zero + start);
            return null;
        }

        try
        {
            error = null;
            return StrictUtf8.GetString(Bytes, start, Bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            error = Texts.Format("不是 UTF-8 文本(偏移 {0} 处字节无效);请另存为 UTF-8 后再试", e.Index + start);
            return null;
        }
    }
}
