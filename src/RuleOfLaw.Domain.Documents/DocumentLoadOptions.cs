using System;

namespace RuleOfLaw.Domain.Documents;

/// <summary>The limits that keep loading any file bounded in memory and time.</summary>
/// <remarks>
/// The defaults bound a load to about 32 MiB of input, 64 MiB of expanded content (the entries of a .docx, or the Flate-compressed text, font and object streams of a PDF) and 4 million characters of
/// text; a file over a limit is refused with <see cref="DocumentLoadFailure.TooLarge"/> or
/// <see cref="DocumentLoadFailure.TooComplex"/>, never read in part.
/// </remarks>
public sealed record DocumentLoadOptions
{
    private readonly long maxInputBytes = 32L * 1024 * 1024;
    private readonly long maxExpandedBytes = 64L * 1024 * 1024;
    private readonly int maxZipEntries = 2_000;
    private readonly int maxPages = 2_000;
    private readonly int maxHtmlDepth = 1_000;
    private readonly int maxTextLength = 4_000_000;

    /// <summary>Gets the default limits.</summary>
    public static DocumentLoadOptions Default { get; } = new();

    /// <summary>Gets the largest file read, in bytes (default 32 MiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxInputBytes { get => maxInputBytes; init => maxInputBytes = Positive(value); }

    /// <summary>
    /// Gets the most bytes the entries of a .docx, or the Flate-compressed streams of a PDF other than images, may expand
    /// to, all together (default 64 MiB): a ZIP bomb or a PDF bomb is refused before it is inflated in memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxExpandedBytes { get => maxExpandedBytes; init => maxExpandedBytes = Positive(value); }

    /// <summary>Gets the most entries a .docx may hold (default 2,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxZipEntries { get => maxZipEntries; init => maxZipEntries = (int)Positive(value); }

    /// <summary>Gets the most pages read from a PDF (default 2,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxPages { get => maxPages; init => maxPages = (int)Positive(value); }

    /// <summary>Gets the deepest element nesting accepted in HTML (default 1,000; real pages stay under 100).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxHtmlDepth { get => maxHtmlDepth; init => maxHtmlDepth = (int)Positive(value); }

    /// <summary>Gets the longest text produced, in UTF-16 code units (default 4,000,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxTextLength { get => maxTextLength; init => maxTextLength = (int)Positive(value); }

    private static long Positive(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        return value;
    }
}
