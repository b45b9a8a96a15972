using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>Maps the subsections of the first next-year heading onto plan items that refer to their section, with the first percentage, count or sum in each as its target.</summary>
internal static class PlanMapper
{
    public static Plan? Map(ScannedText scanned, ReportYear planYear, ReadNotes notes)
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
            Quantity? target = null;
            foreach (var i in scanned.QuantitiesIn(scanned.Outline[child].TitleSpan.Start, scanned.Outline[child].ContentEnd))
            {
                if (scanned.Quantities[i].Kind is QuantityKind.Percent or QuantityKind.Count or QuantityKind.Money)
                {
                    notes.Span(path + ".Target", new SourceSpan(scanned.Quantities[i].Start, scanned.Quantities[i].Length));
                    target = scanned.Syntax.Quantities[i].Quantity;
                    break;
                }
            }

            items.Add(new PlanItem(scanned.Outline[child].Title, target: target, section: scanned.Paths[child]));
        }

        return new Plan(planYear, items.MoveToImmutable());
    }
}
