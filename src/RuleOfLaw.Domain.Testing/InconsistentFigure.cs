using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Testing;

/// <summary>
/// An applicable rate with a figure at least a percentage point away from its exact value, which no
/// <see cref="Rate.IsConsistentWith(PublishedFigure, RoundingPolicy)"/> of 0–2 decimals accepts: what
/// <see cref="DomainArbitraries.InconsistentFigures"/> yields.
/// </summary>
/// <remarks>
/// A type of its own, not a tuple, so that registering <see cref="DomainArbitraries"/> with FsCheck gives a property
/// parameter of this type inconsistent figures and one of <see cref="ConsistentFigure"/> consistent ones. Only the
/// package's generators make instances.
/// </remarks>
public sealed record InconsistentFigure
{
    internal InconsistentFigure(Rate rate, PublishedFigure figure)
    {
        Rate = rate;
        Figure = figure;
    }

    /// <summary>Gets the counts.</summary>
    public Rate Rate { get; }

    /// <summary>Gets the figure, which the counts do not explain.</summary>
    public PublishedFigure Figure { get; }

    /// <summary>Deconstructs into the counts and the figure: <c>var (rate, figure) = sample;</c>.</summary>
    /// <param name="rate">The counts.</param>
    /// <param name="figure">The figure.</param>
    public void Deconstruct(out Rate rate, out PublishedFigure figure) => (rate, figure) = (Rate, Figure);
}
