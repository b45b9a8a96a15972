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
/// <para>
/// A rate or share that no catalogue lists has a code of the unlisted namespace (<see cref="IndicatorCode.ForUnlistedName(string)"/>)
/// and keeps its printed <see cref="Name"/>, which it must have. Counts a reader took from the text say why
/// (<see cref="NumeratorLink"/>, <see cref="DenominatorLink"/>); counts given by hand have no link.
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
    /// <param name="name">The indicator's name as the report prints it, such as 执法协同响应率; required for an unlisted code (<see cref="IndicatorCode.IsUnlisted"/>).</param>
    /// <param name="kind">What the value is as read (<see cref="IndicatorKind.Rate"/> or <see cref="IndicatorKind.Share"/>), when known; the only record of it for an unlisted code.</param>
    /// <param name="numeratorLink">Why a reader took the numerator from the text, when it did; only with a numerator.</param>
    /// <param name="denominatorLink">Why a reader took the denominator from the text, when it did; only with a denominator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="scope"/> is null, or <paramref name="indicator"/> is unlisted and <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Both counts and a quantity are given, <paramref name="printedText"/> or <paramref name="name"/> is blank, or a link is given without its count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the numerator exceeds the denominator, or <paramref name="kind"/> or a link is not a defined value.</exception>
    [JsonConstructor]
    public IndicatorValue(IndicatorCode indicator, IndicatorScope scope, ReportYear period, long? numerator = null, long? denominator = null, Quantity? quantity = null, PublishedFigure? published = null, string? printedText = null, PublishedChange? change = null, string? name = null, IndicatorKind? kind = null, CountLink? numeratorLink = null, CountLink? denominatorLink = null)
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

        if (name is not null)
        {
            Guard.NotBlank(name, nameof(name));
        }
        else if (indicator.IsUnlisted)
        {
            throw Guard.Null(nameof(name), Message.UnlistedIndicatorName.Format(indicator));
        }

        if (kind is { } k)
        {
            Guard.Defined(k, nameof(kind));
        }

        if (numeratorLink is { } up)
        {
            Guard.Defined(up, nameof(numeratorLink));
            Guard.That(numerator is not null, nameof(numeratorLink), Message.NumeratorLinkWithoutCount, up);
        }

        if (denominatorLink is { } down)
        {
            Guard.Defined(down, nameof(denominatorLink));
            Guard.That(denominator is not null, nameof(denominatorLink), Message.DenominatorLinkWithoutCount, down);
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
        Name = name;
        Kind = kind;
        NumeratorLink = numeratorLink;
        DenominatorLink = denominatorLink;
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

    /// <summary>Gets the indicator's name as the report prints it, if kept; always kept for an unlisted code.</summary>
    public string? Name { get; }

    /// <summary>Gets what the value is as read (a rate or a share), if known.</summary>
    public IndicatorKind? Kind { get; }

    /// <summary>Gets why a reader took the numerator from the text, if it did.</summary>
    public CountLink? NumeratorLink { get; }

    /// <summary>Gets why a reader took the denominator from the text, if it did.</summary>
    public CountLink? DenominatorLink { get; }

    /// <summary>Gets a value indicating whether the report states nothing for this indicator: no count, quantity or figure.</summary>
    public bool IsMissing => Numerator is null && Denominator is null && Quantity is null && Published is null;
}
