namespace RuleOfLaw.Domain.Validation;

/// <summary>Where a code comes from: reading a text, or validating a report.</summary>
public enum DiagnosticCategory
{
    /// <summary>A validation finding (<c>ROL</c> codes, <see cref="Validation.ValidationCodes"/>): a fact about the report's content, checked against a rule.</summary>
    Validation = 0,

    /// <summary>A reading note (<c>ROLT</c> codes, <see cref="Text.ReadDiagnosticCodes"/>): how the text was read, where the reader judged, inferred or dropped something.</summary>
    Reading = 1,
}
