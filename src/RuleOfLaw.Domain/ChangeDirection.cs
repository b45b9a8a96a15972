namespace RuleOfLaw.Domain;

/// <summary>Which way a printed change goes.</summary>
public enum ChangeDirection
{
    /// <summary>A rise: 增长, 增加, 上升, 提升, 提高, or a <c>+</c> sign.</summary>
    Up = 0,

    /// <summary>A fall: 下降, 减少, 降低, 下滑, 回落, or a <c>-</c> sign.</summary>
    Down = 1,
}
