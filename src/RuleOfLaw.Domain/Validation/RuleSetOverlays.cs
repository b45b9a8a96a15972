namespace RuleOfLaw.Domain.Validation;

/// <summary>Sample overlays for rules that DOMAIN sources mark as provincial, regional or local.</summary>
/// <remarks>
/// None of these is on in <see cref="RuleSet.National"/>. A province or city that adopts a rule composes the overlay
/// on top: <c>RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline)</c>.
/// </remarks>
public static class RuleSetOverlays
{
    /// <summary>Gets the overlay for departments that submit before 1 March of the following year (V4, a warning).</summary>
    /// <remarks>Source: provincial guidelines on annual reports; the date is not fixed nationally [unsure].</remarks>
    public static RuleSetOverlay DepartmentSubmissionDeadline { get; } = new(
        nameof(DepartmentSubmissionDeadline),
        "provincial guideline on annual reports: departments submit before 1 March [unsure]",
        [RuleSetting.Enable(ValidationCodes.DepartmentSubmissionLate)]);

    /// <summary>Gets the overlay for national demonstration areas that report by the end of January (V6).</summary>
    /// <remarks>Source: provincial guidelines for areas in the national demonstration campaign (示范创建) [regional].</remarks>
    public static RuleSetOverlay DemonstrationAreaReporting { get; } = new(
        nameof(DemonstrationAreaReporting),
        "provincial guideline for national demonstration areas: report to the central rule-of-law office by the end of January",
        [RuleSetting.Enable(ValidationCodes.DemonstrationAreaReportLate)]);

    /// <summary>Gets the overlay for places that require the principal leader's sign-off before submission (V10).</summary>
    /// <remarks>Source: a local rule (淮北); other cities have similar ones.</remarks>
    public static RuleSetOverlay PrincipalLeaderSignOff { get; } = new(
        nameof(PrincipalLeaderSignOff),
        "local rule (淮北): the principal leader signs the report off before it is submitted",
        [RuleSetting.Enable(ValidationCodes.SignOffMissing)]);

    /// <summary>Gets a sample provincial guideline: the department deadline and demonstration-area reporting together.</summary>
    public static RuleSetOverlay ProvincialGuideline { get; } = new(
        nameof(ProvincialGuideline),
        "provincial guideline on annual reports (sample combining V4 and V6)",
        [RuleSetting.Enable(ValidationCodes.DepartmentSubmissionLate), RuleSetting.Enable(ValidationCodes.DemonstrationAreaReportLate)]);
}
