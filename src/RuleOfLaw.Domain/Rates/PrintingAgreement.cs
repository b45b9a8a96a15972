namespace RuleOfLaw.Domain.Rates;

/// <summary>Whether two printings of the same indicator for the same scope and period (summary and body) can both be right.</summary>
/// <remarks>
/// A conflict between two printings is a finding of its own kind: it says the report contradicts itself, not that a
/// rate was computed wrongly from its counts.
/// </remarks>
public enum PrintingAgreement
{
    /// <summary>Some value rounds to both printings: their intervals intersect.</summary>
    Agree = 0,

    /// <summary>No value rounds to both printings: the report contradicts itself.</summary>
    Conflict = 1,
}
