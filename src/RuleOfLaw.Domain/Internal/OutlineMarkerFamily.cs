namespace RuleOfLaw.Domain.Internal;

/// <summary>The families of outline markers, outermost first; for the first five the value is the outline level the family fixes.</summary>
internal enum OutlineMarkerFamily
{
    /// <summary><c>一、</c></summary>
    ChineseEnumeration = 1,

    /// <summary><c>（一）</c>, <c>(一)</c> or the malformed <c>一)</c></summary>
    ParenthesizedChinese = 2,

    /// <summary><c>1.</c>, <c>1．</c>, <c>1、</c> or <c>⒈</c></summary>
    ArabicNumber = 3,

    /// <summary><c>（1）</c>, <c>(1)</c> or <c>⑴</c></summary>
    ParenthesizedArabic = 4,

    /// <summary><c>①</c></summary>
    CircledNumber = 5,

    /// <summary>A paragraph that opens with <c>一是</c>, <c>二是</c> …; its level comes from the text around it.</summary>
    ParagraphOrdinal = 6,

    /// <summary>A bracketed heading <c>【…】</c>, marked by its opening bracket; its level comes from the text around it.</summary>
    Bracketed = 7,
}
