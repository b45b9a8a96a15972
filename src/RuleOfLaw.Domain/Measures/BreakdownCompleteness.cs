namespace RuleOfLaw.Domain.Measures;

/// <summary>Whether the parts of a <see cref="QuantityBreakdown"/> claim to make up their total, or are only some of it.</summary>
/// <remarks>
/// 其中 means "among them": it does not say that the parts listed after it are all there is. The reader takes a list as
/// complete only when its wording closes it: a remainder part ends it (其他…, 其余…, 剩余…, 另有…), or shares of one whole
/// are listed with nothing that makes them a selection (no 其中, no 在…中, no 等).
/// </remarks>
public enum BreakdownCompleteness
{
    /// <summary>The parts make up the total: they must add up to it, within the rounding of every figure.</summary>
    Exhaustive = 0,

    /// <summary>The parts are some of the total (其中 with no remainder part, a list closed by 等): they must not add up to more than it.</summary>
    Partial = 1,
}
