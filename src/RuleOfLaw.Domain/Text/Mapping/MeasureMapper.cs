using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>Maps the bottom-level sections under a measures heading onto measures that refer to their section.</summary>
internal static class MeasureMapper
{
    public static ImmutableArray<Measure> Map(ScannedText scanned, ReadNotes notes)
    {
        var measures = ImmutableArray.CreateBuilder<Measure>();
        foreach (var top in HeadingsOf(scanned, ReportPart.MeasuresAndResults))
        {
            foreach (var k in scanned.Leaves(top))
            {
                notes.Span(string.Create(CultureInfo.InvariantCulture, $"Measures[{measures.Count}]"), scanned.SectionSpan(k));
                measures.Add(new Measure(scanned.Outline[k].Title, section: scanned.Paths[k]));
            }
        }

        return measures.ToImmutable();
    }

    /// <summary>The sections whose own heading names a part, in order, without repeats.</summary>
    public static IEnumerable<int> HeadingsOf(ScannedText scanned, ReportPart part) =>
        scanned.Parts.Assignments.Where(a => a.Part == part && a.Evidence == PartEvidence.Heading).Select(a => a.SectionIndex).Distinct();
}
