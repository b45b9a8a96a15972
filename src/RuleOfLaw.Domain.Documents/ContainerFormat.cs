namespace RuleOfLaw.Domain.Documents;

/// <summary>The kind of file a report was read from.</summary>
public enum ContainerFormat
{
    /// <summary>Plain text, in whatever encoding <see cref="ReportDocument.Encoding"/> names.</summary>
    PlainText,

    /// <summary>An HTML page, such as a government site's article page.</summary>
    Html,

    /// <summary>A Word document in Office Open XML (.docx).</summary>
    Docx,

    /// <summary>A PDF file with a text layer.</summary>
    Pdf,
}
