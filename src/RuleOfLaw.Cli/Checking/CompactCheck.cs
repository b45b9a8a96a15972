using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Cli.Checking;

/// <summary>
/// Cuts a check down to what a batch's output and the rules across reports need, so a batch of 100,000 reports does
/// not hold 100,000 reports: the report becomes its facts (<see cref="Facts"/>), the reader's result and the text go,
/// and the places findings can have are looked up once and kept (<see cref="ReportCheck.Locations"/>).
/// </summary>
internal static class CompactCheck
{
    /// <summary>Gets the check with its report reduced to its facts, no reader's result and no text, its places kept.</summary>
    public static ReportCheck Of(ReportCheck check)
    {
        var locations = check.Locator is { } locator ? Places(check, locator) : check.Locations;
        return check with { Report = check.Report is { } report ? Facts(report) : null, Read = null, Locator = null, Locations = locations };
    }

    /// <summary>
    /// Gets the facts of a report the rules across reports read and a batch prints: subject, year and title; the
    /// measures (heading, task areas) and plan items (heading) with the text they are matched by, their description or
    /// else their section's body, as the plan follow-through rule takes it; and the indicator values. Sections,
    /// shortcomings, quantities, publication, submissions and sign-off are left out; the document kind is kept.
    /// </summary>
    public static AnnualReport Facts(AnnualReport report)
    {
        var measures = ImmutableArray.CreateBuilder<Measure>(report.Measures.Length);
        foreach (var measure in report.Measures)
        {
            measures.Add(new Measure(measure.Heading, TextOf(measure.Description, measure.Section, report), measure.TaskAreas));
        }

        Plan? plan = null;
        if (report.Plan is { } full)
        {
            var items = ImmutableArray.CreateBuilder<PlanItem>(full.Items.Length);
            foreach (var item in full.Items)
            {
                items.Add(new PlanItem(item.Heading, TextOf(item.Description, item.Section, report)));
            }

            plan = new Plan(full.Year, items.MoveToImmutable());
        }

        return new AnnualReport(report.Subject, report.Year, report.Title, measures: measures.MoveToImmutable(), plan: plan, indicatorValues: report.IndicatorValues, documentKind: report.DocumentKind);
    }

    // The plan follow-through rule (ROL0025/ROL0026) reads a description, or the body of the section it was read from when empty.
    private static string TextOf(string description, string? section, AnnualReport report) =>
        description.Length > 0 ? description : report.SectionAt(section)?.Body ?? string.Empty;

    /// <summary>The places of the paths a finding about the report can have: its own findings', and those the rules across reports name.</summary>
    private static Dictionary<string, TextLocation?> Places(ReportCheck check, TextLocator locator)
    {
        var places = new Dictionary<string, TextLocation?>(System.StringComparer.Ordinal);
        void Add(string path) => places.TryAdd(path, locator.Locate(path));

        foreach (var issue in check.Findings.Issues)
        {
            Add(issue.Path);
        }

        if (check.Report is { } report)
        {
            Add(string.Empty);
            Add("Plan");
            for (var i = 0; i < (report.Plan?.Items.Length ?? 0); i++)
            {
                Add(string.Create(CultureInfo.InvariantCulture, $"Plan.Items[{i}]"));
            }

            for (var i = 0; i < report.IndicatorValues.Length; i++)
            {
                Add(string.Create(CultureInfo.InvariantCulture, $"IndicatorValues[{i}]"));
                if (report.IndicatorValues[i].Change is not null)
                {
                    Add(string.Create(CultureInfo.InvariantCulture, $"IndicatorValues[{i}].Change"));
                }
            }
        }

        return places;
    }
}
