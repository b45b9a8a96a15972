namespace RuleOfLaw.Domain.Documents;

/// <summary>Something the loader noticed about a file that the caller should know: replaced bytes, a guessed body, dropped page furniture.</summary>
/// <param name="Code">A stable code from <see cref="DocumentNoteCodes"/>.</param>
/// <param name="Message">What was noticed, in one line.</param>
/// <param name="ByteOffset">The offset in the file's bytes the note is about, or <see langword="null"/> when it is about no one place.</param>
public sealed record DocumentNote(string Code, string Message, long? ByteOffset = null);
