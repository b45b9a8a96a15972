using System;
using System.Linq;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class NationalRatesTests
{
    private static readonly string[] ExpectedCodes =
    {
        "reconsideration_correction_rate", "litigation_head_appearance_rate", "litigation_loss_rate",
        "procuratorial_recommendation_rectification_rate", "normative_document_filing_rate",
        "normative_document_filing_timeliness_rate", "normative_document_conformity_rate", "legality_review_rate",
        "enforcement_disclosure_rate", "enforcement_platform_use_rate", "legal_exam_participation_rate",
        "legal_exam_pass_rate", "legal_exam_excellence_rate", "hearing_rate", "public_consultation_rate",
        "mediation_success_rate", "online_service_rate", "enforcement_platform_coverage_rate",
        "legality_review_coverage_rate", "reconsideration_mediation_rate", "mediation_withdrawal_rate",
        "dispute_resolution_rate", "conclusion_rate", "satisfaction_rate", "acceptance_rate", "litigation_win_rate",
    };

    [Fact]
    public void All_CoversTheNationalRateTable()
    {
        var codes = NationalRates.All.Select(definition => definition.Code.Value).ToArray();

        Assert.Equal(ExpectedCodes, codes);
    }

    [Fact]
    public void All_CodesAndNamesAreDistinct()
    {
        Assert.Equal(NationalRates.All.Length, NationalRates.All.Select(d => d.Code).Distinct().Count());
        Assert.Equal(NationalRates.All.Length, NationalRates.All.Select(d => d.ChineseName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(NationalRates.All.Length, NationalRates.All.Select(d => d.EnglishName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_ArePercentagesRoundedHalfAwayFromZero()
    {
        Assert.All(NationalRates.All, definition =>
        {
            Assert.Equal(IndicatorKind.Rate, definition.Kind);
            Assert.Equal(100, definition.Factor);
            Assert.Equal("%", definition.Unit);
            Assert.Equal(RoundingPolicy.Everyday(2), definition.DefaultRounding);
            Assert.Equal(2, definition.Decimals);
            Assert.EndsWith("_rate", definition.Code.Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Direction_LossIsLowerIsBetterAndCorrectionIsNeutral()
    {
        Assert.Equal(IndicatorDirection.LowerIsBetter, NationalRates.LitigationLoss.Direction);
        Assert.Equal(IndicatorDirection.Neutral, NationalRates.ReconsiderationCorrection.Direction);
        Assert.Equal(
            NationalRates.All.Length - 2,
            NationalRates.All.Count(definition => definition.Direction == IndicatorDirection.HigherIsBetter));
    }

    [Fact]
    public void UnsureDenominators_AreNamedAlternatives()
    {
        Assert.Equal("concluded_by_decision", NationalRates.ReconsiderationCorrection.Denominator.Name);
        Assert.Equal("all_concluded", Assert.Single(NationalRates.ReconsiderationCorrection.AlternativeDenominators).Name);
        Assert.Equal("all_units", Assert.Single(NationalRates.EnforcementPlatformUse.AlternativeDenominators).Name);
        Assert.Equal("required", NationalRates.LegalExamParticipation.Denominator.Name);
        Assert.Equal("sat", NationalRates.LegalExamPass.Denominator.Name);
        Assert.Equal("required", Assert.Single(NationalRates.LegalExamPass.AlternativeDenominators).Name);
        Assert.Equal("required", Assert.Single(NationalRates.LegalExamExcellence.AlternativeDenominators).Name);
        Assert.Empty(NationalRates.LitigationHeadAppearance.AlternativeDenominators);
    }

    [Fact]
    public void Find_KnownAndUnknownCodes()
    {
        Assert.Same(NationalRates.Hearing, NationalRates.Find(IndicatorCode.Parse("hearing_rate")));
        Assert.Null(NationalRates.Find(IndicatorCode.Parse("hearing_rates")));
        Assert.Null(NationalRates.Find(null));
    }

    [Fact]
    public void All_TextsAreFilledInBothLanguages()
    {
        Assert.All(NationalRates.All, definition =>
        {
            Assert.Contains(definition.ChineseName, definition.ToString(), StringComparison.Ordinal);
            Assert.Matches("\\p{IsCJKUnifiedIdeographs}", definition.NumeratorChinese);
            Assert.Matches("\\p{IsCJKUnifiedIdeographs}", definition.Denominator.Chinese);
            Assert.DoesNotMatch("\\p{IsCJKUnifiedIdeographs}", definition.NumeratorEnglish);
            Assert.DoesNotMatch("\\p{IsCJKUnifiedIdeographs}", definition.Denominator.English);
            Assert.False(string.IsNullOrWhiteSpace(definition.Source.Text));
        });
    }

    [Fact]
    public void Sources_AreMarked_AndNoFilingRateCitesTheRegulationOnLawsAndRules()
    {
        // 《法规规章备案条例》 covers 法规 and 规章 only, not 行政规范性文件.
        foreach (var definition in NationalRates.All)
        {
            Assert.DoesNotContain("法规规章备案条例", definition.Source.Text, StringComparison.Ordinal);
        }

        Assert.Contains("国办发〔2018〕37号", NationalRates.NormativeDocumentFiling.Source.Citation, StringComparison.Ordinal);
        Assert.Contains("2020年修正", NationalRates.ProcuratorialRecommendationRectification.Source.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_ThatRestOnLocalPractice_AreUnverified_AndNeverACitation()
    {
        var unverified = NationalRates.All.Where(definition => !definition.Source.IsVerified).Select(definition => definition.Code.Value).ToArray();

        Assert.Equal(
            ["enforcement_platform_use_rate", "legal_exam_participation_rate", "legal_exam_pass_rate", "legal_exam_excellence_rate", "mediation_success_rate",
             "enforcement_platform_coverage_rate", "legality_review_coverage_rate", "reconsideration_mediation_rate", "mediation_withdrawal_rate",
             "dispute_resolution_rate", "conclusion_rate", "satisfaction_rate", "acceptance_rate"],
            unverified);
        foreach (var definition in NationalRates.All.Where(definition => !definition.Source.IsVerified))
        {
            Assert.Null(definition.Source.Citation);
            Assert.StartsWith("未核实：", definition.Source.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IndicatorSource_GuardsItsText_AndComparesStatusToo()
    {
        Assert.Throws<ArgumentException>(() => IndicatorSource.Verified(" "));
        Assert.Throws<ArgumentException>(() => IndicatorSource.Unverified(""));
        Assert.NotEqual(IndicatorSource.Verified("某文件"), IndicatorSource.Unverified("某文件"));
        Assert.Equal(IndicatorSource.Verified("某文件"), IndicatorSource.Verified("某文件"));
        Assert.Equal("某文件", IndicatorSource.Verified("某文件").ToString());
    }
}
