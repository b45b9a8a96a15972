using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// Maps the shortcomings part onto shortcomings that refer to their section instead of copying its words: a subsection
/// each (stated by its heading), else a sentence each of the section's body, the sentences that give a cause (原因) being
/// the causes; a part merged into a sentence is that sentence. Sentences are ranges of the section's body.
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
                var sentence = TextSpans.Trim(scanned.Text, assignment.Span.Start, assignment.Span.End);
                // Sentences are trimmed and never empty, and headings are never blank, so nothing is skipped but a blank merged sentence.
                if (!sentence.IsEmpty)
                {
                    Add(shortcomings, notes, sentence, scanned.Paths[k], InBody(scanned, k, sentence), []);
                }

                continue;
            }

            var children = scanned.ChildrenOf(k);
            if (!children.IsEmpty)
            {
                foreach (var child in children)
                {
                    Add(shortcomings, notes, scanned.SectionSpan(child), scanned.Paths[child], null, Causes(scanned, child, TextSpans.Sentences(scanned.Text, scanned.Outline[child].BodySpan)));
                }

                continue;
            }

            var sentences = TextSpans.Sentences(scanned.Text, scanned.Outline[k].BodySpan);
            var causes = Causes(scanned, k, sentences);
            foreach (var sentence in sentences.Where(s => !IsCause(scanned, s)))
            {
                Add(shortcomings, notes, sentence, scanned.Paths[k], InBody(scanned, k, sentence), causes);
            }
        }

        return shortcomings.ToImmutable();
    }

    private static ImmutableArray<BodyRange> Causes(ScannedText scanned, int k, List<SourceSpan> sentences) =>
        [.. sentences.Where(s => IsCause(scanned, s)).Select(s => InBody(scanned, k, s))];

    private static bool IsCause(ScannedText scanned, SourceSpan sentence) =>
        scanned.Text.AsSpan(sentence.Start, sentence.Length).Contains("原因", StringComparison.Ordinal);

    /// <summary>Where a sentence of a section's body lies in that body, as the section's <see cref="Section.Body"/> counts.</summary>
    private static BodyRange InBody(ScannedText scanned, int k, SourceSpan sentence) =>
        new(sentence.Start - scanned.Outline[k].BodySpan.Start, sentence.Length);

    private static void Add(ImmutableArray<Shortcoming>.Builder shortcomings, ReadNotes notes, SourceSpan span, string section, BodyRange? statement, ImmutableArray<BodyRange> causes)
    {
        notes.Span(string.Create(CultureInfo.InvariantCulture, $"Shortcomings[{shortcomings.Count}]"), span);
        shortcomings.Add(new Shortcoming(string.Empty, section: section, statement: statement, causeStatements: causes));
    }
}
