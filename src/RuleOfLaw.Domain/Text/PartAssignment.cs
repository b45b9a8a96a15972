using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>One part of the report found in the text.</summary>
/// <param name="Part">The part.</param>
/// <param name="SectionIndex">The index of the outline entry that holds it.</param>
/// <param name="Evidence">How the text shows it.</param>
/// <param name="Span">The heading, or the sentence, that shows it.</param>
internal sealed record PartAssignment(ReportPart Part, int SectionIndex, PartEvidence Evidence, SourceSpan Span);
