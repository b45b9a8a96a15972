using System.IO;
using System.Linq;
using NodaTime;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;
using RuleOfLaw.Review.Model;
using Xunit;

namespace RuleOfLaw.Review.Tests;

/// <summary>The page's rule sets and code groups come from the library: no list of its own.</summary>
public sealed class RuleSetChoiceTests
{
    private static readonly ReviewOptions National = new(RuleSetChoice.National, new LocalDate(2021, 3, 1));

    private static byte[] Sample()
    {
        using var stream = typeof(RuleSetChoiceTests).Assembly.GetManifestResourceStream("Sample.txt")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void RuleSetChoices_AreTheLibrarysProfiles_InItsOrder()
    {
        Assert.Equal(RuleSetProfiles.All.Select(p => p.Name), RuleSetChoice.All.Select(c => c.Key));
        Assert.Equal(RuleSetProfiles.All.Select(p => p.RuleSet), RuleSetChoice.All.Select(c => c.RuleSet));
        Assert.Equal(RuleSetProfiles.All.Select(p => p.Description), RuleSetChoice.All.Select(c => c.Source));
        Assert.Same(RuleSetChoice.National, RuleSetChoice.All[0]);
        Assert.Equal(RuleSetChoice.All.Length, RuleSetChoice.All.Select(c => c.Label).Distinct().Count());
    }

    [Theory]
    [InlineData("strict")]
    [InlineData("department-submission-deadline")]
    public void Find_ProfileName_GivesThatProfilesRuleSet(string name)
    {
        Assert.Equal(RuleSetProfiles.Find(name)!.RuleSet, RuleSetChoice.Find(name).RuleSet);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("DepartmentSubmissionDeadline")]
    public void Find_UnknownKey_GivesTheNationalRules(string? key)
    {
        Assert.Same(RuleSetChoice.National, RuleSetChoice.Find(key));
    }

    [Fact]
    public void Review_UnderTheStrictProfile_RaisesTheWarningToAnError()
    {
        var strict = new ReviewOptions(RuleSetChoice.Find("strict"), new LocalDate(2021, 3, 1));

        var national = Reviewer.Review(new ReviewInput("sample.txt", Sample()), National);
        var raised = Reviewer.Review(new ReviewInput("sample.txt", Sample()), strict);

        Assert.Contains(national.Findings, f => f.Issue.Code == ValidationCodes.ShortcomingWithoutCause && f.Issue.Severity == Severity.Warning);
        Assert.Contains(raised.Findings, f => f.Issue.Code == ValidationCodes.ShortcomingWithoutCause && f.Issue.Severity == Severity.Error);
    }

    [Fact]
    public void LatenessAndRateCodes_ComeFromTheCatalogue()
    {
        Assert.Equal(
            [ValidationCodes.PublishedLate, ValidationCodes.LocalGovernmentSubmissionLate, ValidationCodes.DepartmentSubmissionLate, ValidationCodes.ProvincialSubmissionLate, ValidationCodes.DemonstrationAreaReportLate, ValidationCodes.PublicationOverdue],
            Reviewer.LatenessCodes.Order());
        Assert.Equal(
            [ValidationCodes.PublishedRateInconsistent, ValidationCodes.FigureForInapplicableRate, ValidationCodes.PublishedFigureConflict, ValidationCodes.PublishedRateImpossible],
            Reviewer.RateCodes.Order());
    }

    [Fact]
    public void Review_Notes_ReferToTheirDescriptors()
    {
        var review = Reviewer.Review(new ReviewInput("sample.txt", Sample()), National);

        Assert.NotEmpty(review.Notes);
        Assert.All(review.Notes, n => Assert.Same(DiagnosticCatalogue.Describe(n.Note.Code), n.Note.Descriptor));
    }

    [Fact]
    public void Review_UnbuildableText_ShowsWhatWasReadAndWhatIsMissing()
    {
        var text = "一、主要举措\n办理案件3件，编号12345。\n二、存在的不足和原因\n人员不足。\n";

        var review = Reviewer.Review(new ReviewInput("untitled.txt", System.Text.Encoding.UTF8.GetBytes(text)), National);

        Assert.Null(review.Error);
        Assert.True(review.IsPartial);
        // Why, in the reader's own Chinese words (the ROLT001 note), not merely its first note.
        Assert.StartsWith("无法构建报告", review.Unbuilt, System.StringComparison.Ordinal);
        Assert.Contains(review.Notes, n => n.Note.Code == RuleOfLaw.Domain.Text.ReadDiagnosticCodes.NoTitleOrYear);
        Assert.Contains(review.Notes, n => n.Note.Severity == Severity.Info);
        // What was read: the sections mapped to parts, the quantity, and no findings (validation needs a report).
        Assert.Equal(PartStatus.Present, review.Parts.Single(p => p.Part == ReportPart.ShortcomingsAndCauses).Status);
        Assert.Equal(PartStatus.Missing, review.Parts.Single(p => p.Part == ReportPart.NextYearArrangements).Status);
        Assert.Contains(review.Marks, m => m.Kind == MarkKind.Quantity && text.Substring(m.Span.Start, m.Span.Length) == "3件");
        Assert.Equal("—", review.Header.Single(h => h.Label == "标题").Value);
        Assert.Empty(review.Findings);
        Assert.Equal(text.Length, review.Segments.Sum(s => s.Length));
    }

    [Fact]
    public void Review_UnbuildableText_ChecksTheRatesItStates()
    {
        var text = "一、主要举措和成效\n办结复议案件11件，其中纠错2件，纠错率18.2%。\n";

        var review = Reviewer.Review(new ReviewInput("untitled.txt", System.Text.Encoding.UTF8.GetBytes(text)), National);

        Assert.True(review.IsPartial);
        var rate = Assert.Single(review.Rates);
        Assert.Equal((2L, 11L, "18.2%", "一致"), (rate.Numerator!.Value, rate.Denominator!.Value, rate.Printed, rate.Verdict));
        Assert.Contains("四舍五入", rate.Agreeing, System.StringComparison.Ordinal);
    }
}
