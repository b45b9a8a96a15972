namespace RuleOfLaw.Review.Model;

/// <summary>One indicator's rate pooled over the reports of one year and level.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="Year">The year of the pooled values.</param>
/// <param name="Level">The units' administrative level, in Chinese.</param>
/// <param name="Numerator">The summed numerators.</param>
/// <param name="Denominator">The summed denominators.</param>
/// <param name="Percent">The pooled percentage as the library rounds it; <see langword="null"/> for 0 of 0.</param>
/// <param name="Reports">How many reports contributed.</param>
public sealed record PooledRate(string Indicator, string Name, int Year, string Level, long Numerator, long Denominator, decimal? Percent, int Reports);
