using NodaTime;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V3–V6: submissions to the bodies a subject reports to arrive by their deadlines.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>V3 (厅字〔2019〕28号; 2015 纲要): a government of county level and above submits to the Party committee and the
/// people's congress standing committee of its level within the first quarter: 31 March passes, 1 April is late. The
/// duty covers governments of county level and above only, so a township's or sub-district's submissions are not
/// checked against it.</item>
/// <item>V4 (provincial guideline, overlay): a department submits to its government and to the department one level up
/// (<see cref="SubmissionRecipientKind.SuperiorGovernment"/>, <see cref="SubmissionRecipientKind.SuperiorDepartment"/>)
/// before 1 March: 28 or 29 February passes, 1 March is late, in leap years too. Submissions to other recipients
/// (a Party committee, the people's congress) are not under this deadline.</item>
/// <item>V5 (provincial guideline): a provincial Party committee and government submit to the Party Central Committee
/// and the State Council before 1 April.</item>
/// <item>V6 (provincial guideline, overlay): a national demonstration area reports to the central rule-of-law office by
/// 31 January.</item>
/// </list>
/// Only recorded submissions are checked: a report that lists none says nothing about them, so nothing is reported.
/// Whether the central rule-of-law office was copied (V5) is not checked: copies are free text.
/// </remarks>
internal sealed class SubmissionDeadlineRule : IValidationRule<AnnualReport>
{
    private static readonly AnnualDate DepartmentDeadline = new(3, 1);
    private static readonly AnnualDate ProvincialDeadline = new(4, 1);
    private static readonly AnnualDate DemonstrationAreaDeadline = new(1, 31);

    private static readonly DiagnosticDescriptor LocalGovernmentLate = ValidationCodes.Describe(ValidationCodes.LocalGovernmentSubmissionLate);
    private static readonly DiagnosticDescriptor DepartmentLate = ValidationCodes.Describe(ValidationCodes.DepartmentSubmissionLate);
    private static readonly DiagnosticDescriptor ProvincialLate = ValidationCodes.Describe(ValidationCodes.ProvincialSubmissionLate);
    private static readonly DiagnosticDescriptor DemonstrationAreaLate = ValidationCodes.Describe(ValidationCodes.DemonstrationAreaReportLate);

    public bool IsEnabledIn(RuleSet ruleSet) =>
        ruleSet.IsEnabled(LocalGovernmentLate) || ruleSet.IsEnabled(DepartmentLate) || ruleSet.IsEnabled(ProvincialLate) || ruleSet.IsEnabled(DemonstrationAreaLate);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        var reporter = subject.Subject;
        var year = subject.Year;
        var isGovernment = reporter.Kind is SubjectKind.Government or SubjectKind.PartyCommitteeAndGovernment;
        var isCountyOrAbove = reporter.Level is not AdministrativeLevel.Township;
        for (var i = 0; i < subject.Submissions.Length; i++)
        {
            var submission = subject.Submissions[i];
            var date = submission.Date;
            if (isGovernment && isCountyOrAbove
                && submission.RecipientKind is SubmissionRecipientKind.PartyCommittee or SubmissionRecipientKind.PeopleCongressStandingCommittee
                && date > year.FirstQuarterOfFollowingYear.End)
            {
                context.Report(LocalGovernmentLate, ReportDates.SubmissionDatePath(i), submission.Recipient, date, year.FirstQuarterOfFollowingYear.End);
            }

            if (reporter.Kind == SubjectKind.GovernmentDepartment
                && submission.RecipientKind is SubmissionRecipientKind.SuperiorGovernment or SubmissionRecipientKind.SuperiorDepartment
                && date >= year.InFollowingYear(DepartmentDeadline))
            {
                context.Report(DepartmentLate, ReportDates.SubmissionDatePath(i), submission.Recipient, date, year.InFollowingYear(DepartmentDeadline));
            }

            if (isGovernment && reporter.Level == AdministrativeLevel.Province
                && submission.RecipientKind == SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil
                && date >= year.InFollowingYear(ProvincialDeadline))
            {
                context.Report(ProvincialLate, ReportDates.SubmissionDatePath(i), submission.Recipient, date, year.InFollowingYear(ProvincialDeadline));
            }

            if (reporter.IsNationalDemonstrationArea
                && submission.RecipientKind == SubmissionRecipientKind.CentralRuleOfLawOffice
                && date > year.InFollowingYear(DemonstrationAreaDeadline))
            {
                context.Report(DemonstrationAreaLate, ReportDates.SubmissionDatePath(i), submission.Recipient, date, year.InFollowingYear(DemonstrationAreaDeadline));
            }
        }
    }
}
