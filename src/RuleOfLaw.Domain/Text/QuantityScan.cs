using System.Collections.Immutable;

namespace RuleOfLaw.Domain.Text;

/// <summary>The result of scanning a text for quantities.</summary>
/// <param name="Quantities">The quantities, in order of position.</param>
/// <param name="Unclassified">Arabic numbers that are neither quantities nor years, dates, list numbers or names.</param>
/// <param name="IllFormed">Chinese numeral runs before a unit that spell no one value (二千九亿, 〇三万), so no quantity was read.</param>
internal sealed record QuantityScan(ImmutableArray<QuantityMatch> Quantities, ImmutableArray<SourceSpan> Unclassified, ImmutableArray<SourceSpan> IllFormed);
