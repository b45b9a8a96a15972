namespace RuleOfLaw.Domain;

/// <summary>What a change from an earlier period is measured in.</summary>
public enum ChangeUnit
{
    /// <summary>A percentage of the earlier value (a relative change): <c>同比增长20%</c>.</summary>
    Percent = 0,

    /// <summary>A difference of two percentages: <c>较上年下降4.7个百分点</c>.</summary>
    PercentagePoints = 1,

    /// <summary>A difference in the quantity's own unit (an absolute change): <c>同比减少12件</c>.</summary>
    /// <remarks>A <see cref="Indicators.PublishedChange"/> of an indicator value is never absolute: its value is a percentage.</remarks>
    Absolute = 2,
}
