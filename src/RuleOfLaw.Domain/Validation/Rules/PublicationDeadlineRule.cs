using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V2: the report is published before 1 April of the following year, unless exempt.</summary>
/// <remarks>
/// Source: 厅字〔2019〕28号, art. 24. The publication time is read in Beijing time: 31 March 23:59 +08:00 is on time,
/// 1 April 00:00 is late. An exempt report (Party or state secrets) is not checked. An unpublished report is not an
/// issue before the deadline; from 1 April on, by the validator's clock, it is overdue.
/// </remarks>
internal sealed class PublicationDeadlineRule : IValidationRule<AnnualReport>
{
    private static readonly DiagnosticDescriptor Late = ValidationCodes.Describe(ValidationCodes.PublishedLate);
    private static readonly DiagnosticDescriptor Overdue = ValidationCodes.Describe(ValidationCodes.PublicationOverdue);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Late) || ruleSet.IsEnabled(Overdue);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        if (subject.Exemption is not null)
        {
            return;
        }

        var dueBefore = subject.Year.PublicationDueBefore;
        if (subject.Publication is { } publication)
        {
            var published = ReportDates.InBeijing(publication);
            if (published >= dueBefore)
            {
                context.Report(Late, "Publication.PublishedAt", published, dueBefore);
            }
        }
        else if (context.Today >= dueBefore)
        {
            context.Report(Overdue, "Publication", context.Today, dueBefore);
        }
    }
}
