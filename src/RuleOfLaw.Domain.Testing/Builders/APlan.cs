using System.Collections.Generic;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>Builds plans: <c>APlan.For(2021).WithItem("强化监督", "…").Build()</c>; one item (深入推进依法行政) by default.</summary>
/// <remarks>
/// <para>
/// Each step changes this builder and returns it: use one builder per plan, since a builder kept and reused carries
/// every earlier step. A builder is not thread-safe. <see cref="Build"/> may be called more than once; each call
/// returns a plan of the builder's current state, and so does the implicit conversion to <see cref="Plan"/>.
/// </para>
/// </remarks>
public sealed class APlan
{
    private readonly int _year;
    private readonly List<PlanItem> _items = new();

    private APlan(int year) => _year = year;

    /// <summary>Starts a plan for a year (a report's plan is for the report year + 1).</summary>
    /// <param name="year">The plan's year.</param>
    /// <returns>The builder.</returns>
    public static APlan For(int year) => new(year);

    /// <summary>Adds an item; the default item is used only when none is added.</summary>
    /// <param name="heading">The item's heading.</param>
    /// <param name="description">The item's description.</param>
    /// <param name="target">The item's target quantity, if any.</param>
    /// <returns>This builder.</returns>
    public APlan WithItem(string heading, string description = "", Quantity? target = null)
    {
        _items.Add(new PlanItem(heading, description, target));
        return this;
    }

    /// <summary>Builds the plan.</summary>
    /// <returns>The plan.</returns>
    /// <exception cref="System.ArgumentException">The year or an item breaks an invariant.</exception>
    public Plan Build() => new(ReportYear.Of(_year), _items.Count == 0 ? ImmutableArray.Create(new PlanItem("深入推进依法行政")) : _items.ToImmutableArray());

    /// <summary>Builds the plan.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator Plan(APlan builder)
    {
        System.ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }
}
