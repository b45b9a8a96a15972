using System;
using System.Linq;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Indicators;

public sealed class RateTermCatalogueTests
{
    [Fact]
    public void EveryTerm_ResolvesToTheCatalogueDefinitionOfItsCode()
    {
        Assert.All(RateTermCatalogue.Default, term =>
        {
            Assert.Same(term.Definition, NationalRates.Find(term.Definition.Code));
            Assert.Equal(term.Definition.Code.Value, term.Code);
        });
    }

    [Fact]
    public void TheReaderAndTheCatalogue_KnowTheSameCodes()
    {
        var read = RateTermCatalogue.Default.Select(term => term.Code).ToArray();
        var defined = NationalRates.All.Select(definition => definition.Code.Value).ToArray();

        Assert.Equal(read.Length, read.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(defined.OrderBy(code => code, StringComparer.Ordinal), read.OrderBy(code => code, StringComparer.Ordinal));
    }

    [Fact]
    public void NoPrintedName_BelongsToTwoTerms()
    {
        var words = RateTermCatalogue.Default.SelectMany(term => term.Words).ToArray();

        Assert.All(RateTermCatalogue.Default, term => Assert.NotEmpty(term.Words));
        Assert.Equal(words.Length, words.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryCatalogueName_IsReadAsItsOwnRate()
    {
        Assert.All(NationalRates.All, definition =>
        {
            var text = "2021年度某区法治政府建设情况报告\n一、主要举措和成效\n全区" + definition.ChineseName + "为96.5%。\n";

            var value = Assert.Single(ReportTextReader.Read(text).Report!.IndicatorValues);

            Assert.Equal(definition.Code, value.Indicator);
            Assert.Equal(96.5m, value.Published!.Value.Value);
        });
    }
}
