using System;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Measures;

/// <summary>A number a report prints with its unit, scale word and qualifier, such as <c>1.12亿元</c> or <c>100余个</c> (数量).</summary>
/// <remarks>
/// <para>
/// <see cref="Value"/> is the number as printed (1.12 for <c>1.12亿元</c>); <see cref="ScaledValue"/> applies the scale
/// word (112000000). The qualifier keeps the statement true: <c>100余个</c> is more than 100, not 100.
/// </para>
/// <para>
/// A change from an earlier period (<c>同比下降12.5%</c>) carries a <see cref="Change"/>; its value stays the magnitude
/// as printed, never negative, and <see cref="SignedValue"/> applies the direction. <see cref="Role"/> says whether a
/// percentage is a share, a named rate or a target.
/// </para>
/// <para>
/// Equality compares value, unit, scale, qualifier, kind, role, change and printed text; there is no order, because a
/// qualified quantity is an interval, not a point. There is no default: a record is a reference.
/// </para>
/// </remarks>
public sealed record Quantity
{
    private static readonly decimal MaxBeforeTenThousand = decimal.MaxValue / MultiplierOf(ScaleWord.TenThousand);
    private static readonly decimal MaxBeforeHundredMillion = decimal.MaxValue / MultiplierOf(ScaleWord.HundredMillion);
    private static readonly decimal MaxBeforeTen = decimal.MaxValue / MultiplierOf(ScaleWord.TenPercent);

    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The number as printed, before the scale word; not negative.</param>
    /// <param name="unit">The unit or counter word: 件, 项, 元, %, 年, 个百分点 ….</param>
    /// <param name="kind">What the quantity measures.</param>
    /// <param name="qualifier">How the printed number bounds the real one.</param>
    /// <param name="scale">The scale word printed after the number, if any.</param>
    /// <param name="printed">The text as printed, such as <c>约220余名</c>, or <see langword="null"/> when unknown.</param>
    /// <param name="role">What the figure says about its subject: a level, a share, a named rate or a target.</param>
    /// <param name="change">What makes the quantity a change from an earlier period, or <see langword="null"/> for a level.</param>
    /// <param name="ratio">Both terms of a ratio (kind <see cref="QuantityKind.Ratio"/>, whose value is the first term), or <see langword="null"/> for any other kind.</param>
    /// <param name="fraction">The terms of a percentage printed as a fraction (<c>三分之二</c> is 2 of 3, whose value is its percentage), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="unit"/> is blank, <paramref name="printed"/> is blank but not null, a share or rate is not a
    /// percentage, or the change's unit does not fit the kind (a relative change is a <see cref="QuantityKind.Percent"/>,
    /// a change in points a <see cref="QuantityKind.PercentagePoints"/>, an absolute change neither of them nor a rank nor a
    /// ratio), a ratio is given for another kind or missing for kind <see cref="QuantityKind.Ratio"/>, or the value is not the
    /// ratio's first term; a fraction is given for another kind than <see cref="QuantityKind.Percent"/> or with a scale word,
    /// has no denominator, or the value is not its percentage (<see cref="Rate.ToExactPercent"/>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="value"/> is negative or too large to scale, or an enum argument is not a defined value.
    /// </exception>
    [JsonConstructor]
    public Quantity(decimal value, string unit, QuantityKind kind = QuantityKind.Count, QuantityQualifier qualifier = QuantityQualifier.Exact, ScaleWord scale = ScaleWord.None, string? printed = null, QuantityRole role = QuantityRole.Level, QuantityChange? change = null, Ratio? ratio = null, Rate? fraction = null)
    {
        Guard.Defined(kind, nameof(kind));
        Guard.Defined(role, nameof(role));
        Guard.Defined(qualifier, nameof(qualifier));
        Guard.Defined(scale, nameof(scale));
        Guard.InRange(value, 0m, MaxValueOf(scale), nameof(value));
        Unit = Guard.NotBlank(unit, nameof(unit));
        if (printed is not null)
        {
            Guard.NotBlank(printed, nameof(printed));
        }

        if (role is QuantityRole.Share or QuantityRole.Rate && kind is not (QuantityKind.Percent or QuantityKind.PercentagePoints))
        {
            throw Guard.Argument(Message.RoleNeedsPercentage.Format(role, kind), nameof(role));
        }

        if (change is not null && !Fits(change.Unit, kind))
        {
            throw Guard.Argument(Message.ChangeUnitMustFitKind.Format(change.Unit, kind), nameof(change));
        }

        if ((kind == QuantityKind.Ratio) != ratio.HasValue)
        {
            throw Guard.Argument(Message.RatioGoesWithKind.Format(ratio?.ToString() ?? "null", kind), nameof(ratio));
        }

        if (ratio is { } terms && terms.Antecedent != value)
        {
            throw Guard.Argument(Message.RatioValueIsFirstTerm.Format(value, terms.Antecedent), nameof(value));
        }

        if (fraction is { } fractionTerms)
        {
            CheckFraction(value, kind, scale, fractionTerms);
        }

        Ratio = ratio;
        Fraction = fraction;
        Value = value;
        Kind = kind;
        Role = role;
        Change = change;
        Qualifier = qualifier;
        Scale = scale;
        Printed = printed;
    }

    /// <summary>Gets the number as printed, before the scale word is applied.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit or counter word, such as 件, 元 or %.</summary>
    public string Unit { get; }

    /// <summary>Gets what the quantity measures.</summary>
    public QuantityKind Kind { get; }

    /// <summary>Gets how the printed number bounds the real one.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>Gets the scale word printed after the number.</summary>
    public ScaleWord Scale { get; }

    /// <summary>Gets the text as printed, such as <c>约220余名</c>, if known.</summary>
    public string? Printed { get; }

    /// <summary>Gets what the figure says about its subject: a level, a share, a named rate or a target.</summary>
    public QuantityRole Role { get; }

    /// <summary>Gets what makes the quantity a change from an earlier period, or <see langword="null"/> for a level.</summary>
    public QuantityChange? Change { get; }

    /// <summary>Gets both terms of a ratio (kind <see cref="QuantityKind.Ratio"/>), or null for any other kind; not on the wire when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Ratio? Ratio { get; }

    /// <summary>Gets the printed terms of a percentage printed as a fraction (<c>三分之二</c> is 2 of 3, <c>1/4</c> 1 of 4), or null; not on the wire when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Rate? Fraction { get; }

    /// <summary>Gets the value as printed with the change's sign: −12.5 for <c>下降12.5%</c>; a level's value unchanged.</summary>
    public decimal SignedValue => Change?.Direction == ChangeDirection.Down ? -Value : Value;

    /// <summary>Gets the value with the scale word applied: 112000000 for <c>1.12亿元</c>, 70 (%) for <c>七成</c>.</summary>
    public decimal ScaledValue => Value * MultiplierOf(Scale);

    /// <summary>Gets the factor a scale word stands for: 1, 10⁴ (万), 10⁸ (亿) or 10 (成, ten percent of a percentage).</summary>
    /// <param name="scale">A scale word.</param>
    /// <returns>The factor.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not a defined value.</exception>
    public static decimal MultiplierOf(ScaleWord scale) => scale switch
    {
        ScaleWord.None => 1m,
        ScaleWord.TenThousand => 10_000m,
        ScaleWord.HundredMillion => 100_000_000m,
        ScaleWord.TenPercent => 10m,
        _ => throw Guard.OutOfRange(nameof(scale), scale, Message.MustBeDefined.Format(nameof(scale), scale, nameof(ScaleWord))),
    };

    /// <summary>The largest value whose scaled value is a decimal, for a defined scale word: computed once, not at every quantity.</summary>
    private static decimal MaxValueOf(ScaleWord scale) => scale switch
    {
        ScaleWord.None => decimal.MaxValue,
        ScaleWord.TenThousand => MaxBeforeTenThousand,
        ScaleWord.HundredMillion => MaxBeforeHundredMillion,
        _ => MaxBeforeTen,
    };

    private static void CheckFraction(decimal value, QuantityKind kind, ScaleWord scale, Rate fraction)
    {
        if (kind != QuantityKind.Percent || scale != ScaleWord.None)
        {
            throw Guard.Argument(Message.FractionGoesWithPercent.Format(fraction, kind, scale), nameof(fraction));
        }

        if (fraction.ToExactPercent() is not { } percent)
        {
            throw Guard.Argument(Message.FractionNeedsDenominator.Format(fraction), nameof(fraction));
        }

        if (value != percent)
        {
            throw Guard.Argument(Message.FractionValueIsItsPercent.Format(value, percent), nameof(value));
        }
    }

    private static bool Fits(ChangeUnit unit, QuantityKind kind) => unit switch
    {
        ChangeUnit.Percent => kind == QuantityKind.Percent,
        ChangeUnit.PercentagePoints => kind == QuantityKind.PercentagePoints,
        _ => kind is not (QuantityKind.Percent or QuantityKind.PercentagePoints or QuantityKind.Rank or QuantityKind.Ratio),
    };

    /// <summary>Returns the quantity in a short invariant form, such as <c>1.12 亿 元 (Exact Money)</c>.</summary>
    /// <returns>The printed text if known, otherwise the parts.</returns>
    public override string ToString() =>
        Printed ?? Invariant.Format("{0}{1}{2} ({3} {4})", Value, Scale switch { ScaleWord.TenThousand => "万", ScaleWord.HundredMillion => "亿", ScaleWord.TenPercent => "成", _ => string.Empty }, Scale == ScaleWord.TenPercent ? string.Empty : Unit, Qualifier, Kind);
}
