namespace RuleOfLaw.Domain.Text;

/// <summary>The families of outline markers, outermost first; the value is the outline level the family fixes.</summary>
internal enum OutlineMarkerFamily
{
    /// <summary><c>一、</c></summary>
    ChineseEnumeration = 1,

    /// <summary><c>（一）</c> or <c>(一)</c></summary>
    ParenthesizedChinese = 2,

    /// <summary><c>1.</c>, <c>1．</c>, <c>1、</c> or <c>⒈</c></summary>
    ArabicNumber = 3,

    /// <summary><c>（1）</c>, <c>(1)</c> or <c>⑴</c></summary>
    ParenthesizedArabic = 4,

    /// <summary><c>①</c></summary>
    CircledNumber = 5,
}
