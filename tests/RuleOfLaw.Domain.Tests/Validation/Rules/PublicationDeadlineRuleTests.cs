using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class PublicationDeadlineRuleTests
{
    private static ValidationResult Published(OffsetDateTime at) =>
        Validators.Later().Validate(AnAnnualReport.For(2024).PublishedAt(at).Build());

    private static OffsetDateTime Beijing(int year, int month, int day, int hour = 10, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).WithOffset(ChinaTime.Offset);

    [Fact]
    public void Validate_PublishedThirtyFirstMarch_Passes()
    {
        Assert.False(Published(Beijing(2025, 3, 31, 23, 59)).Has(ValidationCodes.PublishedLate));
    }

    [Fact]
    public void Validate_PublishedFirstApril_IsLate()
    {
        var issue = Assert.Single(Published(Beijing(2025, 4, 1, 0, 0)).Issues);

        Assert.Equal(ValidationCodes.PublishedLate, issue.Code);
        Assert.Equal("Publication.PublishedAt", issue.Path);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("Published 2025-04-01; due before 2025-04-01.", issue.Message);
    }

    [Fact]
    public void Validate_PublishedThirdApril_MessageQuotesBothDates()
    {
        var issue = Assert.Single(Published(Beijing(2025, 4, 3)).WithCode(ValidationCodes.PublishedLate));

        Assert.Equal("Published 2025-04-03; due before 2025-04-01.", issue.Message);
        Assert.Equal("2025-04-03", issue.ValueOf("published"));
        Assert.Equal("2025-04-01", issue.ValueOf("dueBefore"));
    }

    [Fact]
    public void Validate_PublishedInUtcOnThirtyFirstMarchEvening_IsReadInBeijingTime()
    {
        // 31 March 17:00 UTC is 1 April 01:00 in Beijing.
        var utc = new LocalDateTime(2025, 3, 31, 17, 0).WithOffset(Offset.Zero);

        Assert.True(Published(utc).Has(ValidationCodes.PublishedLate, "Publication.PublishedAt"));
        Assert.False(Published(new LocalDateTime(2025, 3, 31, 15, 59).WithOffset(Offset.Zero)).Has(ValidationCodes.PublishedLate));
    }

    [Fact]
    public void Validate_LeapYear_ChangesNothing()
    {
        var report = AnAnnualReport.For(2023).PublishedAt(Beijing(2024, 3, 31)).Build();
        var late = AnAnnualReport.For(2023).PublishedAt(Beijing(2024, 4, 1)).Build();

        Assert.False(Validators.Later().Validate(report).Has(ValidationCodes.PublishedLate));
        Assert.True(Validators.Later().Validate(late).Has(ValidationCodes.PublishedLate));
    }

    [Fact]
    public void Validate_UnpublishedBeforeTheDeadline_IsNotAnIssue()
    {
        var report = AnAnnualReport.For(2024).Unpublished().Build();

        var result = Validators.On(new LocalDate(2025, 3, 31)).Validate(report);

        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Validate_UnpublishedOnFirstApril_IsOverdue()
    {
        var report = AnAnnualReport.For(2024).Unpublished().Build();

        var issue = Assert.Single(Validators.On(new LocalDate(2025, 4, 1)).Validate(report).Issues);

        Assert.Equal(ValidationCodes.PublicationOverdue, issue.Code);
        Assert.Equal("Publication", issue.Path);
        Assert.Equal("Not published by 2025-04-01; due before 2025-04-01.", issue.Message);
    }

    [Fact]
    public void Validate_ExemptReport_IsNeitherLateNorOverdue()
    {
        var report = AnAnnualReport.For(2024).ExemptBecause(PublicationExemption.StateSecrets).Build();

        Assert.Empty(Validators.Later().Validate(report).Issues);
    }

    [Property]
    public Property Validate_AnyPublicationDay_IsLateExactlyFromFirstApril() =>
        Prop.ForAll(Gen.Choose(2019, 2040).ToArbitrary(), Gen.Choose(-90, 90).ToArbitrary(), (year, offset) =>
        {
            var published = new LocalDate(year + 1, 4, 1).PlusDays(offset);
            var report = AnAnnualReport.For(year).PublishedOn(published).Build();

            return Validators.Later().Validate(report).Has(ValidationCodes.PublishedLate, "Publication.PublishedAt") == (offset >= 0);
        });

    [Property]
    public Property Validate_UnpublishedReport_IsOverdueExactlyFromFirstApril() =>
        Prop.ForAll(Gen.Choose(2019, 2040).ToArbitrary(), Gen.Choose(-90, 90).ToArbitrary(), (year, offset) =>
        {
            var today = new LocalDate(year + 1, 4, 1).PlusDays(offset);
            var report = AnAnnualReport.For(year).Unpublished().Build();

            var result = Validators.On(today).Validate(report);

            return result.Has(ValidationCodes.PublicationOverdue, "Publication") == (offset >= 0) && result.Issues.Length == (offset >= 0 ? 1 : 0);
        });
}
