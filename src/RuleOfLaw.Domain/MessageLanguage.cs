namespace RuleOfLaw.Domain;

/// <summary>The language a code's title, a finding's message or a rate check's explanation is written in.</summary>
/// <remarks>
/// A language, not a culture: numbers, dates and counts read the same in both (invariant, ISO dates), so the choice works
/// where globalization is invariant (WebAssembly, a trimmed tool). Codes, paths and indicator codes are never translated.
/// </remarks>
public enum MessageLanguage
{
    /// <summary>English: the wording stored in <c>message</c> on the wire.</summary>
    English = 0,

    /// <summary>Simplified Chinese (简体中文), the reviewers' language.</summary>
    Chinese = 1,
}
