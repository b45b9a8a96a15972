namespace RuleOfLaw.Domain.Measures;

/// <summary>What a printed quantity measures.</summary>
public enum QuantityKind
{
    /// <summary>A number of things, cases, events or people: <c>11宗</c>, <c>100余个</c>, <c>2场</c>.</summary>
    Count = 0,

    /// <summary>An amount of money: <c>1.12亿元</c>, <c>497.6万元</c>.</summary>
    Money = 1,

    /// <summary>A length of time: <c>16年</c>, <c>两年</c>, <c>7个工作日</c>.</summary>
    Duration = 2,

    /// <summary>A percentage: <c>18.2%</c>, <c>百分之十八点二</c>.</summary>
    Percent = 3,

    /// <summary>A change in percentage points: <c>提升4.7个百分点</c>.</summary>
    PercentagePoints = 4,

    /// <summary>A position in a ranking: <c>第一名</c>.</summary>
    Rank = 5,

    /// <summary>A ratio of two numbers, the first of which may exceed the second: <c>1.2:1</c>, <c>3∶1</c>, <c>1比1</c>; <see cref="Quantity.Ratio"/> holds both terms and <see cref="Quantity.Value"/> the first.</summary>
    Ratio = 6,

    /// <summary>
    /// A score on an assessment or evaluation, in points (分): <c>考核得分95.6分</c>, <c>测评得分98分</c>; a level, not a
    /// count of things, so it never adds up with counts and is no part of a total.
    /// </summary>
    Score = 7,
}
