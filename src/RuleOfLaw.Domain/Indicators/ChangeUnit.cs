namespace RuleOfLaw.Domain.Indicators;

/// <summary>What a published change from the previous year is measured in.</summary>
public enum ChangeUnit
{
    /// <summary>A percentage of the previous year's value: <c>同比增长20%</c>.</summary>
    Percent = 0,

    /// <summary>A difference of two percentages: <c>较上年下降4.7个百分点</c>.</summary>
    PercentagePoints = 1,
}
