using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>Builds measures: <c>AMeasure.Titled("简政放权").InArea(area).WithResults(AQuantity.Of(111, "项")).Build()</c>.</summary>
/// <remarks>
/// <para>By default a measure has an empty description, no task area and no results.</para>
/// <para>
/// Each step changes this builder and returns it: use one builder per measure, since a builder kept and reused carries
/// every earlier step. A builder is not thread-safe. <see cref="Build"/> may be called more than once; each call
/// returns a measure of the builder's current state, and so does the implicit conversion to <see cref="Measure"/>.
/// </para>
/// </remarks>
public sealed class AMeasure
{
    private readonly string _heading;
    private string _description = string.Empty;
    private readonly List<TaskArea> _areas = new();
    private readonly List<Quantity> _results = new();

    private AMeasure(string heading) => _heading = heading;

    /// <summary>Starts a measure with a heading.</summary>
    /// <param name="heading">The measure's heading.</param>
    /// <returns>The builder.</returns>
    public static AMeasure Titled(string heading) => new(heading);

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public AMeasure Describing(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds task areas.</summary>
    /// <param name="areas">The areas.</param>
    /// <returns>This builder.</returns>
    public AMeasure InArea(params TaskArea[] areas)
    {
        _areas.AddRange(areas);
        return this;
    }

    /// <summary>Adds results from quantity builders.</summary>
    /// <param name="results">The results.</param>
    /// <returns>This builder.</returns>
    public AMeasure WithResults(params AQuantity[] results)
    {
        _results.AddRange(results.Select(result => result.Build()));
        return this;
    }

    /// <summary>Adds results.</summary>
    /// <param name="results">The results.</param>
    /// <returns>This builder.</returns>
    public AMeasure WithResults(params Quantity[] results)
    {
        _results.AddRange(results);
        return this;
    }

    /// <summary>Builds the measure.</summary>
    /// <returns>The measure.</returns>
    /// <exception cref="System.ArgumentException">A value breaks an invariant of <see cref="Measure"/>.</exception>
    public Measure Build() => new(_heading, _description, _areas.ToImmutableArray(), _results.ToImmutableArray());

    /// <summary>Builds the measure.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator Measure(AMeasure builder)
    {
        System.ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }
}
