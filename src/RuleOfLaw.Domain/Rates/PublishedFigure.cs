using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

/// <summary>A number as a report printed it, such as <c>18.2</c> in <c>纠正率18.2%</c>, with the decimals it claims.</summary>
/// <remarks>
/// <para>
/// A printed figure is itself rounded: <c>18.2</c> at one decimal stands for an interval of values, not a point.
/// <see cref="Decimals"/> is how far the publisher claims to have rounded; it is normally the number of digits
/// printed after the point (<see cref="Of(decimal)"/> takes it from the decimal's scale, so <c>6.20m</c> keeps two).
/// When more digits are printed than the decimals claimed, <see cref="HasExcessDigits"/> is true.
/// </para>
/// <para>
/// A figure stands for the interval of values that round to it (<see cref="IntervalUnder(MidpointRounding)"/>), at its
/// claimed decimals; a figure whose printed digits go beyond them with non-zero digits (<c>42.95</c> claiming one
/// decimal) cannot be the result of that rounding, so its interval is taken at the precision it actually prints.
/// </para>
/// <para>
/// Equality compares the printed value including its scale (<c>6.2</c> and <c>6.20</c> differ) and the decimals;
/// there is no order. The default value is <c>0</c> printed with no decimals.
/// </para>
/// </remarks>
public readonly partial struct PublishedFigure : IEquatable<PublishedFigure>
{
    /// <summary>The most decimals a printed figure may claim or print.</summary>
    public const int MaxDecimals = 10;

    /// <summary>The largest magnitude a printed figure may have, 10^18; larger numbers are not printed figures.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000_000m;

    private PublishedFigure(decimal value, int decimals) => (Value, Decimals) = (value, decimals);

    /// <summary>Gets the value as printed, with its printed scale (trailing zeros kept).</summary>
    public decimal Value { get; }

    /// <summary>Gets the number of decimals the figure claims to be rounded to.</summary>
    public int Decimals { get; }

    /// <summary>Gets the number of digits printed after the decimal point.</summary>
    public int PrintedDecimals => Value.Scale;

    /// <summary>Gets a value indicating whether more digits are printed than the decimals claimed.</summary>
    public bool HasExcessDigits => Value.Scale > Decimals;

    /// <summary>Creates a figure from a printed value whose decimals are its printed scale.</summary>
    /// <param name="value">The value as printed, for example <c>18.2m</c> or <c>6.20m</c>.</param>
    /// <returns>The figure, claiming as many decimals as it prints.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> prints more than 10 decimals, or its magnitude exceeds 10^18.</exception>
    public static PublishedFigure Of(decimal value) => Of(value, value.Scale);

    /// <summary>Creates a figure that claims a given number of decimals.</summary>
    /// <param name="value">The value as printed.</param>
    /// <param name="decimals">The decimals the publisher claims to have rounded to, from 0 to 10.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="decimals"/> is outside 0–10, <paramref name="value"/> prints more than 10 decimals, or its magnitude exceeds 10^18.
    /// </exception>
    public static PublishedFigure Of(decimal value, int decimals)
    {
        Guard.InRange(decimals, 0, MaxDecimals, nameof(decimals));
        Guard.InRange(value, -MaxMagnitude, MaxMagnitude, nameof(value));
        if (value.Scale > MaxDecimals)
        {
            throw Guard.OutOfRange(nameof(value), value, Message.FigureDecimals.Format(value, MaxDecimals, value.Scale));
        }

        return new PublishedFigure(value, decimals);
    }

    /// <summary>Parses a figure from its printed digits, such as <c>18.2</c> or <c>6.20</c>, keeping its scale.</summary>
    /// <param name="text">ASCII digits with an optional leading minus sign and an optional decimal point.</param>
    /// <returns>The figure, claiming as many decimals as it prints.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a plain decimal number of at most 10 decimals and magnitude 10^18.</exception>
    public static PublishedFigure Parse(string text)
    {
        Guard.NotNull(text, nameof(text));
        return TryParse(text, out var figure)
            ? figure
            : throw Guard.Format(Message.FigureText.Format(text, MaxDecimals));
    }

    /// <summary>Tries to parse a figure from its printed digits.</summary>
    /// <param name="text">ASCII digits with an optional leading minus sign and an optional decimal point.</param>
    /// <param name="figure">The figure, or the default when the text is not a plain decimal number.</param>
    /// <returns><see langword="true"/> when the text was parsed.</returns>
    public static bool TryParse(string? text, out PublishedFigure figure)
    {
        figure = default;
        if (string.IsNullOrEmpty(text)
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value.Scale > MaxDecimals
            || Math.Abs(value) > MaxMagnitude)
        {
            return false;
        }

        figure = new PublishedFigure(value, value.Scale);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(PublishedFigure other) =>
        Value == other.Value && Value.Scale == other.Value.Scale && Decimals == other.Decimals;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PublishedFigure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Value.Scale, Decimals);

    /// <summary>Returns the value as printed, for example <c>18.2</c> or <c>6.20</c>.</summary>
    /// <returns>The printed digits in the invariant culture.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public static bool operator ==(PublishedFigure left, PublishedFigure right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(PublishedFigure left, PublishedFigure right) => !left.Equals(right);
}
