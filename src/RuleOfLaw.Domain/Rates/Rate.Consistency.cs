namespace RuleOfLaw.Domain.Rates;

/// <summary>Checking a printed figure against the rate's counts.</summary>
public readonly partial struct Rate
{
    /// <summary>Checks whether a printed percentage could have been computed from these counts under a rounding rule.</summary>
    /// <param name="published">The printed figure, a percentage, with the decimals it claims.</param>
    /// <param name="policy">
    /// The policy whose rounding rule the publisher used (<see cref="System.MidpointRounding.AwayFromZero"/> for 四舍五入,
    /// <see cref="System.MidpointRounding.ToEven"/>, <see cref="System.MidpointRounding.ToZero"/> for truncation). The decimals
    /// are the figure's own: a printing shows how far it was rounded, so the policy's decimals are not used.
    /// </param>
    /// <returns>
    /// <see cref="ConsistencyOutcome.Consistent"/> when the exact value lies in the figure's interval (3/7 against 42.9
    /// half away from zero: 42.857… lies in [42.85, 42.95)); <see cref="ConsistencyOutcome.Inconsistent"/> when it does
    /// not (33/536 = 6.1567… against 6.20); <see cref="ConsistencyOutcome.NotAssessable"/> for 0 of 0.
    /// </returns>
    /// <remarks>Exact (cross-multiplication in 128-bit integers) and allocation-free; the explanation is built only by <see cref="RateConsistency.Explain"/>.</remarks>
    public RateConsistency IsConsistentWith(PublishedFigure published, RoundingPolicy policy) =>
        RateConsistency.Check(this, published, policy.Mode);
}
