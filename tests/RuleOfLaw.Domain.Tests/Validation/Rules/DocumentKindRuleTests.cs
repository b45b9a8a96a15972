using System;
using System.Linq;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class DocumentKindRuleTests
{
    // The codes of the rules of annual reports (V1–V10), which a document of another kind is not checked against.
    private static readonly string[] AnnualReportCodes = ValidationCodes.All
        .Where(d => d.Rule is "V1" or "V2" or "V3" or "V4" or "V5" or "V6" or "V7" or "V8" or "V9" or "V10")
        .Select(d => d.Code)
        .ToArray();

    private static readonly RuleSet Everything = RuleSet.National.With(RuleSetOverlays.ProvincialGuideline).With(RuleSetOverlays.PrincipalLeaderSignOff);

    // Every rule of annual reports broken at once: no parts, an incomplete title, late publication and submissions, no
    // sign-off, a shortcoming without its cause.
    private static AnAnnualReport BreakingEveryAnnualReportRule() =>
        AnAnnualReport.For(2024).WithSections().WithIncompleteTitle().PublishedLate().SubmittedAfterFirstQuarter().WithoutSignOff().WithShortcomingWithoutCause();

    [Fact]
    public void Validate_AnnualReportBreakingTheRules_ReportsThemAndNoRol0032()
    {
        var result = Validators.Later(Everything).Validate(BreakingEveryAnnualReportRule().Build());

        Assert.True(result.Has(ValidationCodes.RequiredPartMissing));
        Assert.True(result.Has(ValidationCodes.PublishedLate));
        Assert.True(result.Has(ValidationCodes.LocalGovernmentSubmissionLate));
        Assert.True(result.Has(ValidationCodes.TitleIncomplete));
        Assert.False(result.Has(ValidationCodes.NotAnAnnualReport));
    }

    [Theory]
    [InlineData(DocumentKind.Statistics, "statistics")]
    [InlineData(DocumentKind.InformationDisclosureReport, "information-disclosure report")]
    [InlineData(DocumentKind.Other, "other document")]
    public void Validate_OtherKindBreakingTheRules_ReportsOnlyRol0032(DocumentKind kind, string named)
    {
        var result = Validators.Later(Everything).Validate(BreakingEveryAnnualReportRule().OfKind(kind).Build());

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ValidationCodes.NotAnAnnualReport, issue.Code);
        Assert.Equal("DocumentKind", issue.Path);
        Assert.Equal(Severity.Info, issue.Severity);
        Assert.Equal(named, issue.ValueOf("kind"));
        Assert.Equal("The document is read as " + named + ", not as an annual rule-of-law report; the rules of annual reports (parts, title, deadlines, submissions, sign-off, shortcomings' causes) were not applied.", issue.Message);
    }

    [Fact]
    public void Validate_OtherKindUnpublishedLongAfterTheDeadline_IsNotOverdue()
    {
        var result = Validators.Later().Validate(AnAnnualReport.For(2024).Unpublished().OfKind(DocumentKind.Statistics).Build());

        Assert.False(result.Has(ValidationCodes.PublicationOverdue));
        Assert.True(result.Has(ValidationCodes.NotAnAnnualReport));
    }

    [Fact]
    public void Validate_OtherKindWithAnInconsistentRate_StillReportsTheRate()
    {
        var result = Validators.Later().Validate(AnAnnualReport.For(2024).WithInconsistentRate().OfKind(DocumentKind.InformationDisclosureReport).Build());

        Assert.Equal([ValidationCodes.PublishedRateInconsistent, ValidationCodes.NotAnAnnualReport], result.Issues.Select(i => i.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_Rol0032SwitchedOff_StillAppliesNoAnnualReportRule()
    {
        var result = Validators.Later(RuleSet.National.Disable(ValidationCodes.NotAnAnnualReport)).Validate(BreakingEveryAnnualReportRule().OfKind(DocumentKind.Other).Build());

        Assert.Empty(result.Issues);
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Validate_AnyReportOfAnotherKind_HasRol0032AndNoAnnualReportFinding(AnnualReport report)
    {
        var result = Validators.Later(Everything).Validate(report);

        return report.DocumentKind == DocumentKind.AnnualReport
            ? !result.Has(ValidationCodes.NotAnAnnualReport)
            : result.WithCode(ValidationCodes.NotAnAnnualReport).Length == 1 && !result.Issues.Any(i => AnnualReportCodes.Contains(i.Code));
    }

    [Fact]
    public void AnnualReportCodes_AreTheCodesOfV1ToV10()
    {
        Assert.Contains(ValidationCodes.RequiredPartMissing, AnnualReportCodes);
        Assert.Contains(ValidationCodes.PublicationOverdue, AnnualReportCodes);
        Assert.Contains(ValidationCodes.SignOffMissing, AnnualReportCodes);
        Assert.DoesNotContain(ValidationCodes.PublishedRateInconsistent, AnnualReportCodes);
    }
}
