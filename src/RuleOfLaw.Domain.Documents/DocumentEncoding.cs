using System;

namespace RuleOfLaw.Domain.Documents;

/// <summary>The character encoding a text or HTML file was decoded with, and how it was chosen.</summary>
/// <param name="Name">The encoding's name: <c>UTF-8</c>, <c>UTF-16LE</c>, <c>UTF-16BE</c>, <c>GB18030</c>, or the web name of a declared one.</param>
/// <param name="Detection">How the encoding was chosen.</param>
/// <param name="Declared">The charset label the document declares (such as <c>gbk</c>), or <see langword="null"/> when it declares none.</param>
public sealed record DocumentEncoding(string Name, EncodingDetection Detection, string? Declared)
{
    /// <inheritdoc/>
    public override string ToString() => Describe(MessageLanguage.English);

    /// <summary>Gets the encoding and how it was chosen, for a person, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>GB18030 (declared charset=gbk)</c> or <c>GB18030（声明charset=gbk）</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Describe(MessageLanguage language) => DocumentDisplayNames.IsChinese(language)
        ? Detection switch
        {
            EncodingDetection.ByteOrderMark => $"{Name}（字节顺序标记）",
            EncodingDetection.ValidUtf8 => $"{Name}（有效的UTF-8）",
            EncodingDetection.Declared => $"{Name}（声明charset={Declared}）",
            _ => Declared is null ? $"{Name}（不是UTF-8，未声明编码）" : $"{Name}（不是UTF-8，声明的charset={Declared}不适用）",
        }
        : Detection switch
    {
        EncodingDetection.ByteOrderMark => $"{Name} (byte order mark)",
        EncodingDetection.ValidUtf8 => $"{Name} (valid UTF-8)",
        EncodingDetection.Declared => $"{Name} (declared charset={Declared})",
        _ => Declared is null ? $"{Name} (not UTF-8, nothing declared)" : $"{Name} (not UTF-8, declared charset={Declared} did not fit)",
    };
}
