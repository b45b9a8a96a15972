namespace RuleOfLaw.Review.Model;

/// <summary>One indicator's rate pooled over several reports.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Numerator">The summed numerators.</param>
/// <param name="Denominator">The summed denominators.</param>
/// <param name="Percent">The pooled percentage, rounded half away from zero to the indicator's decimals; <see langword="null"/> for 0 of 0.</param>
/// <param name="Reports">How many reports contributed.</param>
public sealed record PooledRate(string Indicator, string Name, long Numerator, long Denominator, decimal? Percent, int Reports);
