using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Tests.Builders;

/// <summary>Builds quantities: <c>AQuantity.Of(100, "个").MoreThan().Build()</c>; exact counts by default.</summary>
public sealed class AQuantity
{
    private readonly decimal _value;
    private readonly string _unit;
    private QuantityKind _kind = QuantityKind.Count;
    private QuantityQualifier _qualifier = QuantityQualifier.Exact;
    private ScaleWord _scale = ScaleWord.None;
    private string? _printed;

    private AQuantity(decimal value, string unit) => (_value, _unit) = (value, unit);

    public static AQuantity Of(decimal value, string unit) => new(value, unit);

    public static AQuantity Money(decimal value, ScaleWord scale) => new AQuantity(value, "元").OfKind(QuantityKind.Money).Scaled(scale);

    public static AQuantity Percent(decimal value) => new AQuantity(value, "%").OfKind(QuantityKind.Percent);

    public AQuantity OfKind(QuantityKind kind)
    {
        _kind = kind;
        return this;
    }

    public AQuantity Qualified(QuantityQualifier qualifier)
    {
        _qualifier = qualifier;
        return this;
    }

    public AQuantity MoreThan() => Qualified(QuantityQualifier.MoreThan);

    public AQuantity About() => Qualified(QuantityQualifier.About);

    public AQuantity Scaled(ScaleWord scale)
    {
        _scale = scale;
        return this;
    }

    public AQuantity PrintedAs(string printed)
    {
        _printed = printed;
        return this;
    }

    public Quantity Build() => new(_value, _unit, _kind, _qualifier, _scale, _printed);

    public static implicit operator Quantity(AQuantity builder) => builder.Build();
}
