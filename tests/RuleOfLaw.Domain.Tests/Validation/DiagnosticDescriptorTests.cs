using System;
using System.Globalization;
using NodaTime;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class DiagnosticDescriptorTests
{
    [Fact]
    public void CreateIssue_FormatsTheTemplateWithNamedValues()
    {
        var descriptor = ValidationCodes.Describe(ValidationCodes.PublishedLate);

        var issue = descriptor.CreateIssue(Severity.Error, "Publication.PublishedAt", new LocalDate(2025, 4, 3), new LocalDate(2025, 4, 1));

        Assert.Equal("Published 2025-04-03; due before 2025-04-01.", issue.Message);
        Assert.Equal("ROL0002", issue.Code);
        Assert.Equal("Publication.PublishedAt", issue.Path);
        Assert.Equal([new ValidationValue("published", "2025-04-03"), new ValidationValue("dueBefore", "2025-04-01")], issue.Values);
    }

    [Fact]
    public void CreateIssue_UnderAnotherCulture_FormatsInvariantly()
    {
        var descriptor = ValidationCodes.Describe(ValidationCodes.PublishedRateInconsistent);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var issue = descriptor.CreateIssue(Severity.Error, "Rates[0]", 6.20m, "33/536", 6.1567m);

            Assert.Equal("Published 6.20% for 33/536, which is 6.1567%.", issue.Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void CreateIssue_NullValue_IsWrittenAsNone()
    {
        var descriptor = ValidationCodes.Describe(ValidationCodes.SignOffMissing);

        var issue = descriptor.CreateIssue(Severity.Error, "SignOff", null, new LocalDate(2021, 1, 10));

        Assert.Equal("none", issue.ValueOf("signedOff"));
        Assert.StartsWith("Sign-off: none;", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateIssue_OffsetDateTime_KeepsItsOffset()
    {
        var descriptor = ValidationCodes.Describe(ValidationCodes.DatedBeforeYearEnd);
        var at = new LocalDateTime(2020, 12, 31, 23, 30).WithOffset(Offset.FromHours(8));

        var issue = descriptor.CreateIssue(Severity.Error, "Publication.PublishedAt", "Publication", at, 2020);

        Assert.Equal("2020-12-31 23:30:00+08:00", issue.ValueOf("date"));
    }

    [Fact]
    public void CreateIssue_WrongNumberOfValues_Throws()
    {
        var descriptor = ValidationCodes.Describe(ValidationCodes.PublishedLate);

        var exception = Assert.Throws<ArgumentException>(() => descriptor.CreateIssue(Severity.Error, "x", new LocalDate(2025, 4, 3)));

        Assert.StartsWith("values (1) must match the 2 names of ROL0002", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDiagnosticCreate_FormatsTheTemplateWithTheValuesInOrder()
    {
        var descriptor = ReadDiagnosticCodes.Describe(ReadDiagnosticCodes.UnsoundRateCounts);

        var note = ReadDiagnostic.Create(descriptor, new SourceSpan(3, 4), "reconsideration_correction_rate", 7, 5);

        // The value keeps the code; the message names the rate (DisplayNames).
        Assert.Equal("reconsideration correction rate: numerator 7 exceeds denominator 5; the counts were dropped", note.Message);
        Assert.Equal("reconsideration_correction_rate", note.Values[0].Value);
        Assert.Same(descriptor, note.Descriptor);
        Assert.Equal("ROLT009", note.Code);
        Assert.Equal(new SourceSpan(3, 4), note.Span);
        Assert.Equal(Severity.Info, note.Severity);
    }

    [Fact]
    public void ReadDiagnosticCreate_UnderAnotherCulture_FormatsInvariantly()
    {
        var descriptor = ReadDiagnosticCodes.Describe(ReadDiagnosticCodes.UnrepresentableFigure);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var note = ReadDiagnostic.Create(descriptor, null, "x", 1.12345678901m);

            Assert.Equal("x is printed as 1.12345678901%, more decimals or digits than a published figure holds; the figure was dropped", note.Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ReadDiagnosticCreate_WrongNumberOfValues_Throws()
    {
        var descriptor = ReadDiagnosticCodes.Describe(ReadDiagnosticCodes.InferredField);

        var exception = Assert.Throws<ArgumentException>(() => ReadDiagnostic.Create(descriptor, null, "title \"x\""));

        Assert.StartsWith("values (1) must match the 2 names of ROLT012", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDiagnosticCreate_OfAValidationCode_IsABug()
    {
        var descriptor = ValidationCodes.Describe(ValidationCodes.PublishedLate);

        Assert.Throws<InvalidOperationException>(() => ReadDiagnostic.Create(descriptor, null, "a", "b"));
    }

    [Fact]
    public void CreateIssue_OfAReadingCode_IsABug()
    {
        var descriptor = ReadDiagnosticCodes.Describe(ReadDiagnosticCodes.UnclassifiedNumber);

        Assert.Throws<InvalidOperationException>(() => descriptor.CreateIssue(Severity.Info, string.Empty, "12"));
    }

    [Fact]
    public void HelpLink_PointsAtTheCodesSectionOfTheRulesDocument()
    {
        Assert.Equal(
            "https://github.com/ruleoflaw-domain/RuleOfLaw.Domain/blob/main/docs/rules.md#rol0023-100-or-0-printed-for-counts-that-are-not-all-or-none",
            DiagnosticCatalogue.Describe(ValidationCodes.PublishedFigureAllOrNone).HelpLink);
        Assert.Equal(
            "https://github.com/ruleoflaw-domain/RuleOfLaw.Domain/blob/main/docs/rules.md#rolt002-heading-boundary-uncertain",
            DiagnosticCatalogue.Describe(ReadDiagnosticCodes.UncertainHeadingBoundary).HelpLink);
    }
}
