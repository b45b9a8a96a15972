using System.Collections.Immutable;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>The parts of the report found in its outline, the required parts not found, and the sections mapped to no part.</summary>
/// <param name="Assignments">The parts found, in document order.</param>
/// <param name="Missing">The required parts (1 to 4) the text shows nowhere; part 5 may be absent.</param>
/// <param name="UnmappedSections">Indexes of top-level outline entries whose heading names no part.</param>
internal sealed record PartMap(ImmutableArray<PartAssignment> Assignments, ImmutableArray<ReportPart> Missing, ImmutableArray<int> UnmappedSections);
