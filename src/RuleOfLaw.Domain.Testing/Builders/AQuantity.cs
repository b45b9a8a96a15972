using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>Builds quantities: <c>AQuantity.Of(100, "个").MoreThan().Build()</c>; exact counts without a scale word by default.</summary>
/// <remarks>
/// <para>
/// Each step changes this builder and returns it: use one builder per quantity, since a builder kept and reused carries
/// every earlier step. A builder is not thread-safe. <see cref="Build"/> may be called more than once; each call
/// returns a quantity of the builder's current state, and so does the implicit conversion to <see cref="Quantity"/>.
/// </para>
/// </remarks>
public sealed class AQuantity
{
    private readonly decimal _value;
    private readonly string _unit;
    private QuantityKind _kind = QuantityKind.Count;
    private QuantityQualifier _qualifier = QuantityQualifier.Exact;
    private ScaleWord _scale = ScaleWord.None;
    private string? _printed;

    private AQuantity(decimal value, string unit) => (_value, _unit) = (value, unit);

    /// <summary>Starts an exact count.</summary>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit, e.g. 项.</param>
    /// <returns>The builder.</returns>
    public static AQuantity Of(decimal value, string unit) => new(value, unit);

    /// <summary>Starts an amount of money in yuan.</summary>
    /// <param name="value">The value before the scale word.</param>
    /// <param name="scale">The scale word, e.g. 万.</param>
    /// <returns>The builder.</returns>
    public static AQuantity Money(decimal value, ScaleWord scale) => new AQuantity(value, "元").OfKind(QuantityKind.Money).Scaled(scale);

    /// <summary>Starts a percentage.</summary>
    /// <param name="value">The value in percent.</param>
    /// <returns>The builder.</returns>
    public static AQuantity Percent(decimal value) => new AQuantity(value, "%").OfKind(QuantityKind.Percent);

    /// <summary>Sets the kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public AQuantity OfKind(QuantityKind kind)
    {
        _kind = kind;
        return this;
    }

    /// <summary>Sets the qualifier.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>This builder.</returns>
    public AQuantity Qualified(QuantityQualifier qualifier)
    {
        _qualifier = qualifier;
        return this;
    }

    /// <summary>Marks the quantity as a lower bound (余, 多).</summary>
    /// <returns>This builder.</returns>
    public AQuantity MoreThan() => Qualified(QuantityQualifier.MoreThan);

    /// <summary>Marks the quantity as approximate (约).</summary>
    /// <returns>This builder.</returns>
    public AQuantity About() => Qualified(QuantityQualifier.About);

    /// <summary>Sets the scale word.</summary>
    /// <param name="scale">The scale word.</param>
    /// <returns>This builder.</returns>
    public AQuantity Scaled(ScaleWord scale)
    {
        _scale = scale;
        return this;
    }

    /// <summary>Sets the text as printed in the report.</summary>
    /// <param name="printed">The printed text.</param>
    /// <returns>This builder.</returns>
    public AQuantity PrintedAs(string printed)
    {
        _printed = printed;
        return this;
    }

    /// <summary>Builds the quantity.</summary>
    /// <returns>The quantity.</returns>
    /// <exception cref="System.ArgumentException">A value breaks an invariant of <see cref="Quantity"/>.</exception>
    public Quantity Build() => new(_value, _unit, _kind, _qualifier, _scale, _printed);

    /// <summary>Builds the quantity.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator Quantity(AQuantity builder)
    {
        System.ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }
}
