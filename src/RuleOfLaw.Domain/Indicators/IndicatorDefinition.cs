using System;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>The definition of an indicator (指标定义): its code, names, numerator and denominator, source, rounding and reading.</summary>
/// <remarks>
/// <para>
/// Follows DHIS2: a rate indicator is a numerator over a denominator times a <see cref="Factor"/> (100 for percent).
/// Where official sources disagree on the denominator, the usual one is <see cref="Denominator"/> and the others are
/// named in <see cref="AlternativeDenominators"/>, so that a report's choice is data, not a guess.
/// </para>
/// <para>
/// Equality compares every property, the alternatives as sequences in order; there is no order and no default. The
/// national catalogue is <see cref="NationalRates"/>.
/// </para>
/// </remarks>
public sealed record IndicatorDefinition
{
    /// <summary>Creates an indicator definition.</summary>
    /// <param name="code">The stable code, such as <c>litigation_loss_rate</c>.</param>
    /// <param name="chineseName">The official Chinese name, such as 行政诉讼败诉率.</param>
    /// <param name="englishName">The English name, such as <c>litigation loss rate</c>.</param>
    /// <param name="kind">What the value is.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="numeratorChinese">The numerator's definition in Chinese.</param>
    /// <param name="numeratorEnglish">The numerator's definition in English.</param>
    /// <param name="denominator">The usual denominator.</param>
    /// <param name="alternativeDenominators">Other denominators some publishers use; names distinct from each other and from the usual one.</param>
    /// <param name="source">Where the definition comes from: a verified citation, or an unverified description of the practice it follows.</param>
    /// <param name="defaultRounding">How values are rounded for presentation unless a report says otherwise.</param>
    /// <param name="factor">The factor the fraction is multiplied by: 100 for percent, 1 otherwise; positive.</param>
    /// <param name="unit">The unit printed after the value, such as <c>%</c>; may be empty.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null, or <paramref name="alternativeDenominators"/> is default.</exception>
    /// <exception cref="ArgumentException">A name or definition is empty or white space, two denominators share a name, or <paramref name="code"/> is unlisted (<see cref="IndicatorCode.IsUnlisted"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="direction"/> is not defined, or <paramref name="factor"/> is not positive.</exception>
    public IndicatorDefinition(
        IndicatorCode code,
        string chineseName,
        string englishName,
        IndicatorKind kind,
        IndicatorDirection direction,
        string numeratorChinese,
        string numeratorEnglish,
        DenominatorOption denominator,
        ImmutableArray<DenominatorOption> alternativeDenominators,
        IndicatorSource source,
        RoundingPolicy defaultRounding,
        int factor,
        string unit)
    {
        Guard.NotNull(code, nameof(code));
        Guard.That(!code.IsUnlisted, nameof(code), Message.DefinedCodeUnlisted, code, IndicatorCode.UnlistedPrefix);
        Guard.NotNull(denominator, nameof(denominator));
        Guard.Defined(kind, nameof(kind));
        Guard.Defined(direction, nameof(direction));
        Guard.InRange(factor, 1, int.MaxValue, nameof(factor));
        Guard.NotNull(unit, nameof(unit));
        if (alternativeDenominators.IsDefault)
        {
            throw Guard.Null(nameof(alternativeDenominators), Message.MustNotBeNull.Format(nameof(alternativeDenominators)));
        }

        foreach (var alternative in alternativeDenominators)
        {
            Guard.NotNull(alternative, nameof(alternativeDenominators));
        }

        var names = alternativeDenominators.Select(option => option.Name).Prepend(denominator.Name).ToArray();
        var duplicate = names.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        Guard.That(duplicate is null, nameof(alternativeDenominators), Message.DenominatorNamesDistinct, duplicate);

        Code = code;
        ChineseName = Guard.NotBlank(chineseName, nameof(chineseName));
        EnglishName = Guard.NotBlank(englishName, nameof(englishName));
        Kind = kind;
        Direction = direction;
        NumeratorChinese = Guard.NotBlank(numeratorChinese, nameof(numeratorChinese));
        NumeratorEnglish = Guard.NotBlank(numeratorEnglish, nameof(numeratorEnglish));
        Denominator = denominator;
        AlternativeDenominators = alternativeDenominators;
        Guard.NotNull(source, nameof(source));
        Source = source;
        DefaultRounding = defaultRounding;
        Factor = factor;
        Unit = unit;
    }

    /// <summary>Gets the stable code.</summary>
    public IndicatorCode Code { get; }

    /// <summary>Gets the official Chinese name.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets what the value is.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Gets which way is better.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>Gets the numerator's definition in Chinese.</summary>
    public string NumeratorChinese { get; }

    /// <summary>Gets the numerator's definition in English.</summary>
    public string NumeratorEnglish { get; }

    /// <summary>Gets the usual denominator.</summary>
    public DenominatorOption Denominator { get; }

    /// <summary>Gets the other denominators some publishers use; empty where the definition is settled.</summary>
    public ImmutableArray<DenominatorOption> AlternativeDenominators { get; }

    /// <summary>Gets where the definition comes from, verified against the cited document or marked unverified.</summary>
    public IndicatorSource Source { get; }

    /// <summary>Gets how values are rounded for presentation unless a report says otherwise.</summary>
    public RoundingPolicy DefaultRounding { get; }

    /// <summary>Gets the number of decimals presented by default.</summary>
    public int Decimals => DefaultRounding.Decimals;

    /// <summary>Gets the factor the fraction is multiplied by: 100 for percent.</summary>
    public int Factor { get; }

    /// <summary>Gets the unit printed after the value, such as <c>%</c>.</summary>
    public string Unit { get; }

    /// <summary>Finds a denominator, the usual one or an alternative, by its name.</summary>
    /// <param name="name">The option's name, such as <c>all_concluded</c>.</param>
    /// <returns>The option, or <see langword="null"/> when the indicator has none of that name.</returns>
    public DenominatorOption? FindDenominator(string? name)
    {
        if (string.Equals(Denominator.Name, name, StringComparison.Ordinal))
        {
            return Denominator;
        }

        foreach (var option in AlternativeDenominators)
        {
            if (string.Equals(option.Name, name, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(IndicatorDefinition? other) =>
        other is not null
        && Code == other.Code
        && string.Equals(ChineseName, other.ChineseName, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && Kind == other.Kind
        && Direction == other.Direction
        && string.Equals(NumeratorChinese, other.NumeratorChinese, StringComparison.Ordinal)
        && string.Equals(NumeratorEnglish, other.NumeratorEnglish, StringComparison.Ordinal)
        && Denominator == other.Denominator
        && AlternativeDenominators.SequenceEqual(other.AlternativeDenominators)
        && Source == other.Source
        && DefaultRounding == other.DefaultRounding
        && Factor == other.Factor
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code);
        hash.Add(ChineseName, StringComparer.Ordinal);
        hash.Add(Kind);
        hash.Add(Direction);
        hash.Add(Denominator);
        foreach (var option in AlternativeDenominators)
        {
            hash.Add(option);
        }

        hash.Add(DefaultRounding);
        hash.Add(Factor);
        return hash.ToHashCode();
    }

    /// <summary>Returns the code and the Chinese name.</summary>
    /// <returns>For example <c>litigation_loss_rate (行政诉讼败诉率)</c>.</returns>
    public override string ToString() => Code.Value + " (" + ChineseName + ")";
}
