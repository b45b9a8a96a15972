using NodaTime;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V7: the publication and every submission fall after the end of the report year.</summary>
/// <remarks>
/// Source: 厅字〔2019〕28号 ("上一年度"): a report covers a finished year. 31 December of the report year is too early,
/// 1 January of the following year is fine. The plan's year is enforced when the report is constructed.
/// </remarks>
internal sealed class ReportYearSequenceRule : IValidationRule<AnnualReport>
{
    private static readonly DiagnosticDescriptor TooEarly = ValidationCodes.Describe(ValidationCodes.DatedBeforeYearEnd);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(TooEarly);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        var yearEnd = subject.Year.Period.End;
        if (subject.Publication is { } publication && ReportDates.InBeijing(publication) <= yearEnd)
        {
            context.Report(TooEarly, "Publication.PublishedAt", "Publication", ReportDates.InBeijing(publication), subject.Year);
        }

        for (var i = 0; i < subject.Submissions.Length; i++)
        {
            LocalDate date = subject.Submissions[i].Date;
            if (date <= yearEnd)
            {
                context.Report(TooEarly, ReportDates.SubmissionDatePath(i), "Submission to " + subject.Submissions[i].Recipient, date, subject.Year);
            }
        }
    }
}
