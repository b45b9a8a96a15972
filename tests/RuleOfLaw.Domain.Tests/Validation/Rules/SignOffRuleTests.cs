using NodaTime;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class SignOffRuleTests
{
    private static readonly RuleSet WithSignOff = RuleSet.National.With(RuleSetOverlays.PrincipalLeaderSignOff);

    private static AnAnnualReport SubmittedOn(LocalDate date) =>
        AnAnnualReport.For(2024).SubmittedTo(new Submission("区委", SubmissionRecipientKind.PartyCommittee, date));

    [Fact]
    public void Validate_SignedOffOnTheDayOfSubmission_Passes_AndTheDayAfterFails()
    {
        var onTime = SubmittedOn(new LocalDate(2025, 3, 15)).SignedOffBy("某区人民政府", new LocalDate(2025, 3, 15)).Build();
        var late = SubmittedOn(new LocalDate(2025, 3, 15)).SignedOffBy("某区人民政府", new LocalDate(2025, 3, 16)).Build();

        Assert.Empty(Validators.Later(WithSignOff).Validate(onTime).Issues);
        var issue = Assert.Single(Validators.Later(WithSignOff).Validate(late).Issues);
        Assert.Equal(ValidationCodes.SignOffMissing, issue.Code);
        Assert.Equal("SignOff.Date", issue.Path);
        Assert.Equal("Sign-off: 2025-03-16; first submission: 2025-03-15. The principal leader must sign off before the report is first submitted.", issue.Message);
    }

    [Fact]
    public void Validate_NoSignOff_IsReportedOnlyWithTheOverlay()
    {
        var report = SubmittedOn(new LocalDate(2025, 3, 15)).WithoutSignOff().Build();

        Assert.Empty(Validators.Later().Validate(report).Issues);
        var issue = Assert.Single(Validators.Later(WithSignOff).Validate(report).Issues);
        Assert.Equal("SignOff", issue.Path);
        Assert.Equal("none", issue.ValueOf("signedOff"));
    }
}
