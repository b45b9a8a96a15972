using System;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class ConsultationPeriodRuleTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    private static ValidationResult Validate(LocalDate start, LocalDate end, bool urgent = false) =>
        Validator.Validate(new CaseRecords(consultations: [new PublicConsultation("某区停车管理办法", new DateInterval(start, end), urgent)]));

    private static readonly ReportValidator BothEnds = new(RuleSet.National.WithConsultationCounting(PeriodCounting.BothEndsIncluded), new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    private static ValidationResult ValidateCountingBothEnds(LocalDate start, LocalDate end) =>
        BothEnds.Validate(new CaseRecords(consultations: [new PublicConsultation("某区停车管理办法", new DateInterval(start, end))]));

    [Fact]
    public void Validate_FirstDayNotCounted_OneToThirtyJuneIsTwentyNineDays_AndFails()
    {
        // 民法典 art. 201: the day a period starts is not counted; 2..30 June is 29 days.
        var issue = Assert.Single(Validate(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30)).Issues);

        Assert.Equal(ValidationCodes.ConsultationTooShort, issue.Code);
        Assert.Equal("Consultations[0].Period", issue.Path);
        Assert.Equal("Consultation ran 29 days (2024-06-01..2024-06-30, the first day not counted, 民法典 art. 201); at least 30 are required unless urgency is recorded.", issue.Message);
    }

    [Fact]
    public void Validate_FirstDayNotCounted_OneJuneToOneJulyIsThirtyDays_AndPasses()
    {
        Assert.Empty(Validate(new LocalDate(2024, 6, 1), new LocalDate(2024, 7, 1)).Issues);
    }

    [Fact]
    public void Validate_BothEndsCounted_ThirtyPasses_AndTwentyNineFails()
    {
        Assert.Empty(ValidateCountingBothEnds(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30)).Issues);

        var issue = Assert.Single(ValidateCountingBothEnds(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 29)).Issues);
        Assert.Equal("Consultation ran 29 days (2024-06-01..2024-06-29, both ends counted); at least 30 are required unless urgency is recorded.", issue.Message);
    }

    [Fact]
    public void Validate_AcrossLeapDay_CountsTheDay()
    {
        // 2024 is a leap year: 1 February → 2 March is 30 days with the first not counted; in 2023 it is 29.
        Assert.Empty(Validate(new LocalDate(2024, 2, 1), new LocalDate(2024, 3, 2)).Issues);
        Assert.False(Validate(new LocalDate(2024, 2, 1), new LocalDate(2024, 3, 1)).IsValid);
        Assert.True(Validate(new LocalDate(2023, 2, 1), new LocalDate(2023, 3, 3)).IsValid);
        Assert.False(Validate(new LocalDate(2023, 2, 1), new LocalDate(2023, 3, 2)).IsValid);
    }

    [Theory]
    [InlineData(PeriodCounting.FirstDayExcluded, 29)]
    [InlineData(PeriodCounting.BothEndsIncluded, 30)]
    public void DaysCounted_FollowsTheCountingRule(PeriodCounting counting, int expected)
    {
        var consultation = new PublicConsultation("某区停车管理办法", new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30)));

        Assert.Equal(expected, consultation.DaysCounted(counting));
        Assert.Throws<ArgumentOutOfRangeException>(() => consultation.DaysCounted((PeriodCounting)7));
    }

    [Fact]
    public void RuleSet_CountingIsPartOfItsIdentity()
    {
        var bothEnds = RuleSet.National.WithConsultationCounting(PeriodCounting.BothEndsIncluded);

        Assert.Equal(PeriodCounting.FirstDayExcluded, RuleSet.National.ConsultationCounting);
        Assert.NotEqual(RuleSet.National, bothEnds);
        Assert.Equal(RuleSet.National, bothEnds.WithConsultationCounting(PeriodCounting.FirstDayExcluded));
        Assert.Equal(PeriodCounting.BothEndsIncluded, bothEnds.Disable(ValidationCodes.ConsultationTooShort).ConsultationCounting);
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSet.National.WithConsultationCounting((PeriodCounting)(-1)));
    }

    [Fact]
    public void Validate_ShortButUrgent_Passes()
    {
        Assert.Empty(Validate(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 7), urgent: true).Issues);
    }
}
