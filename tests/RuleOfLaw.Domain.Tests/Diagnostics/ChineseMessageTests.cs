using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Diagnostics;

public sealed class ChineseMessageTests
{
    private static readonly Regex EnglishWord = new("[A-Za-z]{4,}", RegexOptions.CultureInvariant);

    [Fact]
    public void EveryCode_HasAChineseTitleAndTemplate_WithTheEnglishTemplatesValueNames()
    {
        Assert.All(DiagnosticCatalogue.All, descriptor =>
        {
            var title = descriptor.GetTitle(MessageLanguage.Chinese);
            var template = descriptor.GetMessageTemplate(MessageLanguage.Chinese);
            Assert.NotEqual(descriptor.Title, title);
            Assert.NotEqual(descriptor.MessageTemplate, template);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", title);
            var names = Regex.Matches(template, @"\{([^}]+)\}").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
            Assert.Equal(descriptor.ValueNames.Order(StringComparer.Ordinal), names);
        });
    }

    [Fact]
    public void EveryCode_HasAChineseSource_WithNoEnglishWords()
    {
        // Proper names stay as they are: the authors of the modified z-score and the tool whose bounds X3 takes.
        string[] names = ["Iglewicz", "Hoaglin", "KIROGOVCOMPARE"];
        Assert.All(DiagnosticCatalogue.All, descriptor =>
        {
            var source = descriptor.GetSource(MessageLanguage.Chinese);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", source);
            Assert.Empty(EnglishWord.Matches(source).Select(m => m.Value).Except(names, StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Source_InEnglish_IsTheSourceAsStored_AndAnUndefinedLanguageThrows()
    {
        var descriptor = DiagnosticCatalogue.Describe(ValidationCodes.PublishedLate);
        Assert.Equal(descriptor.Source, descriptor.GetSource(MessageLanguage.English));
        Assert.Equal("《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条", descriptor.GetSource(MessageLanguage.Chinese));
        Assert.Throws<ArgumentOutOfRangeException>(() => descriptor.GetSource((MessageLanguage)7));
    }

    [Fact]
    public void English_IsTheTitleAndTemplateAsStored()
    {
        var descriptor = DiagnosticCatalogue.Describe(ValidationCodes.PublishedLate);
        Assert.Equal(descriptor.Title, descriptor.GetTitle(MessageLanguage.English));
        Assert.Equal(descriptor.MessageTemplate, descriptor.GetMessageTemplate(MessageLanguage.English));
    }

    [Fact]
    public void UndefinedLanguage_Throws()
    {
        var descriptor = DiagnosticCatalogue.Describe(ValidationCodes.PublishedLate);
        Assert.Throws<ArgumentOutOfRangeException>(() => descriptor.GetTitle((MessageLanguage)7));
    }

    [Fact]
    public void MissingPart_InChinese_NamesThePartInChinese()
    {
        var report = AnAnnualReport.For(2024).WithoutPart(ReportPart.ShortcomingsAndCauses).Build();
        var issue = Validate(report).Issues.Single(i => i.Code == ValidationCodes.RequiredPartMissing);

        Assert.Equal("Part 2 (shortcomings and causes) is missing or empty.", issue.GetMessage(MessageLanguage.English));
        Assert.Equal("第二部分“存在的不足和原因”缺失或为空。", issue.GetMessage(MessageLanguage.Chinese));
    }

    [Fact]
    public void LatePublication_InChinese_KeepsTheDates()
    {
        var report = AnAnnualReport.For(2024).PublishedLate().Build();
        var issue = Validate(report).Issues.Single(i => i.Code == ValidationCodes.PublishedLate);
        var chinese = issue.GetMessage(MessageLanguage.Chinese);

        Assert.Contains(issue.ValueOf("published")!, chinese, StringComparison.Ordinal);
        Assert.Contains(issue.ValueOf("dueBefore")!, chinese, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWord, chinese);
    }

    [Fact]
    public void FindingsOfTheBuiltInFaults_InChinese_HoldNoEnglishWords()
    {
        var reports = new[]
        {
            AnAnnualReport.For(2024).PublishedLate().Build(),
            AnAnnualReport.For(2024).Unpublished().Build(),
            AnAnnualReport.For(2024).SubmittedAfterFirstQuarter().Build(),
            AnAnnualReport.For(2024).WithoutPart(ReportPart.MeasuresAndResults).Build(),
        };
        var issues = reports.SelectMany(r => Validate(r).Issues).ToArray();
        Assert.NotEmpty(issues);
        Assert.All(issues, issue => Assert.DoesNotMatch(EnglishWord, issue.GetMessage(MessageLanguage.Chinese)));
    }

    [Fact]
    public void IssueOfAnUnknownCode_InChinese_FallsBackToItsMessage()
    {
        var issue = new ValidationIssue("X0001", Severity.Warning, "", "Something else.", ImmutableArray<ValidationValue>.Empty);
        Assert.Equal("Something else.", issue.GetMessage(MessageLanguage.Chinese));
    }

    [Fact]
    public void IssueWhoseValuesDoNotFitTheTemplate_InChinese_FallsBackToItsMessage()
    {
        var issue = new ValidationIssue(ValidationCodes.PublishedLate, Severity.Error, "Publication", "Published late.", ImmutableArray<ValidationValue>.Empty);
        Assert.Equal("Published late.", issue.GetMessage(MessageLanguage.Chinese));
    }

    [Fact]
    public void FormatMessage_WithoutANamedValue_Throws()
    {
        var descriptor = DiagnosticCatalogue.Describe(ValidationCodes.PublishedLate);
        var exception = Assert.Throws<ArgumentException>(() => descriptor.FormatMessage([new ValidationValue("published", "2025-04-03")], MessageLanguage.Chinese));
        Assert.Contains("dueBefore", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingNotesOfTheSample_InChinese_HoldNoEnglishWordsOutsideQuotations()
    {
        var read = ReportTextReader.Read(RuleOfLaw.Domain.Testing.SampleDocuments.PublishedReportText);
        Assert.NotEmpty(read.Diagnostics);
        Assert.All(read.Diagnostics, note =>
        {
            var chinese = note.GetMessage(MessageLanguage.Chinese);
            Assert.NotEqual(note.Message, chinese);
            Assert.DoesNotMatch(EnglishWord, Regex.Replace(chinese, "“[^”]*”", string.Empty));
        });
    }

    [Fact]
    public void RateExplanation_InChinese_NamesTheRoundingRules()
    {
        var result = RateCheck.Check(2, 11, PublishedFigure.Parse("18.2"), RoundingModes.HalfAwayFromZero | RoundingModes.HalfToEven);
        Assert.Equal(result.Explain(), result.Explain(MessageLanguage.English));
        Assert.Equal("2/11 = 18.1818%，按四舍五入或四舍六入五成双得18.2。", result.Explain(MessageLanguage.Chinese));
        Assert.Equal("无", RateCheckResult.DescribeInChinese(RoundingModes.None));
    }

    private static ValidationResult Validate(AnnualReport report) =>
        new ReportValidator(RuleSet.National, new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0))).Validate(report);
}
