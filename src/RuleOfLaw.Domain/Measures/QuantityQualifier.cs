namespace RuleOfLaw.Domain.Measures;

/// <summary>How a printed quantity relates to its number: exact, or bounded or approximate as the qualifier word says.</summary>
/// <remarks><c>100余个</c> is "more than 100", not 100; keeping the qualifier keeps the statement true.</remarks>
public enum QuantityQualifier
{
    /// <summary>The number is exact, or stated as reached: no qualifier, <c>达</c>, <c>为</c>.</summary>
    Exact = 0,

    /// <summary>More than the number: <c>余</c>, <c>多</c>, <c>超过</c>, <c>超</c>, <c>逾</c>, <c>高于</c>, <c>多于</c>.</summary>
    MoreThan = 1,

    /// <summary>At least the number: <c>以上</c>, <c>不少于</c>, <c>不低于</c>, <c>至少</c>.</summary>
    AtLeast = 2,

    /// <summary>About the number: <c>约</c>, <c>近</c>, <c>大约</c>, <c>将近</c>, <c>接近</c>, <c>左右</c>.</summary>
    About = 3,

    /// <summary>Below the number: <c>不到</c>, <c>不足</c>, <c>少于</c>, <c>低于</c>.</summary>
    LessThan = 4,

    /// <summary>About, and more than, the number: <c>约…余</c> as in <c>约220余名</c>.</summary>
    AboutMoreThan = 5,

    /// <summary>At most the number: <c>以下</c>, <c>以内</c>, <c>不超过</c>, <c>不高于</c>, <c>不多于</c>, <c>最多</c>.</summary>
    AtMost = 6,
}
