using System;

namespace RuleOfLaw.Domain.Documents;

/// <summary>Something the loader noticed about a file that the caller should know: replaced bytes, a guessed body, dropped page furniture.</summary>
/// <param name="Code">A stable code from <see cref="DocumentNoteCodes"/>.</param>
/// <param name="Message">What was noticed, in one line, in English.</param>
/// <param name="ByteOffset">The offset in the file's bytes the note is about, or <see langword="null"/> when it is about no one place.</param>
public sealed record DocumentNote(string Code, string Message, long? ByteOffset = null)
{
    /// <summary>Gets what was noticed in Chinese, or <see langword="null"/> for a note that has no Chinese wording (every note the loader makes has one).</summary>
    public string? ChineseMessage { get; init; }

    /// <summary>Gets what was noticed, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Message"/> in English; <see cref="ChineseMessage"/> in Chinese, or <see cref="Message"/> when the note has no Chinese wording.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string GetMessage(MessageLanguage language) =>
        DocumentDisplayNames.IsChinese(language) && ChineseMessage is { } chinese ? chinese : Message;
}
