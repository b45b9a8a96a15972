using System;

namespace RuleOfLaw.Domain.Documents;

/// <summary>The names a person reads for the document layer's values (a format, why a file was refused, what a note is about), in English or Chinese.</summary>
/// <remarks>
/// Words for display, never for data: a note keeps its code and its English message, a failure its enum member. The
/// messages of <see cref="DocumentNote"/> and <see cref="DocumentLoadException"/> are English only; these names let a
/// Chinese page say what each is about. Every method throws <see cref="ArgumentOutOfRangeException"/> for a value that is
/// not defined.
/// </remarks>
public static class DocumentDisplayNames
{
    /// <summary>Gets the name of a container format.</summary>
    /// <param name="format">The format.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>HTML page</c> or <c>网页（HTML）</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string Of(ContainerFormat format, MessageLanguage language)
    {
        Defined(format, nameof(format));
        return IsChinese(language)
            ? format switch
            {
                ContainerFormat.PlainText => "纯文本",
                ContainerFormat.Html => "网页（HTML）",
                ContainerFormat.Docx => "Word文档（.docx）",
                _ => "PDF文件",
            }
            : format switch
            {
                ContainerFormat.PlainText => "plain text",
                ContainerFormat.Html => "HTML page",
                ContainerFormat.Docx => "Word document (.docx)",
                _ => "PDF file",
            };
    }

    /// <summary>Gets what a load failure means, in a few words.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>the file is encrypted</c> or <c>文件已加密</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="failure"/> or <paramref name="language"/> is not a defined value.</exception>
    public static string Of(DocumentLoadFailure failure, MessageLanguage language)
    {
        Defined(failure, nameof(failure));
        return IsChinese(language)
            ? failure switch
            {
                DocumentLoadFailure.UnsupportedFormat => "不支持的文件格式",
                DocumentLoadFailure.Damaged => "文件不完整或已损坏",
                DocumentLoadFailure.Encrypted => "文件已加密或设有密码",
                DocumentLoadFailure.TooLarge => "文件或其内容超过读取上限",
                DocumentLoadFailure.TooComplex => "文件结构超过读取上限（嵌套过深或条目过多）",
                DocumentLoadFailure.NoText => "文件中没有可读的文字（如无文字层的扫描件）",
                _ => "应为文本，却是二进制文件",
            }
            : failure switch
            {
                DocumentLoadFailure.UnsupportedFormat => "the file's format is not supported",
                DocumentLoadFailure.Damaged => "the file is truncated or damaged",
                DocumentLoadFailure.Encrypted => "the file is encrypted",
                DocumentLoadFailure.TooLarge => "the file or its content exceeds a limit",
                DocumentLoadFailure.TooComplex => "the file's structure exceeds a limit",
                DocumentLoadFailure.NoText => "the file has no text to read",
                _ => "the file is binary where text was expected",
            };
    }

    /// <summary>Gets the title of a note's code: what the note is about.</summary>
    /// <param name="code">A code of <see cref="DocumentNoteCodes"/>.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>Invalid bytes replaced</c> or <c>无效字节已替换</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of <see cref="DocumentNoteCodes"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public static string NoteTitle(string code, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(code);
        var chinese = IsChinese(language);
        var (english, zh) = code switch
        {
            DocumentNoteCodes.InvalidBytes => ("Invalid bytes replaced", "无效字节已替换"),
            DocumentNoteCodes.DeclaredCharsetNotUsed => ("Declared charset not used", "未采用声明的字符集"),
            DocumentNoteCodes.BodyGuessed => ("Body guessed", "正文位置系推断"),
            DocumentNoteCodes.BodyContainer => ("Body container", "正文取自已知的网页容器"),
            DocumentNoteCodes.MetadataDisagrees => ("Metadata disagrees", "文件的元数据相互不一致"),
            DocumentNoteCodes.PageFurnitureDropped => ("Page furniture dropped", "已去除页眉、页脚或页码"),
            DocumentNoteCodes.NumberingFormatApproximated => ("Numbering format approximated", "列表编号格式以阿拉伯数字近似显示"),
            DocumentNoteCodes.ContentLeftOut => ("Content left out", "有意未读取的内容（页眉、页脚、脚注、文本框、修订删除）"),
            DocumentNoteCodes.MetadataUnreadable => ("Metadata unreadable", "元数据无法识别"),
            DocumentNoteCodes.ContainerDisagrees => ("Container disagrees with the text", "文件所载与正文不一致"),
            _ => throw new ArgumentException("code (\"" + code + "\") must be a code of DocumentNoteCodes, ROLDOC001 to ROLDOC010", nameof(code)),
        };
        return chinese ? zh : english;
    }

    internal static bool IsChinese(MessageLanguage language)
    {
        Defined(language, nameof(language));
        return language == MessageLanguage.Chinese;
    }

    private static void Defined<TEnum>(TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, "must be a defined " + typeof(TEnum).Name + " value");
        }
    }
}
