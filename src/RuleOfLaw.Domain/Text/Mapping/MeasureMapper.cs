using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>Maps the bottom-level sections under a measures heading onto measures that refer to their section.</summary>
internal static class MeasureMapper
{
    public static ImmutableArray<Measure> Map(ScannedText scanned, ReadNotes notes)
    {
        // The leaves are gathered first, so the measures go into an array of their number, handed over as it is.
        var leaves = new List<List<int>>();
        var count = 0;
        foreach (var top in HeadingsOf(scanned, ReportPart.MeasuresAndResults))
        {
            leaves.Add(scanned.Leaves(top));
            count += leaves[^1].Count;
        }

        var measures = ImmutableArray.CreateBuilder<Measure>(count);
        foreach (var under in leaves)
        {
            foreach (var k in under)
            {
                notes.Span(null, SpanStep.Measures, measures.Count, scanned.SectionSpan(k));
                measures.Add(new Measure(scanned.Outline[k].Title, section: scanned.Paths[k]));
            }
        }

        return measures.MoveToImmutable();
    }

    /// <summary>The sections whose own heading names a part, in order, without repeats.</summary>
    public static IEnumerable<int> HeadingsOf(ScannedText scanned, ReportPart part) =>
        scanned.Parts.Assignments.Where(a => a.Part == part && a.Evidence == PartEvidence.Heading).Select(a => a.SectionIndex).Distinct();
}
