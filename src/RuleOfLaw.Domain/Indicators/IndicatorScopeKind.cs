namespace RuleOfLaw.Domain.Indicators;

/// <summary>Whose figure an indicator value is.</summary>
public enum IndicatorScopeKind
{
    /// <summary>The reporting subject's own figure.</summary>
    Subject = 0,

    /// <summary>A benchmark the report compares with, such as the city-wide figure (全市).</summary>
    Benchmark = 1,
}
