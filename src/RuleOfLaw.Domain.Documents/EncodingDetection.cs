namespace RuleOfLaw.Domain.Documents;

/// <summary>How the encoding of a text or HTML file was settled, in the order the loader tries them.</summary>
public enum EncodingDetection
{
    /// <summary>A byte order mark (UTF-8, UTF-16 LE or BE) at the start of the file.</summary>
    ByteOrderMark,

    /// <summary>No byte order mark, and every byte is valid UTF-8.</summary>
    ValidUtf8,

    /// <summary>The charset the document declares (HTML <c>&lt;meta charset&gt;</c> or an XML declaration).</summary>
    Declared,

    /// <summary>Not UTF-8 and nothing usable declared: GB18030, the superset of GBK and GB2312.</summary>
    Gb18030Fallback,
}
