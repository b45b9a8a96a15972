using System.Linq;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>The notes on what the text itself says, before any mapping: uncertain headings, the parts, unclassified numbers, inconsistent rates.</summary>
internal static class SyntaxNotes
{
    public static void Write(ScannedText scanned, ReadNotes notes)
    {
        foreach (var entry in scanned.Outline.Where(e => e.IsTitleBoundaryUncertain))
        {
            notes.Note(ReadDiagnosticCodes.UncertainHeadingBoundary, "heading \"{0}{1}\" runs into its body with no stop; its end was judged", entry.TitleSpan, entry.Marker, entry.Title);
        }

        foreach (var k in scanned.Parts.UnmappedSections)
        {
            notes.Note(ReadDiagnosticCodes.UnmappedSection, "section \"{0}{1}\" names none of the five report parts", scanned.Outline[k].TitleSpan, scanned.Outline[k].Marker, scanned.Outline[k].Title);
        }

        foreach (var part in scanned.Parts.Missing)
        {
            notes.Note(ReadDiagnosticCodes.MissingPart, "the report has no section or sentence for part {0} ({1})", null, (int)part, part);
        }

        foreach (var assignment in scanned.Parts.Assignments)
        {
            if (assignment.Evidence == PartEvidence.MergedSentence)
            {
                notes.Note(ReadDiagnosticCodes.MergedPart, "part {0} ({1}) has no section of its own: it is a sentence of section \"{2}\"", assignment.Span, (int)assignment.Part, assignment.Part, scanned.Outline[assignment.SectionIndex].Title);
            }
            else if (assignment.Evidence == PartEvidence.Nested)
            {
                var parent = scanned.Parents[assignment.SectionIndex];
                notes.Note(ReadDiagnosticCodes.NestedPart, "part {0} ({1}) is nested in section \"{2}\"", assignment.Span, (int)assignment.Part, assignment.Part, parent >= 0 ? scanned.Outline[parent].Title : string.Empty);
            }
        }

        foreach (var span in scanned.Unclassified)
        {
            notes.Note(ReadDiagnosticCodes.UnclassifiedNumber, "the number {0} has no unit and is not a year, date, list number or name", span, scanned.Slice(span));
        }

        foreach (var mention in scanned.Rates.Where(m => m.IsConsistent == false))
        {
            notes.Note(ReadDiagnosticCodes.InconsistentRate, "{0} is printed as {1}% but the stated counts give {2} of {3}", mention.Figure is { } f ? SourceSpan.FromBounds(f.Start, f.End) : mention.Span, mention.Code, mention.Figure?.Value, mention.NumeratorValue, mention.DenominatorValue);
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
