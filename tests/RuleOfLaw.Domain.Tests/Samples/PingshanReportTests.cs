using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Samples;

/// <summary>Checks the hand-built Pingshan fixture against the gold annotations, reading every expected value from the gold file.</summary>
public sealed class PingshanReportTests
{
    private static readonly Lazy<JsonDocument> Gold = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, PingshanReport.GoldPath))));
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, PingshanReport.TextPath)));
    private static readonly Lazy<AnnualReport> Report = new(PingshanReport.Build);

    private static JsonElement Root => Gold.Value.RootElement;

    [Fact]
    public void Header_MatchesGold()
    {
        var report = Report.Value;

        Assert.Equal(Root.GetProperty("issuer").GetString(), report.Subject.FullName);
        Assert.Equal(Root.GetProperty("issuer_short").GetString(), report.Subject.ShortName);
        Assert.Equal(Root.GetProperty("reporting_year").GetInt32(), report.Year.Year);
        Assert.Equal(Root.GetProperty("title").GetString(), report.Title);
        Assert.Equal(Root.GetProperty("plan_year").GetInt32(), report.Plan!.Year.Year);
        Assert.Equal(Root.GetProperty("info_source").GetString(), report.Publication!.InformationSource);
        Assert.Equal(PublicationChannel.Website, report.Publication.Channel);
    }

    [Fact]
    public void Publication_KeepsGoldInstantAndOffset()
    {
        var expected = OffsetDateTimePattern.ExtendedIso.Parse(Root.GetProperty("published").GetString()!).Value;

        var actual = Report.Value.Publication!.PublishedAt;

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Offset, actual.Offset);
    }

    [Fact]
    public void SignOff_MatchesGoldDateAndIssuer()
    {
        var expected = LocalDatePattern.Iso.Parse(Root.GetProperty("signed").GetString()!).Value;

        var signOff = Report.Value.SignOff!;

        Assert.Equal(expected, signOff.Date);
        Assert.Equal(Root.GetProperty("issuer").GetString(), signOff.Signer);
    }

    [Fact]
    public void Outline_HasEveryGoldEntryInOrder()
    {
        var expected = Root.GetProperty("outline").EnumerateArray()
            .Select(entry => (
                Marker: entry.GetProperty("marker").GetString(),
                Level: entry.GetProperty("level").GetInt32(),
                Title: entry.GetProperty("title").GetString(),
                Uncertain: entry.TryGetProperty("title_boundary_uncertain", out var uncertain) && uncertain.GetBoolean()))
            .ToList();

        var actual = Report.Value.Outline()
            .Select(section => (Marker: (string?)section.Marker, Level: section.OutlineLevel, Title: (string?)section.Heading, Uncertain: section.IsHeadingBoundaryUncertain))
            .ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Sections_EachHeadingAndBodyAppearInTheText()
    {
        var text = Text.Value;

        foreach (var section in Report.Value.Outline())
        {
            Assert.Contains(section.Marker + section.Heading, text, StringComparison.Ordinal);
            Assert.Contains(section.Body, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sections_CoverPartsOneTwoThreeAndFour()
    {
        var parts = Report.Value.Outline().SelectMany(section => section.Parts).ToHashSet();

        Assert.Contains(ReportPart.MeasuresAndResults, parts);
        Assert.Contains(ReportPart.ShortcomingsAndCauses, parts);
        Assert.Contains(ReportPart.FirstResponsiblePersonDuties, parts);
        Assert.Contains(ReportPart.NextYearArrangements, parts);
    }

    [Fact]
    public void Measures_EachMatchesALevelThreeSectionOfPartOne()
    {
        var report = Report.Value;
        var measureSections = report.Sections[0].SelfAndDescendants().Where(section => section.Children.IsEmpty && section.OutlineLevel == 3).ToList();

        Assert.Equal(measureSections.Select(section => (section.Heading, section.Body)), report.Measures.Select(measure => (measure.Heading, measure.Description)));
    }

    [Fact]
    public void Facts_EachIsAQuantityOfTheMeasureWhoseSectionHoldsIt()
    {
        var report = Report.Value;
        var text = Text.Value;
        var headingStarts = HeadingStarts(report, text);
        var remaining = report.Measures.ToDictionary(measure => measure.Heading, measure => measure.Results.ToList());
        var missing = new List<string>();

        foreach (var fact in Root.GetProperty("facts").EnumerateArray())
        {
            var start = fact.GetProperty("start").GetInt32();
            var optional = fact.TryGetProperty("optional", out var flag) && flag.GetBoolean();
            var holder = headingStarts.Where(pair => pair.Start <= start).Select(pair => pair.Heading).LastOrDefault();
            var match = holder is not null && remaining.TryGetValue(holder, out var results)
                ? results.FirstOrDefault(quantity => Matches(fact, quantity))
                : null;
            if (match is null)
            {
                if (!optional)
                {
                    missing.Add(fact.GetProperty("text").GetString() + " in " + holder);
                }

                continue;
            }

            remaining[holder!].Remove(match);
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Facts_OptionalOnesInMeasuresArePresentToo()
    {
        var quantities = Report.Value.Measures.SelectMany(measure => measure.Results).ToList();
        var measureTexts = Report.Value.Measures.Select(measure => measure.Description).ToList();

        foreach (var fact in Root.GetProperty("facts").EnumerateArray().Where(fact => fact.TryGetProperty("optional", out var flag) && flag.GetBoolean()))
        {
            var printed = fact.GetProperty("text").GetString()!;
            if (measureTexts.Any(description => description.Contains(printed, StringComparison.Ordinal)))
            {
                Assert.Contains(quantities, quantity => Matches(fact, quantity));
            }
        }
    }

    [Fact]
    public void Rates_EachGoldRecordIsAnIndicatorValue()
    {
        var report = Report.Value;

        foreach (var record in Root.GetProperty("rates").EnumerateArray())
        {
            var name = record.GetProperty("indicator").GetString()!;
            var at = name.IndexOf('@', StringComparison.Ordinal);
            var code = IndicatorCode.Parse(at < 0 ? name : name[..at]);
            var benchmark = at < 0 ? null : name[(at + 1)..];

            var candidates = report.IndicatorValues
                .Where(value => value.Indicator == code && (benchmark is null ? value.Scope == IndicatorScope.Subject : value.Scope.Kind == IndicatorScopeKind.Benchmark))
                .ToList();

            var value = Assert.Single(candidates);
            Assert.Equal(report.Year, value.Period);
            Assert.Equal(OptionalLong(record, "numerator"), value.Numerator);
            Assert.Equal(OptionalLong(record, "denominator"), value.Denominator);
            if (record.TryGetProperty("reported_percent", out var reported))
            {
                var decimals = record.TryGetProperty("decimals", out var d) ? d.GetInt32() : value.Published!.Value.Decimals;
                Assert.Equal(PublishedFigure.Of(reported.GetDecimal(), decimals), value.Published);
            }
            else
            {
                Assert.Null(value.Published);
            }

            if (record.TryGetProperty("computed_percent", out var computed))
            {
                Assert.Equal(computed.GetDecimal(), value.Rate!.Value.ToExactPercent());
            }

            if (record.TryGetProperty("stated_as", out var stated))
            {
                Assert.Contains(stated.GetString()!, value.PrintedText, StringComparison.Ordinal);
            }
        }

        Assert.Equal(Root.GetProperty("rates").GetArrayLength(), report.IndicatorValues.Length);
    }

    [Fact]
    public void Rates_BenchmarkScopeIsTheCity()
    {
        var benchmark = Assert.Single(Report.Value.IndicatorValues, value => value.Scope.Kind == IndicatorScopeKind.Benchmark);

        Assert.Equal(AdministrativeLevel.City, benchmark.Scope.Level);
        Assert.Equal("全市", benchmark.Scope.Name);
    }

    [Fact]
    public void Shortcoming_IsTheSentenceAtTheStartOfPartTwo()
    {
        var partTwo = Report.Value.Sections[1];

        var shortcoming = Assert.Single(Report.Value.Shortcomings);

        Assert.Contains(ReportPart.ShortcomingsAndCauses, partTwo.Parts);
        Assert.Contains(shortcoming.Description, partTwo.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ItemsAreTheChildrenOfPartTwo()
    {
        var report = Report.Value;

        Assert.Equal(report.Sections[1].Children.Select(section => (section.Heading, section.Body)), report.Plan!.Items.Select(item => (item.Heading, item.Description)));
    }

    [Fact]
    public void Preamble_IsTheParagraphBeforeTheFirstSection()
    {
        var text = Text.Value;

        var preamble = Report.Value.Preamble;

        Assert.NotEmpty(preamble);
        Assert.True(text.IndexOf(preamble, StringComparison.Ordinal) < text.IndexOf(Report.Value.Sections[0].Marker + Report.Value.Sections[0].Heading, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_IsDeterministic()
    {
        Assert.Equal(PingshanReport.Build(), PingshanReport.Build());
        Assert.Equal(PingshanReport.Build().GetHashCode(), PingshanReport.Build().GetHashCode());
    }

    private static List<(int Start, string Heading)> HeadingStarts(AnnualReport report, string text)
    {
        var starts = new List<(int, string)>();
        var position = 0;
        foreach (var section in report.Outline())
        {
            position = text.IndexOf(section.Marker + section.Heading, position, StringComparison.Ordinal);
            Assert.True(position >= 0, $"heading {section} not found in order");
            starts.Add((position, section.Heading));
        }

        return starts;
    }

    private static long? OptionalLong(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static bool Matches(JsonElement fact, Quantity quantity)
    {
        var printed = fact.GetProperty("text").GetString()!;
        var qualifiers = new HashSet<QuantityQualifier> { QualifierOf(fact.GetProperty("qualifier").GetString()!) };
        if (printed.Contains('约', StringComparison.Ordinal) && printed.Contains('余', StringComparison.Ordinal))
        {
            // 约…余 carries two qualifiers; the gold accepts about or more than, and the model has a name for both.
            qualifiers.UnionWith(new[] { QuantityQualifier.About, QuantityQualifier.MoreThan, QuantityQualifier.AboutMoreThan });
        }

        return quantity.Value == fact.GetProperty("value").GetDecimal()
            && quantity.Unit == fact.GetProperty("unit").GetString()
            && quantity.Kind == KindOf(fact.GetProperty("kind").GetString()!)
            && qualifiers.Contains(quantity.Qualifier)
            && quantity.Scale == ScaleOf(fact.GetProperty("scale"))
            && (quantity.Printed is null || quantity.Printed == printed);
    }

    private static QuantityQualifier QualifierOf(string gold) => gold switch
    {
        "exact" => QuantityQualifier.Exact,
        "more_than" => QuantityQualifier.MoreThan,
        "about" => QuantityQualifier.About,
        "at_least" => QuantityQualifier.AtLeast,
        "less_than" => QuantityQualifier.LessThan,
        _ => throw new InvalidOperationException("unknown gold qualifier " + gold),
    };

    private static QuantityKind KindOf(string gold) => gold switch
    {
        "count" => QuantityKind.Count,
        "money" => QuantityKind.Money,
        "duration" => QuantityKind.Duration,
        "percent" => QuantityKind.Percent,
        "percentage_points" => QuantityKind.PercentagePoints,
        "rank" => QuantityKind.Rank,
        _ => throw new InvalidOperationException("unknown gold kind " + gold),
    };

    private static ScaleWord ScaleOf(JsonElement gold) => gold.ValueKind == JsonValueKind.Null
        ? ScaleWord.None
        : gold.GetString() switch
        {
            "万" => ScaleWord.TenThousand,
            "亿" => ScaleWord.HundredMillion,
            var other => throw new InvalidOperationException("unknown gold scale " + other),
        };
}
