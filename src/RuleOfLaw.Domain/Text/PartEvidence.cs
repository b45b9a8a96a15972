namespace RuleOfLaw.Domain.Text;

/// <summary>How the text shows that a report covers one of the five parts.</summary>
internal enum PartEvidence
{
    /// <summary>A top-level section's heading names the part.</summary>
    Heading = 0,

    /// <summary>A section nested inside another part names it: a first-responsible-person measure inside part 1.</summary>
    Nested = 1,

    /// <summary>A sentence inside another part's section covers it: shortcomings folded into the start of the plan.</summary>
    MergedSentence = 2,
}
