namespace RuleOfLaw.Domain.Measures;

/// <summary>The Chinese scale word printed after a number, which multiplies it.</summary>
public enum ScaleWord
{
    /// <summary>No scale word was printed.</summary>
    None = 0,

    /// <summary>万: ten thousand (10⁴).</summary>
    TenThousand = 1,

    /// <summary>亿: one hundred million (10⁸).</summary>
    HundredMillion = 2,
}
