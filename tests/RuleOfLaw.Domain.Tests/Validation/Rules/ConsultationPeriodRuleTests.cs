using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class ConsultationPeriodRuleTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    private static ValidationResult Validate(LocalDate start, LocalDate end, bool urgent = false) =>
        Validator.Validate(new CaseRecords(consultations: [new PublicConsultation("某区停车管理办法", new DateInterval(start, end), urgent)]));

    [Fact]
    public void Validate_ThirtyDaysInclusive_Passes_AndTwentyNineFails()
    {
        Assert.Empty(Validate(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30)).Issues);

        var issue = Assert.Single(Validate(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 29)).Issues);
        Assert.Equal(ValidationCodes.ConsultationTooShort, issue.Code);
        Assert.Equal("Consultations[0].Period", issue.Path);
        Assert.Equal("Consultation ran 29 days (2024-06-01..2024-06-29); at least 30 are required unless urgency is recorded.", issue.Message);
    }

    [Fact]
    public void Validate_AcrossLeapDay_CountsTheDay()
    {
        Assert.Empty(Validate(new LocalDate(2024, 2, 1), new LocalDate(2024, 3, 1)).Issues);
        Assert.True(Validate(new LocalDate(2023, 2, 1), new LocalDate(2023, 3, 2)).IsValid);
        Assert.False(Validate(new LocalDate(2023, 2, 1), new LocalDate(2023, 3, 1)).IsValid);
    }

    [Fact]
    public void Validate_ShortButUrgent_Passes()
    {
        Assert.Empty(Validate(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 7), urgent: true).Issues);
    }
}
