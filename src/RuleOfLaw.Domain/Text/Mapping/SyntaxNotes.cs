namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// The notes on how the text was read, before any mapping: uncertain headings, unmapped and nested sections,
/// unclassified numbers. Facts about the report's content (a missing or merged part, an inconsistent rate) are not
/// notes: validation reports them (ROL0001, ROL0017, ROL0011/ROL0022/ROL0023) and the syntax result holds the
/// parts and every rate mention's verdict, so each fact is said once.
/// </summary>
internal static class SyntaxNotes
{
    public static void Write(ScannedText scanned, ReadNotes notes)
    {
        // These may come once a heading or once a number: past the limit a note is only counted (see ReadNotes.Counts).
        foreach (var entry in scanned.Outline)
        {
            if (entry.IsTitleBoundaryUncertain && notes.Counts(ReadDiagnosticCodes.UncertainHeadingBoundary, entry.TitleSpan))
            {
                notes.List(ReadDiagnosticCodes.UncertainHeadingBoundary, entry.TitleSpan, entry.Marker, entry.Title);
            }
        }

        foreach (var k in scanned.Parts.UnmappedSections)
        {
            if (notes.Counts(ReadDiagnosticCodes.UnmappedSection, scanned.Outline[k].TitleSpan))
            {
                notes.List(ReadDiagnosticCodes.UnmappedSection, scanned.Outline[k].TitleSpan, scanned.Outline[k].Marker, scanned.Outline[k].Title);
            }
        }

        foreach (var assignment in scanned.Parts.Assignments)
        {
            if (assignment.Evidence == PartEvidence.Nested && notes.Counts(ReadDiagnosticCodes.NestedPart, assignment.Span))
            {
                var parent = scanned.Parents[assignment.SectionIndex];
                notes.List(ReadDiagnosticCodes.NestedPart, assignment.Span, (int)assignment.Part, RuleOfLaw.Domain.Validation.DisplayNames.Of(assignment.Part, RuleOfLaw.Domain.MessageLanguage.English), parent >= 0 ? scanned.Outline[parent].Title : string.Empty);
            }
        }

        foreach (var span in scanned.Unclassified)
        {
            if (notes.Counts(ReadDiagnosticCodes.UnclassifiedNumber, span))
            {
                notes.List(ReadDiagnosticCodes.UnclassifiedNumber, span, scanned.Slice(span));
            }
        }

        foreach (var span in scanned.IllFormed)
        {
            if (notes.Counts(ReadDiagnosticCodes.IllFormedNumeral, span))
            {
                notes.List(ReadDiagnosticCodes.IllFormedNumeral, span, scanned.Slice(span));
            }
        }
    }

    /// <summary>Records where the header's fields, the breadcrumb and the preamble are.</summary>
    public static void HeaderSpans(ScannedText scanned, ReadNotes notes)
    {
        var header = scanned.Header;
        notes.Span("Title", header.TitleSpan);
        notes.Span("Year", header.ReportYearSpan);
        notes.Span("Publication.PublishedAt", header.PublishedAtSpan);
        notes.Span("Publication.InformationSource", header.InformationSourceSpan);
        notes.Span("SignOff.Signer", header.IssuerSpan);
        notes.Span("SignOff.Date", header.SignedOnSpan);
        notes.Span("Breadcrumb", header.BreadcrumbSpan);
        if (!scanned.Preamble.IsEmpty)
        {
            notes.Span("Preamble", scanned.Preamble);
        }
    }
}
