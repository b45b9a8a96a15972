using System.Collections.Immutable;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Documents;

/// <summary>A report document read by <see cref="ReportTextReader"/> with what its container states: the reader's result and the loader's notes.</summary>
/// <remarks>Equality is by reference; there is no order.</remarks>
public sealed class DocumentReadResult
{
    internal DocumentReadResult(ReportDocument document, ReadOptions options, ReportReadResult read, ImmutableArray<DocumentNote> notes)
    {
        Document = document;
        Options = options;
        Read = read;
        Notes = notes;
    }

    /// <summary>Gets the document that was read.</summary>
    public ReportDocument Document { get; }

    /// <summary>Gets the options the text was read with: the caller's, with the container's metadata as hints (and the report year from the container's title when the text states none).</summary>
    public ReadOptions Options { get; }

    /// <summary>Gets the reader's result.</summary>
    public ReportReadResult Read { get; }

    /// <summary>Gets the loader's notes (<see cref="ReportDocument.Notes"/>) followed by one <see cref="DocumentNoteCodes.ContainerDisagrees"/> note for each fact the container and the text state differently, or the container decided.</summary>
    public ImmutableArray<DocumentNote> Notes { get; }
}
