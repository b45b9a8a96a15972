using System;
using System.Collections.Immutable;
using System.Text;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V1: parts 1–4 are present and not empty (part 5 may be empty); a section that carries several parts is noted.</summary>
/// <remarks>
/// Source: 厅字〔2019〕28号, the five items of the annual report. A part is present when some section of the outline
/// covers it, and not empty when one such section has a body or subsections. Real reports nest and merge parts:
/// nesting is fine, merging is reported as information (<see cref="ValidationCodes.PartsMerged"/>).
/// </remarks>
internal sealed class RequiredPartsRule : IValidationRule<AnnualReport>
{
    private const int RequiredParts = 4;
    private static readonly DiagnosticDescriptor Missing = ValidationCodes.Describe(ValidationCodes.RequiredPartMissing);
    private static readonly DiagnosticDescriptor Merged = ValidationCodes.Describe(ValidationCodes.PartsMerged);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Missing) || ruleSet.IsEnabled(Merged);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        // Bit (part - 1) of `covered` is set when a section covers the part, of `filled` when one also has content.
        var covered = 0;
        var filled = 0;
        Span<int> indices = stackalloc int[Section.MaxLevel + 1];
        Walk(subject.Sections, indices, 0, ref covered, ref filled, context);

        for (var part = 1; part <= RequiredParts; part++)
        {
            var bit = 1 << (part - 1);
            if ((filled & bit) != 0)
            {
                continue;
            }

            var path = (covered & bit) == 0 ? "Sections" : SectionPaths.FirstCovering(subject.Sections, (ReportPart)part) ?? "Sections";
            context.Report(Missing, path, Name((ReportPart)part));
        }
    }

    private static void Walk(ImmutableArray<Section> sections, Span<int> indices, int depth, ref int covered, ref int filled, ValidationContext context)
    {
        for (var i = 0; i < sections.Length; i++)
        {
            var section = sections[i];
            indices[depth] = i;
            var hasContent = !section.Children.IsEmpty || !string.IsNullOrWhiteSpace(section.Body);
            foreach (var part in section.Parts)
            {
                var bit = 1 << ((int)part - 1);
                covered |= bit;
                filled |= hasContent ? bit : 0;
            }

            if (section.Parts.Length > 1)
            {
                context.Report(Merged, SectionPaths.Format(indices[..(depth + 1)]), Names(section.Parts));
            }

            Walk(section.Children, indices, depth + 1, ref covered, ref filled, context);
        }
    }

    private static string Name(ReportPart part) => part switch
    {
        ReportPart.MeasuresAndResults => "1 (measures and results)",
        ReportPart.ShortcomingsAndCauses => "2 (shortcomings and causes)",
        ReportPart.FirstResponsiblePersonDuties => "3 (first responsible person's duties)",
        ReportPart.NextYearArrangements => "4 (next year's arrangements)",
        _ => "5 (other matters)",
    };

    private static string Names(ImmutableArray<ReportPart> parts)
    {
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            numbers[i] = (int)parts[i];
        }

        Array.Sort(numbers);
        var text = new StringBuilder();
        for (var i = 0; i < numbers.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : i == numbers.Length - 1 ? " and " : ", ").Append(numbers[i]);
        }

        return text.ToString();
    }
}
