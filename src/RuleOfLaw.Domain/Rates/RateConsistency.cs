using System;
using System.Globalization;

namespace RuleOfLaw.Domain.Rates;

/// <summary>The result of checking a printed rate against its counts, quoting the interval and the exact value (in the spirit of XBRL Calculations 1.1).</summary>
/// <remarks>
/// <para>
/// Get one from <see cref="Rate.IsConsistentWith(PublishedFigure, RoundingPolicy)"/>, or from
/// <see cref="CountsMissing(PublishedFigure, RoundingPolicy)"/> when a report prints a rate without its counts. The
/// check itself does not allocate; <see cref="Explain"/> builds the sentence a validation rule can quote, on demand.
/// </para>
/// <para>
/// Equality compares the outcome, the rate, the figure, the rounding rule, whether the counts were known and whether the figure fits the policy's decimals; there is
/// no order. The default value is a not-assessable check of 0 of 0 against a printed <c>0</c>, rounded half to even.
/// </para>
/// </remarks>
public readonly struct RateConsistency : IEquatable<RateConsistency>
{
    private readonly bool _countsMissing;
    private readonly bool _beyondPolicy;

    private RateConsistency(ConsistencyOutcome outcome, Rate rate, PublishedFigure published, MidpointRounding mode, bool countsMissing, bool beyondPolicy = false)
    {
        _beyondPolicy = beyondPolicy;
        Outcome = outcome;
        Rate = rate;
        Published = published;
        Mode = mode;
        _countsMissing = countsMissing;
    }

    /// <summary>Gets the outcome: consistent, inconsistent or not assessable.</summary>
    public ConsistencyOutcome Outcome { get; }

    /// <summary>Gets the rate checked; 0 of 0 when the counts are missing.</summary>
    public Rate Rate { get; }

    /// <summary>Gets the printed figure checked.</summary>
    public PublishedFigure Published { get; }

    /// <summary>Gets the rounding rule the figure was read with.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>Gets a value indicating whether the report gave the counts; <see langword="false"/> for a printed rate without them.</summary>
    public bool CountsKnown => !_countsMissing;

    /// <summary>Gets the interval of percentages the figure stands for under <see cref="Mode"/>.</summary>
    public RoundingInterval Interval => Published.Interval(Mode);

    /// <summary>Gets the exact percentage of the counts (28 significant digits), or <see langword="null"/> when there is none.</summary>
    public decimal? ExactPercent => Rate.ToExactPercent();

    /// <summary>Gets a value indicating whether the outcome is <see cref="ConsistencyOutcome.Consistent"/>.</summary>
    public bool IsConsistent => Outcome == ConsistencyOutcome.Consistent;

    /// <summary>Creates the not-assessable result for a figure printed without its counts.</summary>
    /// <param name="published">The printed figure.</param>
    /// <param name="policy">The rounding policy whose rule the figure is read with.</param>
    /// <returns>A <see cref="ConsistencyOutcome.NotAssessable"/> result; back-solve with <see cref="PublishedFigure.DenominatorsFor(long, MidpointRounding, CountRange)"/> when the numerator is known.</returns>
    public static RateConsistency CountsMissing(PublishedFigure published, RoundingPolicy policy) =>
        new(ConsistencyOutcome.NotAssessable, Rate.NotApplicable, published, policy.Mode, countsMissing: true);

    /// <summary>Builds a sentence stating the outcome, the exact value and the interval, for a validation message.</summary>
    /// <returns>For example <c>3/7 = 42.857142857…% lies in [42.85, 42.95), the values printed as 42.9 when rounded half away from zero.</c></returns>
    public string Explain()
    {
        var rule = Mode switch
        {
            MidpointRounding.AwayFromZero => "rounded half away from zero",
            MidpointRounding.ToEven => "rounded half to even",
            MidpointRounding.ToZero => "truncated",
            MidpointRounding.ToNegativeInfinity => "rounded down",
            _ => "rounded up",
        };
        var interval = Interval;
        return Outcome switch
        {
            ConsistencyOutcome.Inconsistent when _beyondPolicy => string.Create(CultureInfo.InvariantCulture, $"{Published} prints more decimals than the rounding policy keeps, so it cannot have been computed from {Rate} under that policy."),
            ConsistencyOutcome.Consistent => string.Create(CultureInfo.InvariantCulture, $"{Rate} = {ExactPercent}% lies in {interval}, the values printed as {Published} when {rule}."),
            ConsistencyOutcome.Inconsistent => string.Create(CultureInfo.InvariantCulture, $"{Rate} = {ExactPercent}% lies outside {interval}, the values printed as {Published} when {rule}: the printed figure is wrong for these counts."),
            _ when _countsMissing => string.Create(CultureInfo.InvariantCulture, $"The counts behind {Published}% are not given; it stands for {interval} when {rule}, and cannot be checked."),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Rate} has no value (not applicable), so {Published}% cannot be checked."),
        };
    }

    /// <inheritdoc/>
    public bool Equals(RateConsistency other) =>
        Outcome == other.Outcome && Rate == other.Rate && Published == other.Published && Mode == other.Mode && _countsMissing == other._countsMissing && _beyondPolicy == other._beyondPolicy;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RateConsistency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Outcome, Rate, Published, Mode, _countsMissing, _beyondPolicy);

    /// <summary>Returns the outcome with the counts and the figure, for example <c>Consistent: 3/7 at 42.9</c>.</summary>
    /// <returns>A short invariant description; use <see cref="Explain"/> for the full sentence.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Outcome}: {Rate} at {Published}");

    /// <inheritdoc/>
    public static bool operator ==(RateConsistency left, RateConsistency right) => left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(RateConsistency left, RateConsistency right) => !left.Equals(right);

    internal static RateConsistency Check(Rate rate, PublishedFigure published, MidpointRounding mode, bool fitsPolicy)
    {
        var outcome = !rate.IsApplicable ? ConsistencyOutcome.NotAssessable
            : fitsPolicy && published.Interval(mode).Contains(rate) ? ConsistencyOutcome.Consistent
            : ConsistencyOutcome.Inconsistent;
        return new RateConsistency(outcome, rate, published, mode, countsMissing: false, beyondPolicy: !fitsPolicy);
    }
}
