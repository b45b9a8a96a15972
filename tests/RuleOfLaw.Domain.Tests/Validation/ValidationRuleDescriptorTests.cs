using System;
using System.Globalization;
using NodaTime;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class ValidationRuleDescriptorTests
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
        Assert.StartsWith("Signed off none;", issue.Message, StringComparison.Ordinal);
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
}
