namespace RuleOfLaw.Domain.Measures;

/// <summary>What a printed figure says about its subject: how much there is, a part of a whole, a named rate, or a target.</summary>
/// <remarks>
/// The role is read from the words around the figure, not from its unit: <c>占8%</c> is a share, <c>纠错率12.83%</c> a rate,
/// <c>考核目标294天</c> a target. Whether the figure is a change from an earlier period is told apart by <see cref="Quantity.Change"/>.
/// </remarks>
public enum QuantityRole
{
    /// <summary>How much or how many there is: <c>11宗</c>, <c>1.12亿元</c>, a percentage with no named rate or whole.</summary>
    Level = 0,

    /// <summary>A part of a whole (占比, 比例, 比重, 占…的): <c>占8%</c>, <c>全程网办事项比例达到99%</c>.</summary>
    Share = 1,

    /// <summary>The figure of a named rate (…率): <c>纠错率12.83%</c>, <c>通过率达100%</c>.</summary>
    Rate = 2,

    /// <summary>A value set as a goal (目标): <c>294天的市级考核目标</c>.</summary>
    Target = 3,
}
