using System;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>The value of one indicator for one scope and year, as counts, as a quantity, or as a printed figure (指标值).</summary>
/// <remarks>
/// <para>
/// A rate keeps its raw counts: <see cref="Numerator"/> and <see cref="Denominator"/> are each <see langword="null"/>
/// when the report does not state them, and <see cref="Rate"/> exists only when both are known. Zero, missing and not
/// applicable stay apart: a count of 0 is <c>0</c>, a missing count is <see langword="null"/>, and 0 of 0 is a rate
/// that is not applicable. A non-rate value is a <see cref="Quantity"/>. <see cref="Published"/> and
/// <see cref="PrintedText"/> keep what the report printed, so that it can be checked against the counts; <see cref="Change"/>
/// keeps a change from the previous year printed with it, so that it can be checked against the previous year's report.
/// </para>
/// <para>Equality compares every property; there is no order.</para>
/// </remarks>
public sealed record IndicatorValue
{
    /// <summary>Creates an indicator value.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="scope">Whose figure this is.</param>
    /// <param name="period">The year the value covers.</param>
    /// <param name="numerator">The rate's numerator if stated; not negative.</param>
    /// <param name="denominator">The rate's denominator if stated; not negative, nor below the numerator.</param>
    /// <param name="quantity">The value of an indicator that is not a rate; only when no count is given.</param>
    /// <param name="published">The figure as printed, such as 18.2 in <c>18.2%</c>, if printed.</param>
    /// <param name="printedText">The text the value was printed in, such as <c>均已完成整改</c>, if known.</param>
    /// <param name="change">The change from the previous year printed with the value, such as <c>较上年下降4.7个百分点</c>, if printed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentException">Both counts and a quantity are given, or <paramref name="printedText"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the numerator exceeds the denominator.</exception>
    [JsonConstructor]
    public IndicatorValue(IndicatorCode indicator, IndicatorScope scope, ReportYear period, long? numerator = null, long? denominator = null, Quantity? quantity = null, PublishedFigure? published = null, string? printedText = null, PublishedChange? change = null)
    {
        Guard.NotNull(indicator, nameof(indicator));
        Guard.NotNull(scope, nameof(scope));
        if (numerator is { } n)
        {
            Guard.NotNegative(n, nameof(numerator));
        }

        if (denominator is { } d)
        {
            Guard.NotNegative(d, nameof(denominator));
            if (numerator is { } both)
            {
                Guard.AtMost(both, d, nameof(numerator), nameof(denominator));
            }
        }

        Guard.That(quantity is null || (numerator is null && denominator is null), nameof(quantity), Message.QuantityBesideCounts, quantity, numerator, denominator);
        if (printedText is not null)
        {
            Guard.NotBlank(printedText, nameof(printedText));
        }

        Indicator = indicator;
        Scope = scope;
        Period = period;
        Numerator = numerator;
        Denominator = denominator;
        Quantity = quantity;
        Published = published;
        PrintedText = printedText;
        Change = change;
    }

    /// <summary>Gets the indicator's code.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>Gets whose figure this is.</summary>
    public IndicatorScope Scope { get; }

    /// <summary>Gets the year the value covers.</summary>
    public ReportYear Period { get; }

    /// <summary>Gets the rate's numerator, if stated.</summary>
    public long? Numerator { get; }

    /// <summary>Gets the rate's denominator, if stated.</summary>
    public long? Denominator { get; }

    /// <summary>Gets the rate when both counts are known; 0 of 0 is a rate that is not applicable.</summary>
    public Rate? Rate => Numerator is { } n && Denominator is { } d ? Rates.Rate.Of(n, d) : null;

    /// <summary>Gets the value of an indicator that is not a rate, if given.</summary>
    public Quantity? Quantity { get; }

    /// <summary>Gets the figure as printed, if printed.</summary>
    public PublishedFigure? Published { get; }

    /// <summary>Gets the text the value was printed in, if known.</summary>
    public string? PrintedText { get; }

    /// <summary>Gets the change from the previous year printed with the value (同比 / 较上年), if printed.</summary>
    public PublishedChange? Change { get; }

    /// <summary>Gets a value indicating whether the report states nothing for this indicator: no count, quantity or figure.</summary>
    public bool IsMissing => Numerator is null && Denominator is null && Quantity is null && Published is null;
}
