using NodaTime.Testing;
using NodaTime;
using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

public sealed class DomainArbitrariesTests
{
    private static readonly ReportValidator NationalValidator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2040, 1, 1, 0, 0)));
    private static readonly RoundingPolicy[] Policies = Enumerable.Range(0, RoundingPolicy.MaxDecimals + 1).Select(d => new RoundingPolicy(d, System.MidpointRounding.AwayFromZero)).ToArray();

    [Theory]
    [InlineData(0, "零")]
    [InlineData(10, "十")]
    [InlineData(15, "十五")]
    [InlineData(101, "一百零一")]
    [InlineData(120, "一百二十")]
    [InlineData(1005, "一千零五")]
    [InlineData(10_010, "一万零一十")]
    [InlineData(30_020, "三万零二十")]
    [InlineData(100_000, "十万")]
    [InlineData(99_999_999, "九千九百九十九万九千九百九十九")]
    public void ToChineseNumeral_KnownValues_AreWrittenConventionally(int value, string text) =>
        Assert.Equal(text, DomainArbitraries.ToChineseNumeral(value));

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000_000)]
    public void ToChineseNumeral_OutOfRange_Throws(int value) =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => DomainArbitraries.ToChineseNumeral(value));

    [Property]
    public Property ChineseNumeral_PairsTextWithItsValue() =>
        Prop.ForAll(DomainArbitraries.ChineseNumerals(), pair => pair.Text == DomainArbitraries.ToChineseNumeral((int)pair.Value));

    [Property]
    public Property ChineseNumeral_ReadsAsItsValueWithTheReadersParser() =>
        Prop.ForAll(DomainArbitraries.ChineseNumerals(), pair => RuleOfLaw.Domain.Text.ChineseNumber.TryParse(pair.Text, out var number) && number.Value == pair.Value);

    [Property]
    public Property ChineseNumeral_TextUsesOnlyNumeralCharacters() =>
        Prop.ForAll(DomainArbitraries.ChineseNumerals(), pair => pair.Text.All(c => "零一二三四五六七八九十百千万".Contains(c)) && pair.Value >= 0);

    [Property]
    public Property ConsistentFigure_IsConsistentUnderSomePolicy() =>
        Prop.ForAll(DomainArbitraries.ConsistentFigures(), pair => Policies.Any(policy => pair.Rate.IsConsistentWith(pair.Figure, policy).IsConsistent));

    [Property]
    public Property InconsistentFigure_IsInconsistentUnderEveryPolicy() =>
        Prop.ForAll(DomainArbitraries.InconsistentFigures(), pair => Policies.All(policy => !pair.Rate.IsConsistentWith(pair.Figure, policy).IsConsistent));

    [Property]
    public Property CaseRecords_StayWithinTheDocumentedRanges() =>
        Prop.ForAll(DomainArbitraries.CaseRecords(), records =>
            records.Disclosures.Length <= 3 && records.Recommendations.Length <= 3 && records.Consultations.Length <= 3
            && records.Disclosures.All(d => d.DisclosedOn is not { } on || (on >= d.DecidedOn && on <= d.DecidedOn.PlusDays(120)))
            && records.Recommendations.All(r => r.AnsweredOn is not { } on || on <= r.ReceivedOn.PlusDays(120))
            && records.Consultations.All(c => c.Period.Length is >= 1 and <= 60));

    [Fact]
    public void CaseRecords_Sample_CoversEveryKindAndTheOptionalDates()
    {
        var records = DomainArbitraries.CaseRecords().Generator.Sample(300);

        var disclosures = records.SelectMany(r => r.Disclosures).ToArray();
        Assert.Equal(Enum.GetValues<EnforcementDecisionKind>(), disclosures.Select(d => d.Kind).Distinct().Order());
        Assert.Contains(disclosures, d => d.DisclosedOn is null);
        Assert.Contains(disclosures, d => d.Reference is null);
        Assert.Contains(records.SelectMany(r => r.Recommendations), r => r.AnsweredOn is null);
        Assert.Contains(records.SelectMany(r => r.Consultations), c => c.IsUrgencyRecorded);
    }

    [Property]
    public Property NationallyValidReports_HaveTheDocumentedShape() =>
        Prop.ForAll(DomainArbitraries.NationallyValidReports(), sample => sample.Report is var report &&
            report.Sections.Length is 4 or 5 && report.Sections[0].Children.Length is >= 1 and <= 6
            && report.Measures.Length is >= 1 and <= 20 && report.Shortcomings.Length is >= 1 and <= 4
            && report.Plan!.Items.Length is >= 1 and <= 8 && report.IndicatorValues.Length <= 6
            && report.IndicatorValues.Select(value => value.Indicator).Distinct().Count() == report.IndicatorValues.Length);

    [Fact]
    public void NationallyValidReports_Sample_SpansTheDocumentedSizes()
    {
        var sample = DomainArbitraries.NationallyValidReports().Generator.Sample(400).Select(s => s.Report).ToArray();

        Assert.Contains(sample, report => report.Measures.Length >= 15);
        Assert.Contains(sample, report => report.Measures.Length == 1);
        Assert.Contains(sample, report => report.IndicatorValues.Length == 6);
        Assert.Contains(sample, report => report.IndicatorValues.IsEmpty);
        Assert.Contains(sample, report => report.Sections.Length == 5);
        Assert.Contains(sample, report => report.Sections[0].Children.Length == 6);
        Assert.Contains(sample, report => report.IndicatorValues.Any(value => value.Published!.Value.Decimals == 2));
    }

    [Property]
    public Property NationallyValidReports_HaveNoFinding() =>
        Prop.ForAll(DomainArbitraries.NationallyValidReports(), sample => NationalValidator.Validate(sample.Report).Issues.IsEmpty);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(6, 0)]
    [InlineData(1, -1)]
    public void SectionAt_OutsideTheOutline_Throws(int level, int depth) =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => DomainArbitraries.SectionAt(level, depth));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 0)]
    [InlineData(1, 4)]
    public void SectionAt_InsideTheOutline_YieldsSectionsAtThatLevel(int level, int depth) =>
        Assert.All(DomainArbitraries.SectionAt(level, depth).Sample(20), section => Assert.Equal(level, section.OutlineLevel));
}
