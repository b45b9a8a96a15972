using System;
using System.Globalization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Rates;

/// <summary>A ratio of two printed numbers, such as cases received to cases concluded of 1.2:1 (比例、比值), kept apart from proportions.</summary>
/// <remarks>
/// <para>
/// A ratio A:B compares two magnitudes, and A may exceed B (<c>3:1</c>): unlike a <see cref="Rate"/>, whose numerator
/// counts part of its denominator, neither term is part of the other. The terms are the numbers as printed,
/// non-negative decimals (<c>1.2:1</c>), and they stay as printed: 1.2:1 is not 6:5.
/// </para>
/// <para>
/// Equality is structural: 1.2:1 and 6:5 differ though their values match, so there is no order; compare
/// <see cref="ToValue"/> to compare values. The default is 0:0, which has no value (<see cref="IsApplicable"/> is false);
/// it is the only ratio whose second term is 0.
/// </para>
/// </remarks>
public readonly struct Ratio : IEquatable<Ratio>
{
    private Ratio(decimal antecedent, decimal consequent) => (Antecedent, Consequent) = (antecedent, consequent);

    /// <summary>Gets the first term, the A of A:B (前项).</summary>
    public decimal Antecedent { get; }

    /// <summary>Gets the second term, the B of A:B (后项).</summary>
    public decimal Consequent { get; }

    /// <summary>Gets whether the ratio has a value: false only for 0:0.</summary>
    public bool IsApplicable => Consequent != 0;

    /// <summary>Creates a ratio of two printed numbers.</summary>
    /// <param name="antecedent">The first term; not negative, and it may exceed the second.</param>
    /// <param name="consequent">The second term; positive, or 0 together with the first (0:0, which has no value).</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A term is negative, or the second is 0 while the first is not.</exception>
    public static Ratio Of(decimal antecedent, decimal consequent)
    {
        if (Check(antecedent, consequent) is { } rule)
        {
            throw Guard.OutOfRange(antecedent < 0 ? nameof(antecedent) : nameof(consequent), antecedent < 0 ? antecedent : consequent, rule);
        }

        return new Ratio(antecedent, consequent);
    }

    /// <summary>Reads a ratio in its invariant form, two plain decimals around one colon: <c>1.2:1</c>, <c>3:1</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not two plain decimals around one colon, or the terms break a rule of <see cref="Of"/>; the message says which.</exception>
    public static Ratio Parse(string text)
    {
        Guard.NotNull(text, nameof(text));
        return TryParseCore(text, out var ratio) is { } reason ? throw Guard.Format(reason) : ratio;
    }

    /// <summary>Tries to read a ratio in its invariant form, as <see cref="Parse"/> does.</summary>
    /// <param name="text">The text, possibly null.</param>
    /// <param name="ratio">The ratio, or the default when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a ratio.</returns>
    public static bool TryParse(string? text, out Ratio ratio)
    {
        ratio = default;
        return text is not null && TryParseCore(text, out ratio) is null;
    }

    /// <summary>Gets the value of the ratio, A ÷ B, rounded by a policy; null for 0:0.</summary>
    /// <param name="policy">The rounding policy, applied once to the exact quotient.</param>
    /// <returns>The rounded value, or <see langword="null"/> when the ratio has none.</returns>
    public decimal? ToValue(RoundingPolicy policy) => IsApplicable ? policy.Round(Antecedent / Consequent) : null;

    /// <inheritdoc/>
    public bool Equals(Ratio other) => Antecedent == other.Antecedent && Consequent == other.Consequent;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Antecedent, Consequent);

    /// <inheritdoc/>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Returns the ratio in its invariant form, such as <c>1.2:1</c>, which <see cref="Parse"/> reads back.</summary>
    /// <returns>The two terms around a colon.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Antecedent}:{Consequent}");

    /// <summary>The rule two terms break, or null when they make a ratio.</summary>
    private static Rule? Check(decimal antecedent, decimal consequent) =>
        antecedent < 0 ? Message.MustNotBeNegative.Format(nameof(antecedent), antecedent)
        : consequent < 0 ? Message.MustNotBeNegative.Format(nameof(consequent), consequent)
        : consequent == 0 && antecedent != 0 ? Message.RatioConsequentPositive.Format(consequent, antecedent)
        : null;

    /// <summary>The one non-throwing reader: null on success, else the reason the text is not a ratio.</summary>
    private static Rule? TryParseCore(string text, out Ratio ratio)
    {
        ratio = default;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || text.IndexOf(':', colon + 1) >= 0)
        {
            return Message.RatioText.Format(text);
        }

        if (!TryTerm(text.AsSpan(0, colon), out var antecedent) || !TryTerm(text.AsSpan(colon + 1), out var consequent))
        {
            return Message.RatioTerms.Format(text);
        }

        if (Check(antecedent, consequent) is { } rule)
        {
            return rule;
        }

        ratio = new Ratio(antecedent, consequent);
        return null;
    }

    private static bool TryTerm(ReadOnlySpan<char> term, out decimal value)
    {
        value = 0;
        return term.Length > 0 && char.IsAsciiDigit(term[0]) && char.IsAsciiDigit(term[^1])
            && decimal.TryParse(term, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
