namespace RuleOfLaw.Domain.Indicators;

/// <summary>Which way an indicator's value is read as an improvement.</summary>
/// <remarks>Presentation and trend arrows use it; it never changes how a value is computed or checked.</remarks>
public enum IndicatorDirection
{
    /// <summary>Neither direction is better in itself, such as the reconsideration correction rate.</summary>
    Neutral = 0,

    /// <summary>A higher value is better, such as the head-of-agency court appearance rate.</summary>
    HigherIsBetter = 1,

    /// <summary>A lower value is better, such as the litigation loss rate.</summary>
    LowerIsBetter = 2,
}
