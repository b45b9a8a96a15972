using System;
using System.Linq;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class DisplayNamesTests
{
    [Fact]
    public void EveryValue_HasADistinctNameInEachLanguage_ChineseInChineseAndEnglishNotTheEnumMember()
    {
        AssertNames(Enum.GetValues<ReportPart>(), DisplayNames.Of);
        AssertNames(Enum.GetValues<AdministrativeLevel>(), DisplayNames.Of);
        AssertNames(Enum.GetValues<SubjectKind>(), DisplayNames.Of);
        AssertNames(Enum.GetValues<PublicationChannel>(), DisplayNames.Of);
        AssertNames(Enum.GetValues<Severity>(), DisplayNames.Of);
    }

    [Fact]
    public void Parts_InChinese_AreTheGuidelinesFiveParts()
    {
        Assert.Equal("存在的不足和原因", DisplayNames.Of(ReportPart.ShortcomingsAndCauses, MessageLanguage.Chinese));
        Assert.Equal("shortcomings and causes", DisplayNames.Of(ReportPart.ShortcomingsAndCauses, MessageLanguage.English));
    }

    [Fact]
    public void Rates_AreNamedFromTheCatalogue_AndAnUnknownCodeByItself()
    {
        foreach (var definition in NationalRates.All)
        {
            Assert.Equal(definition.ChineseName, DisplayNames.Of(definition.Code, MessageLanguage.Chinese));
            Assert.Equal(definition.EnglishName, DisplayNames.Of(definition.Code, MessageLanguage.English));
        }

        var unknown = IndicatorCode.Parse("local_satisfaction_rate");
        Assert.Equal("local_satisfaction_rate", DisplayNames.Of(unknown, MessageLanguage.Chinese));
    }

    [Fact]
    public void IndicatorValues_AreNamedByTheCatalogueOrAsPrinted_NeverByAnUnlistedCode()
    {
        var listed = new IndicatorValue(NationalRates.ReconsiderationCorrection.Code, IndicatorScope.Subject, ReportYear.Of(2023), name: "纠正率");
        var unlisted = new IndicatorValue(IndicatorCode.ForUnlistedName("行政执法案件纠错率"), IndicatorScope.Subject, ReportYear.Of(2023), name: "行政执法案件纠错率");
        var local = new IndicatorValue(IndicatorCode.Parse("case_file_review_rate"), IndicatorScope.Subject, ReportYear.Of(2023), name: "案卷评查优良率");

        Assert.Equal("行政复议纠错率", DisplayNames.Of(listed, MessageLanguage.Chinese));
        Assert.Equal("reconsideration correction rate", DisplayNames.Of(listed, MessageLanguage.English));
        Assert.Equal("行政执法案件纠错率（非全国指标）", DisplayNames.Of(unlisted, MessageLanguage.Chinese));
        Assert.Equal("行政执法案件纠错率 (not a national indicator)", DisplayNames.Of(unlisted, MessageLanguage.English));
        Assert.Equal("case_file_review_rate", DisplayNames.Of(local, MessageLanguage.English));
        Assert.Equal("case_file_review_rate", DisplayNames.Of(local.Indicator, MessageLanguage.English));
        Assert.Equal(unlisted.Indicator.Value, DisplayNames.Of(unlisted.Indicator, MessageLanguage.English));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool AnyIndicatorValue_IsNamedWithoutAnUnlistedCode_InAFindingAsDirectly(IndicatorValue value, bool chinese)
    {
        var language = chinese ? MessageLanguage.Chinese : MessageLanguage.English;
        var name = DisplayNames.Of(value, language);

        // What a finding stores for the value (the code, or an unlisted value's printed name) names it the same way.
        return !name.Contains(IndicatorCode.UnlistedPrefix, StringComparison.Ordinal)
            && name == DisplayNames.OfValueText(DisplayNames.ValueText(value), language)
            && (!value.Indicator.IsUnlisted || IndicatorCode.ForUnlistedName(DisplayNames.ValueText(value)) == value.Indicator);
    }

    [Fact]
    public void EveryRateTheReaderRecognises_IsNamedByTheCatalogue()
    {
        // The reader has no rate of its own: 平台覆盖率 is the catalogue's 执法平台覆盖率, in both languages.
        var read = ReportTextReader.Read("2020年度某区法治政府建设情况报告\n一、主要举措和成效\n全区45个执法单位中，44个执法单位接入平台，平台覆盖率97.8%。\n");
        var value = Assert.Single(read.Report!.IndicatorValues);
        Assert.Same(NationalRates.EnforcementPlatformCoverage, NationalRates.Find(value.Indicator));
        Assert.Equal("执法平台覆盖率", DisplayNames.Of(value.Indicator, MessageLanguage.Chinese));
        Assert.Equal("enforcement platform coverage rate", DisplayNames.Of(value.Indicator, MessageLanguage.English));
    }

    [Fact]
    public void UndefinedValues_AndNull_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("part", () => DisplayNames.Of((ReportPart)99, MessageLanguage.English));
        Assert.Throws<ArgumentOutOfRangeException>("language", () => DisplayNames.Of(Severity.Error, (MessageLanguage)7));
        Assert.Throws<ArgumentOutOfRangeException>("language", () => DisplayNames.Of(NationalRates.ReconsiderationCorrection.Code, (MessageLanguage)7));
        Assert.Throws<ArgumentNullException>("indicator", () => DisplayNames.Of((IndicatorCode)null!, MessageLanguage.English));
        Assert.Throws<ArgumentNullException>("indicator", () => DisplayNames.Of((IndicatorCode)null!, "调撤率", MessageLanguage.English));
        Assert.Throws<ArgumentNullException>("value", () => DisplayNames.Of((IndicatorValue)null!, MessageLanguage.English));
    }

    private static void AssertNames<T>(T[] values, Func<T, MessageLanguage, string> name)
        where T : struct, Enum
    {
        foreach (var language in Enum.GetValues<MessageLanguage>())
        {
            var names = values.Select(v => name(v, language)).ToArray();
            Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
            foreach (var (value, text) in values.Zip(names))
            {
                Assert.False(string.IsNullOrWhiteSpace(text));
                Assert.NotEqual(value.ToString(), text);
                Assert.Equal(language == MessageLanguage.Chinese, text.Any(c => c is >= '\u4e00' and <= '\u9fff'));
            }
        }
    }
}
