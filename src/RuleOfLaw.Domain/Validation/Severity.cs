namespace RuleOfLaw.Domain.Validation;

/// <summary>How much a validation finding matters, from information to a breach of a binding rule.</summary>
/// <remarks>Members are ordered: a larger value is more severe, so the worst of several findings is their maximum.</remarks>
public enum Severity
{
    /// <summary>A remark worth knowing that breaks no rule, such as two required parts merged into one section.</summary>
    Info = 0,

    /// <summary>A likely problem, or a breach of a rule whose source is a guideline or is unsure; a reviewer decides.</summary>
    Warning = 1,

    /// <summary>A breach of a binding rule (a regulation, or arithmetic): the report is not acceptable as it is.</summary>
    Error = 2,
}
