using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Testing;

/// <summary>
/// An applicable rate with a figure printed from it as a publisher would print it, which
/// <see cref="Rate.IsConsistentWith(PublishedFigure, RoundingPolicy)"/> accepts: what
/// <see cref="DomainArbitraries.ConsistentFigures"/> yields.
/// </summary>
/// <remarks>
/// A type of its own, not a tuple, so that registering <see cref="DomainArbitraries"/> with FsCheck gives a property
/// parameter of this type consistent figures and one of <see cref="InconsistentFigure"/> inconsistent ones. Only the
/// package's generators make instances.
/// </remarks>
public sealed record ConsistentFigure
{
    internal ConsistentFigure(Rate rate, PublishedFigure figure)
    {
        Rate = rate;
        Figure = figure;
    }

    /// <summary>Gets the counts.</summary>
    public Rate Rate { get; }

    /// <summary>Gets the figure printed from them.</summary>
    public PublishedFigure Figure { get; }

    /// <summary>Deconstructs into the counts and the figure: <c>var (rate, figure) = sample;</c>.</summary>
    /// <param name="rate">The counts.</param>
    /// <param name="figure">The figure.</param>
    public void Deconstruct(out Rate rate, out PublishedFigure figure) => (rate, figure) = (Rate, Figure);
}
