namespace RuleOfLaw.Domain.Documents;

/// <summary>Why <see cref="ReportDocument.Load(byte[], string?, DocumentLoadOptions?)"/> refused a file.</summary>
public enum DocumentLoadFailure
{
    /// <summary>The file is of a kind the loader does not read (.doc, .wps, .ofd, an image, a spreadsheet, …); the message says how to convert it.</summary>
    UnsupportedFormat,

    /// <summary>The file is truncated or damaged.</summary>
    Damaged,

    /// <summary>The file is encrypted or password-protected.</summary>
    Encrypted,

    /// <summary>The file, its expanded content or its text exceeds a limit of <see cref="DocumentLoadOptions"/>.</summary>
    TooLarge,

    /// <summary>The file's structure exceeds a limit (HTML nesting depth, number of ZIP entries).</summary>
    TooComplex,

    /// <summary>The file has no text to read: a page without body text, a scanned PDF without a text layer, an empty file.</summary>
    NoText,

    /// <summary>The file is binary where text was expected.</summary>
    NotText,
}
