using System;
using System.Globalization;
using System.Text;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V16: the parts printed with a total add up to it, or, when they are only some of it, do not exceed it.</summary>
/// <remarks>
/// <para>
/// Each figure is taken as the interval it was rounded from, as XBRL Calculations 1.1 does: a figure printed with d
/// decimals stands for the values within half a unit of its last place, ends included (42.1 for [42.05, 42.15];
/// 137.07万 for [1370650, 1370750]), the interval <see cref="PublishedFigure.IntervalUnder(MidpointRounding)"/> gives
/// with both ends closed. The parts' sum is the interval of the sums of their ends. An exhaustive breakdown passes when
/// that interval meets the total's, so shares printed as 33.3%, 33.3% and 33.3% (or 33.4%, 33.4% and 33.3%) of 100%
/// pass and 49% with 49% does not; a partial one (其中 listing some) passes when the least the parts can be is at
/// most the most the total can be.
/// </para>
/// <para>
/// A qualified figure bounds one side only: <c>100余件</c> and <c>100件以上</c> are at least 100 (and unbounded above),
/// <c>不足100件</c> and <c>100件以下</c> at most 100; a breakdown with an approximate figure (约, 近, 左右) is not judged.
/// A count is never below 0. A share printed as a fraction (三分之一) is exact: its interval is its percentage, cut down and
/// up at <see cref="PublishedFigure.MaxDecimals"/> decimals.
/// </para>
/// <para>
/// The finding points at what is off: the part at which the running sum first passes the total, when the parts are
/// too many; the total (or, for shares of one whole, the last share) when they are too few.
/// </para>
/// </remarks>
internal sealed class BreakdownSumRule : IValidationRule<AnnualReport>
{
    private const string Whole = "100%";

    private static readonly DiagnosticDescriptor Mismatch = ValidationCodes.Describe(ValidationCodes.PartsDoNotAddUp);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Mismatch);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        foreach (var breakdown in subject.Breakdowns)
        {
            var total = breakdown.Total is null ? null : subject.QuantityAt(breakdown.Total)!;
            if ((total is null ? new Bounds(100m, 100m, false) : BoundsOf(total)) is not { } whole)
            {
                continue;
            }

            var sum = new Bounds(0m, 0m, false);
            var printed = 0m;
            string? passedAt = null;
            var judged = true;
            foreach (var path in breakdown.Parts)
            {
                var part = subject.QuantityAt(path)!;
                if (BoundsOf(part) is not { } bounds)
                {
                    judged = false;
                    break;
                }

                sum = sum.Plus(bounds);
                printed = Saturated(printed, part.ScaledValue);
                passedAt ??= sum.Lower > whole.Upper && !whole.IsUnbounded ? path : null;
            }

            if (!judged)
            {
                continue;
            }

            var exhaustive = breakdown.Completeness == BreakdownCompleteness.Exhaustive;
            var meets = exhaustive
                ? sum.ToInterval().Intersects(whole.ToInterval())
                : new Bounds(sum.Lower, 0m, true).ToInterval().Intersects(new Bounds(0m, whole.Upper, whole.IsUnbounded).ToInterval());
            if (meets)
            {
                continue;
            }

            var over = sum.Lower > whole.Upper && !whole.IsUnbounded;
            var beyond = over ? sum.Lower - whole.Upper : whole.Lower - sum.Upper;
            var at = over ? passedAt! : breakdown.Total ?? breakdown.Parts[^1];
            var totalValue = total?.ScaledValue ?? 100m;
            context.Report(
                Mismatch,
                at,
                Parts(subject, breakdown),
                Format(printed, total),
                exhaustive ? "equal to" : "at most",
                total is null ? Whole : total.Printed ?? total.ToString(),
                Format(printed - totalValue, total, signed: true),
                Format(beyond, total));
        }
    }

    /// <summary>The values a quantity can stand for, or null for an approximate one.</summary>
    private static Bounds? BoundsOf(Quantity quantity)
    {
        var multiplier = Quantity.MultiplierOf(quantity.Scale);
        var (lower, upper) = quantity.Fraction is null ? Rounded(quantity.Value) : Enclosing(quantity.Value);
        lower = Math.Max(0m, lower) * multiplier;
        upper *= multiplier;
        return quantity.Qualifier switch
        {
            QuantityQualifier.Exact => new Bounds(lower, upper, false),
            QuantityQualifier.MoreThan or QuantityQualifier.AtLeast => new Bounds(lower, 0m, true),
            QuantityQualifier.LessThan or QuantityQualifier.AtMost => new Bounds(0m, upper, false),
            _ => null,
        };
    }

    /// <summary>The ends of the values that round to a printed number: the figure's rounding interval, closed; the number itself when it is too fine or too large to be a printed figure.</summary>
    private static (decimal Lower, decimal Upper) Rounded(decimal value)
    {
        if (value.Scale > PublishedFigure.MaxDecimals || value > PublishedFigure.MaxMagnitude)
        {
            return (value, value);
        }

        var interval = PublishedFigure.Of(value).IntervalUnder(MidpointRounding.AwayFromZero);
        return (interval.Lower, interval.Upper);
    }

    /// <summary>
    /// The ends of a fraction's percentage (三分之一 is 33.33… to 28 digits), which is exact, not rounded to printed decimals:
    /// the value cut down and up at <see cref="PublishedFigure.MaxDecimals"/> decimals, so 三分之一 three times meets 100 %.
    /// </summary>
    private static (decimal Lower, decimal Upper) Enclosing(decimal value) =>
        (Math.Round(value, PublishedFigure.MaxDecimals, MidpointRounding.ToNegativeInfinity), Math.Round(value, PublishedFigure.MaxDecimals, MidpointRounding.ToPositiveInfinity));

    private static string Parts(AnnualReport subject, QuantityBreakdown breakdown)
    {
        var text = new StringBuilder();
        foreach (var path in breakdown.Parts)
        {
            var part = subject.QuantityAt(path)!;
            text.Append(text.Length == 0 ? string.Empty : " + ").Append(part.Printed ?? part.ToString());
        }

        return text.ToString();
    }

    /// <summary>A value in the total's scale word and unit, such as <c>220.85万宗</c>; in percent for shares of one whole.</summary>
    private static string Format(decimal value, Quantity? total, bool signed = false)
    {
        var scale = total?.Scale ?? ScaleWord.None;
        var number = (value / Quantity.MultiplierOf(scale)).ToString("0.##########", CultureInfo.InvariantCulture);
        var word = scale switch { ScaleWord.TenThousand => "万", ScaleWord.HundredMillion => "亿", ScaleWord.TenPercent => "成", _ => string.Empty };
        // 成 says ten percent by itself: 7成, not 7成%.
        return (signed && value > 0m ? "+" : string.Empty) + number + word + (scale == ScaleWord.TenPercent ? string.Empty : total?.Unit ?? "%");
    }

    private static decimal Saturated(decimal a, decimal b) => a > decimal.MaxValue - b ? decimal.MaxValue : a + b;

    /// <summary>The values a figure or a sum can stand for: closed ends, the upper one possibly unbounded.</summary>
    private readonly record struct Bounds(decimal Lower, decimal Upper, bool IsUnbounded)
    {
        public Bounds Plus(Bounds other) => new(Saturated(Lower, other.Lower), Saturated(Upper, other.Upper), IsUnbounded || other.IsUnbounded);

        public RoundingInterval ToInterval() => new(Lower, true, IsUnbounded ? decimal.MaxValue : Upper, true);
    }
}
