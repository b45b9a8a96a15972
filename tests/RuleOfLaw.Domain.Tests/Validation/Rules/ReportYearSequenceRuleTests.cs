using NodaTime;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class ReportYearSequenceRuleTests
{
    [Fact]
    public void Validate_PublishedOnLastDayOfReportYear_IsTooEarly_AndFirstDayAfterIsFine()
    {
        var early = AnAnnualReport.For(2024).PublishedOn(new LocalDate(2024, 12, 31)).Build();
        var fine = AnAnnualReport.For(2024).PublishedOn(new LocalDate(2025, 1, 1)).Build();

        var issue = Assert.Single(Validators.Later().Validate(early).Issues);
        Assert.Equal(ValidationCodes.DatedBeforeYearEnd, issue.Code);
        Assert.Equal("Publication.PublishedAt", issue.Path);
        Assert.Equal("Publication is dated 2024-12-31, not after the end of report year 2024.", issue.Message);
        Assert.Empty(Validators.Later().Validate(fine).Issues);
    }

    [Fact]
    public void Validate_SubmissionWithinReportYear_IsTooEarly()
    {
        var report = AnAnnualReport.For(2024).SubmittedTo(
            new Submission("区委", SubmissionRecipientKind.PartyCommittee, new LocalDate(2025, 1, 1)),
            new Submission("区人大常委会", SubmissionRecipientKind.PeopleCongressStandingCommittee, new LocalDate(2024, 12, 31))).Build();

        var issue = Assert.Single(Validators.Later().Validate(report).Issues);

        Assert.Equal("Submissions[1].Date", issue.Path);
        Assert.Equal("Submission to 区人大常委会 is dated 2024-12-31, not after the end of report year 2024.", issue.Message);
    }
}
