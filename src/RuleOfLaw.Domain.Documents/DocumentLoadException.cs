using System;

namespace RuleOfLaw.Domain.Documents;

/// <summary>A file that cannot be read as a report document; <see cref="Exception.Message"/> is one line saying what the file is and what is wrong.</summary>
public sealed class DocumentLoadException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class.</summary>
    /// <param name="failure">Why the file was refused.</param>
    /// <param name="message">One line saying what is wrong.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public DocumentLoadException(DocumentLoadFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class with its Chinese wording.</summary>
    internal DocumentLoadException(DocumentLoadFailure failure, string message, string chineseMessage, Exception? innerException = null)
        : this(failure, message, innerException)
    {
        ChineseMessage = chineseMessage;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class for a damaged file.</summary>
    public DocumentLoadException()
        : this(DocumentLoadFailure.Damaged, "the document cannot be read")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class for a damaged file.</summary>
    /// <param name="message">One line saying what is wrong.</param>
    public DocumentLoadException(string message)
        : this(DocumentLoadFailure.Damaged, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class for a damaged file.</summary>
    /// <param name="message">One line saying what is wrong.</param>
    /// <param name="innerException">The exception that revealed the problem.</param>
    public DocumentLoadException(string message, Exception innerException)
        : this(DocumentLoadFailure.Damaged, message, innerException)
    {
    }

    /// <summary>Gets why the file was refused.</summary>
    public DocumentLoadFailure Failure { get; }

    /// <summary>Gets what is wrong in Chinese, or <see langword="null"/> for an exception made outside this package (every refusal of the loader has Chinese wording).</summary>
    public string? ChineseMessage { get; }

    /// <summary>Gets what is wrong, in one line, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Exception.Message"/> in English; in Chinese <see cref="ChineseMessage"/>, or, for an exception without Chinese wording, the Chinese name of <see cref="Failure"/> followed by the English message.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string GetMessage(MessageLanguage language) =>
        !DocumentDisplayNames.IsChinese(language) ? Message
        : ChineseMessage ?? DocumentDisplayNames.Of(Failure, language) + "：" + Message;
}
