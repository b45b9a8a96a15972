using System.Collections.Generic;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Tests.Builders;

/// <summary>Builds plans: <c>APlan.For(2021).WithItem("强化监督", "…").Build()</c>; one item by default.</summary>
public sealed class APlan
{
    private readonly int _year;
    private readonly List<PlanItem> _items = new();

    private APlan(int year) => _year = year;

    public static APlan For(int year) => new(year);

    public APlan WithItem(string heading, string description = "", Quantity? target = null)
    {
        _items.Add(new PlanItem(heading, description, target));
        return this;
    }

    public Plan Build() => new(ReportYear.Of(_year), _items.Count == 0 ? ImmutableArray.Create(new PlanItem("深入推进依法行政")) : _items.ToImmutableArray());

    public static implicit operator Plan(APlan builder) => builder.Build();
}
