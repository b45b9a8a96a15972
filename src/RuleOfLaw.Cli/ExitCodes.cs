namespace RuleOfLaw.Cli;

/// <summary>The process exit codes of <c>rol</c>, documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>A usage or input error: bad arguments, a missing or unreadable file, malformed JSON.</summary>
    public const int InputError = 2;
}
