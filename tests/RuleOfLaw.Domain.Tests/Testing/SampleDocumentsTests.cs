using System;
using System.IO;
using System.Linq;
using NodaTime;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Json;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

public sealed class SampleDocumentsTests
{
    /// <summary>The report behind the embedded <c>breaks-every-national-rule</c> sample, built with the package's builders.</summary>
    public static AnnualReport BreakEveryNationalRule() =>
        AnAnnualReport.For(2023)
            .WithIncompleteTitle()
            .WithMergedParts()
            .WithoutPart(ReportPart.NextYearArrangements)
            .PublishedLate()
            .SubmittedTo(
                new Submission("区委", SubmissionRecipientKind.PartyCommittee, new LocalDate(2024, 4, 1)),
                new Submission("区人大常委会", SubmissionRecipientKind.PeopleCongressStandingCommittee, new LocalDate(2023, 12, 31)))
            .WithShortcomingWithoutCause()
            .WithInconsistentRate()
            .WithFigureForInapplicableRate()
            .WithConflictingPrintings()
            .Build();

    private static string SampleFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RuleOfLaw.Domain.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory!.FullName, "src", "RuleOfLaw.Domain.Testing", "Samples");
        }
    }

    [Fact]
    public void BreaksEveryNationalRule_IsTheBuiltReport()
    {
        var built = BreakEveryNationalRule();
        var findings = string.Concat(new ReportValidator(RuleSet.National, SampleDocuments.Clock).Validate(built).Issues.Select(issue => issue.Code + " " + issue.Path + "\n"));
        if (Golden.Updating)
        {
            File.WriteAllText(Path.Combine(SampleFolder, "breaks-every-national-rule.report.json"), RuleOfLawJson.Serialize(built));
            File.WriteAllText(Path.Combine(SampleFolder, "breaks-every-national-rule.expected.txt"), findings);
            File.WriteAllText(Path.Combine(SampleFolder, "minimal-valid.report.json"), RuleOfLawJson.Serialize(AnAnnualReport.For(2024).Build()));
        }

        DomainAssert.Equal(built, SampleDocuments.BreaksEveryNationalRule);
    }

    [Fact]
    public void BreaksEveryNationalRule_FindingsAreTheListedOnes()
    {
        var result = new ReportValidator(RuleSet.National, SampleDocuments.Clock).Validate(SampleDocuments.BreaksEveryNationalRule);

        Assert.Equal(SampleDocuments.BreaksEveryNationalRuleExpectedFindings, result.Issues.Select(issue => (issue.Code, issue.Path)).ToArray());
    }

    [Theory]
    [InlineData(ValidationCodes.RequiredPartMissing)]
    [InlineData(ValidationCodes.PublishedLate)]
    [InlineData(ValidationCodes.LocalGovernmentSubmissionLate)]
    [InlineData(ValidationCodes.DatedBeforeYearEnd)]
    [InlineData(ValidationCodes.ShortcomingWithoutCause)]
    [InlineData(ValidationCodes.TitleIncomplete)]
    [InlineData(ValidationCodes.PublishedRateInconsistent)]
    [InlineData(ValidationCodes.PartsMerged)]
    [InlineData(ValidationCodes.FigureForInapplicableRate)]
    [InlineData(ValidationCodes.PublishedFigureConflict)]
    public void BreaksEveryNationalRule_HasEachReportRuleOnce(string code)
    {
        var listed = SampleDocuments.BreaksEveryNationalRuleExpectedFindings;

        Assert.Single(listed, finding => finding.Code == code);
    }

    [Fact]
    public void MinimalReport_IsTheDefaultBuiltReport()
    {
        DomainAssert.Equal(AnAnnualReport.For(2024).Build(), SampleDocuments.MinimalReport);
    }

    [Fact]
    public void MinimalReport_IsValid()
    {
        var result = new ReportValidator(RuleSet.National, SampleDocuments.Clock).Validate(SampleDocuments.MinimalReport);

        Assert.Empty(result.Issues);
    }

    [Fact]
    public void PingshanReport_RoundTripsToItsJson()
    {
        Assert.Equal(SampleDocuments.PublishedReportJson.TrimEnd(), RuleOfLawJson.Serialize(SampleDocuments.PublishedReport).TrimEnd());
    }

    [Fact]
    public void PingshanText_IsTheTestSample()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "pingshan-2020.txt")), SampleDocuments.PublishedReportText);
    }

    [Fact]
    public void PublishedReportJson_IsTheGoldenFileOfTheJsonTests()
    {
        var golden = File.ReadAllText(Path.Combine(RuleOfLaw.Domain.Tests.Json.Golden.Folder, "pingshan-2020.report.json"));

        Assert.Equal(golden.ReplaceLineEndings("\n").TrimEnd(), SampleDocuments.PublishedReportJson.ReplaceLineEndings("\n").TrimEnd());
    }
}
