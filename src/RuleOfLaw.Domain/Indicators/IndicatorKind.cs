namespace RuleOfLaw.Domain.Indicators;

/// <summary>What an indicator's value is: a rate of two counts, a share of a whole, a count, or an amount.</summary>
public enum IndicatorKind
{
    /// <summary>A numerator over a denominator times a factor, such as a percentage (率).</summary>
    Rate = 0,

    /// <summary>A count of cases, documents or people.</summary>
    Count = 1,

    /// <summary>An amount of money or another measured quantity.</summary>
    Amount = 2,

    /// <summary>One part of a stated whole as a percentage (占比, 比例, 比重, 占…的X%): the numerator is counted within the denominator.</summary>
    Share = 3,
}
