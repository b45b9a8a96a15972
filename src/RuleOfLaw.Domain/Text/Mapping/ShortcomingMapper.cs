using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// Maps the shortcomings part onto shortcomings, each naming its section: a subsection each, else a sentence each, the
/// sentences that give a cause (原因) being the causes; a part merged into a sentence is that sentence.
/// </summary>
internal static class ShortcomingMapper
{
    public static ImmutableArray<Shortcoming> Map(ScannedText scanned, ReadNotes notes)
    {
        var shortcomings = ImmutableArray.CreateBuilder<Shortcoming>();
        foreach (var assignment in scanned.Parts.Assignments.Where(a => a.Part == ReportPart.ShortcomingsAndCauses))
        {
            var k = assignment.SectionIndex;
            if (assignment.Evidence == PartEvidence.MergedSentence)
            {
                Add(shortcomings, notes, scanned.Slice(assignment.Span).Trim(), [], assignment.Span, scanned.Paths[k]);
                continue;
            }

            var children = scanned.ChildrenOf(k);
            if (!children.IsEmpty)
            {
                foreach (var child in children)
                {
                    Add(shortcomings, notes, scanned.Outline[child].Title, Causes(scanned, scanned.Outline[child].BodySpan), scanned.SectionSpan(child), scanned.Paths[child]);
                }

                continue;
            }

            var sentences = TextSpans.Sentences(scanned.Text, scanned.Outline[k].BodySpan);
            var causes = Causes(scanned, scanned.Outline[k].BodySpan);
            foreach (var sentence in sentences.Where(s => !IsCause(scanned, s)))
            {
                Add(shortcomings, notes, scanned.Slice(sentence), causes, sentence, scanned.Paths[k]);
            }
        }

        return shortcomings.ToImmutable();
    }

    private static ImmutableArray<string> Causes(ScannedText scanned, SourceSpan body) =>
        [.. TextSpans.Sentences(scanned.Text, body).Where(s => IsCause(scanned, s)).Select(scanned.Slice)];

    private static bool IsCause(ScannedText scanned, SourceSpan sentence) =>
        scanned.Text.AsSpan(sentence.Start, sentence.Length).Contains("原因", StringComparison.Ordinal);

    private static void Add(ImmutableArray<Shortcoming>.Builder shortcomings, ReadNotes notes, string description, ImmutableArray<string> causes, SourceSpan span, string section)
    {
        // Sentences are trimmed and never empty, and headings are never blank, so nothing is skipped here but a blank merged sentence.
        if (string.IsNullOrWhiteSpace(description))
        {
            return;
        }

        notes.Span(string.Create(CultureInfo.InvariantCulture, $"Shortcomings[{shortcomings.Count}]"), span);
        shortcomings.Add(new Shortcoming(description, [.. causes.Where(c => !string.IsNullOrWhiteSpace(c))], section));
    }
}
