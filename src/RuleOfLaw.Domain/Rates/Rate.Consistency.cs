namespace RuleOfLaw.Domain.Rates;

// This part of the type: checking a printed figure against the rate's counts (the type's documentation is on its main file).
public readonly partial struct Rate
{
    /// <summary>Checks whether a printed percentage could have been computed from these counts under a rounding policy.</summary>
    /// <param name="published">The printed figure, a percentage.</param>
    /// <param name="policy">
    /// The policy the publisher used: its rule (<see cref="System.MidpointRounding.AwayFromZero"/> for 四舍五入,
    /// <see cref="System.MidpointRounding.ToEven"/>, <see cref="System.MidpointRounding.ToZero"/> for truncation) and its
    /// decimals. A figure printed with fewer decimals than the policy keeps is read at the policy's decimals (a printed
    /// <c>50</c> under one decimal stands for [49.95, 50.05)); a figure that claims more decimals than the policy keeps
    /// cannot come from it and is inconsistent (<c>42.9</c> under zero decimals).
    /// </param>
    /// <returns>
    /// <see cref="ConsistencyOutcome.Consistent"/> when the exact value lies in the figure's interval (3/7 against 42.9
    /// half away from zero at one decimal: 42.857… lies in [42.85, 42.95)); <see cref="ConsistencyOutcome.Inconsistent"/>
    /// when it does not (33/536 = 6.1567… against 6.20); <see cref="ConsistencyOutcome.NotAssessable"/> for 0 of 0.
    /// </returns>
    /// <remarks>
    /// Exact (cross-multiplication in 128-bit integers) and allocation-free; the explanation is built only by
    /// <see cref="RateConsistency.Explain"/>. To check a figure at the decimals it prints, under every rule a rule set
    /// accepts, use <see cref="RateCheck"/>.
    /// </remarks>
    public RateConsistency IsConsistentWith(PublishedFigure published, RoundingPolicy policy)
    {
        if (published.Decimals > policy.Decimals)
        {
            return RateConsistency.Check(this, published, policy.Mode, fitsPolicy: false);
        }

        var figure = published.Decimals < policy.Decimals ? PublishedFigure.Of(published.Value, policy.Decimals) : published;
        return RateConsistency.Check(this, figure, policy.Mode, fitsPolicy: true);
    }
}
