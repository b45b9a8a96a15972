namespace RuleOfLaw.Domain.Documents;

/// <summary>The stable codes of <see cref="DocumentNote"/>.</summary>
public static class DocumentNoteCodes
{
    /// <summary>Bytes invalid in the chosen encoding were replaced by U+FFFD; the note gives their offset.</summary>
    public const string InvalidBytes = "ROLDOC001";

    /// <summary>The document declares a charset that its bytes contradict or that is unknown, and another was used.</summary>
    public const string DeclaredCharsetNotUsed = "ROLDOC002";

    /// <summary>The HTML page has none of the known article containers; the densest text block was taken as the body.</summary>
    public const string BodyGuessed = "ROLDOC003";

    /// <summary>Where the HTML body was taken from (a known CMS container).</summary>
    public const string BodyContainer = "ROLDOC004";

    /// <summary>Two statements of the container about the same fact disagree (for example the article title meta tag and the page heading).</summary>
    public const string MetadataDisagrees = "ROLDOC005";

    /// <summary>Page headers, footers or page numbers were dropped from a PDF.</summary>
    public const string PageFurnitureDropped = "ROLDOC006";

    /// <summary>A list number format the loader does not render was shown as an Arabic number.</summary>
    public const string NumberingFormatApproximated = "ROLDOC007";

    /// <summary>Content the loader leaves out on purpose (Word headers, footers, footnotes, text boxes, tracked deletions) was present.</summary>
    public const string ContentLeftOut = "ROLDOC008";

    /// <summary>A metadata value the container states could not be understood (such as an unparseable publication time).</summary>
    public const string MetadataUnreadable = "ROLDOC009";

    /// <summary>What the container states differs from what the text states (the text's word is kept), or the container's word replaced a guess from the text (the report year).</summary>
    public const string ContainerDisagrees = "ROLDOC010";
}
