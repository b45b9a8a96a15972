using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>A target for a rate indicator (目标值), such as "head-of-agency court appearance rate at least 40 %", with its source.</summary>
/// <remarks>
/// <para>
/// Targets are data with a source (a provincial plan, an assessment system), never constants in code. The value is a
/// percentage from 0 to 100 with at most <see cref="PublishedFigure.MaxDecimals"/> decimals. A rate is evaluated
/// exactly from its counts: 2/5 meets "at least 40" and 100 % is met only by n of n.
/// </para>
/// <para>Equality compares the code, comparison, value (40 equals 40.0) and source; there is no order and no default.</para>
/// </remarks>
public sealed record IndicatorTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="code">The indicator the target is for.</param>
    /// <param name="comparison">How a value is compared with the target.</param>
    /// <param name="value">The target percentage, from 0 to 100, at most 10 decimals.</param>
    /// <param name="source">Where the target is set, such as a provincial document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not defined, or <paramref name="value"/> is outside 0–100 or has more than 10 decimals.</exception>
    public IndicatorTarget(IndicatorCode code, TargetComparison comparison, decimal value, string source)
    {
        Guard.NotNull(code, nameof(code));
        Guard.Defined(comparison, nameof(comparison));
        Guard.InRange(value, 0m, 100m, nameof(value));
        if (value.Scale > PublishedFigure.MaxDecimals)
        {
            throw Guard.OutOfRange(nameof(value), value, Message.TargetDecimals.Format(value, PublishedFigure.MaxDecimals, value.Scale));
        }

        Code = code;
        Comparison = comparison;
        Value = value;
        Source = Guard.NotBlank(source, nameof(source));
    }

    /// <summary>Gets the indicator the target is for.</summary>
    public IndicatorCode Code { get; }

    /// <summary>Gets how a value is compared with the target.</summary>
    public TargetComparison Comparison { get; }

    /// <summary>Gets the target percentage.</summary>
    public decimal Value { get; }

    /// <summary>Gets where the target is set.</summary>
    public string Source { get; }

    /// <summary>Evaluates a rate against the target, exactly from its counts.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns><see cref="TargetOutcome.NotApplicable"/> for 0 of 0, otherwise met or not met.</returns>
    public TargetOutcome Evaluate(Rate rate) =>
        rate.IsApplicable ? Outcome(ExactPercent.Compare(rate.Numerator, rate.Denominator, Value)) : TargetOutcome.NotApplicable;

    /// <summary>Evaluates a printed figure against the target, as printed (for reports that give no counts).</summary>
    /// <param name="published">The printed percentage.</param>
    /// <returns>Met or not met, comparing the printed value with the target.</returns>
    public TargetOutcome Evaluate(PublishedFigure published) => Outcome(published.Value.CompareTo(Value));

    /// <summary>Returns the target as code, operator and value.</summary>
    /// <returns>For example <c>litigation_head_appearance_rate ≥ 40%</c>.</returns>
    public override string ToString()
    {
        var symbol = Comparison switch
        {
            TargetComparison.AtLeast => "≥",
            TargetComparison.AtMost => "≤",
            _ => "=",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Code} {symbol} {Value}%");
    }

    /// <inheritdoc/>
    public bool Equals(IndicatorTarget? other) =>
        other is not null && Code == other.Code && Comparison == other.Comparison && Value == other.Value && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Comparison, Value, StringComparer.Ordinal.GetHashCode(Source));

    private TargetOutcome Outcome(int sign)
    {
        var met = Comparison switch
        {
            TargetComparison.AtLeast => sign >= 0,
            TargetComparison.AtMost => sign <= 0,
            _ => sign == 0,
        };
        return met ? TargetOutcome.Met : TargetOutcome.NotMet;
    }
}
