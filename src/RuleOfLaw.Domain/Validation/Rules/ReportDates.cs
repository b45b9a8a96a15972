using System.Globalization;
using NodaTime;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>Dates of a report as deadlines read them, and the paths that name them.</summary>
internal static class ReportDates
{
    /// <summary>Gets the publication's calendar date in Beijing time, whatever offset was printed.</summary>
    public static LocalDate InBeijing(Publication publication) => publication.BeijingDate;

    public static string SubmissionDatePath(int index) => string.Create(CultureInfo.InvariantCulture, $"Submissions[{index}].Date");
}
