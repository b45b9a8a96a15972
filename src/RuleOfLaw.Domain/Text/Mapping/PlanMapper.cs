using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// Maps the subsections of the first next-year heading onto plan items that refer to their section, each naming the first
/// percentage, count or sum in it as its target by the quantity's path (<c>Sections[2].Children[0].Quantities[0]</c>), not a copy.
/// </summary>
internal static class PlanMapper
{
    public static Plan? Map(ScannedText scanned, ReportYear planYear, QuantityPaths quantityPaths, ReadNotes notes)
    {
        if (MeasureMapper.HeadingsOf(scanned, ReportPart.NextYearArrangements).Cast<int?>().FirstOrDefault() is not { } k)
        {
            return null;
        }

        var children = scanned.ChildrenOf(k);
        var items = ImmutableArray.CreateBuilder<PlanItem>(children.Length);
        foreach (var child in children)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"Plan.Items[{items.Count}]");
            notes.Span(path, scanned.SectionSpan(child));
            string? target = null;
            foreach (var i in scanned.QuantitiesIn(scanned.Outline[child].TitleSpan.Start, scanned.Outline[child].ContentEnd))
            {
                if (scanned.Quantities[i].Kind is QuantityKind.Percent or QuantityKind.Count or QuantityKind.Money)
                {
                    notes.Span(path + ".TargetPath", new SourceSpan(scanned.Quantities[i].Start, scanned.Quantities[i].Length));
                    // A quantity inside a section is the section's (or a subsection's); the path is a bug's only if missing.
                    target = quantityPaths[i] ?? throw new InvalidOperationException("quantity " + i.ToString(CultureInfo.InvariantCulture) + " lies in a plan item yet no section holds it");
                    break;
                }
            }

            items.Add(new PlanItem(scanned.Outline[child].Title, section: scanned.Paths[child], targetPath: target));
        }

        return new Plan(planYear, items.MoveToImmutable());
    }
}
