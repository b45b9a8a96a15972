using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Tests.Builders;

/// <summary>Builds measures: <c>AMeasure.Titled("简政放权").InArea(area).WithResults(AQuantity.Of(111, "项")).Build()</c>.</summary>
public sealed class AMeasure
{
    private readonly string _heading;
    private string _description = string.Empty;
    private readonly List<TaskArea> _areas = new();
    private readonly List<Quantity> _results = new();

    private AMeasure(string heading) => _heading = heading;

    public static AMeasure Titled(string heading) => new(heading);

    public AMeasure Describing(string description)
    {
        _description = description;
        return this;
    }

    public AMeasure InArea(params TaskArea[] areas)
    {
        _areas.AddRange(areas);
        return this;
    }

    public AMeasure WithResults(params AQuantity[] results)
    {
        _results.AddRange(results.Select(result => result.Build()));
        return this;
    }

    public AMeasure WithResults(params Quantity[] results)
    {
        _results.AddRange(results);
        return this;
    }

    public Measure Build() => new(_heading, _description, _areas.ToImmutableArray(), _results.ToImmutableArray());

    public static implicit operator Measure(AMeasure builder) => builder.Build();
}
