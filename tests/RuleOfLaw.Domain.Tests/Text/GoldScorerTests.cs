using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Scores the scanners against every annotated report in Samples: adding a case is adding a .txt and a .gold.json.</summary>
public sealed class GoldScorerTests
{
    private const int MaxExtraQuantities = 2;

    public static TheoryData<string> Cases => [.. GoldCase.Names()];

    [Fact]
    public void Cases_SamplesFolder_HoldsAtLeastTwoAnnotatedReports()
    {
        Assert.True(GoldCase.Names().Count() >= 2, "expected the seed and a second annotated case in Samples");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Outline_GoldCase_MatchesEveryEntry(string name)
    {
        var gold = GoldCase.Load(name);
        var header = ReportHeaderScanner.Scan(gold.Text);

        var outline = OutlineScanner.Scan(gold.Text, header.ContentStart, header.ContentEnd);

        var expected = gold.Outline.Select(e => $"{e.Level} {e.Marker} {e.Title} {(e.Uncertain ? "uncertain" : "certain")}").ToList();
        var actual = outline.Select(e => $"{e.Level} {e.Marker} {e.Title} {(e.IsTitleBoundaryUncertain ? "uncertain" : "certain")}").ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: outline {expected.Intersect(actual).Count()}/{expected.Count}");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quantities_GoldCase_FindEveryRequiredFactAndFewExtras(string name)
    {
        var gold = GoldCase.Load(name);

        var found = QuantityScanner.Default.Scan(gold.Text);

        var problems = new List<string>();
        var required = gold.Facts.Where(f => !f.Optional).ToList();
        var matched = 0;
        foreach (var fact in required)
        {
            var match = found.FirstOrDefault(q => q.Start == fact.Start && q.Length == fact.Length);
            if (match is null)
            {
                problems.Add($"missing {fact}");
            }
            else if (Describe(match, fact) is { } difference)
            {
                problems.Add($"{fact}: {difference}");
            }
            else
            {
                matched++;
            }
        }

        var extras = found.Where(q => !gold.Facts.Any(f => f.Start == q.Start && f.Length == q.Length)).Select(q => $"{q.Text}@{q.Start}").ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: facts {matched}/{required.Count}, extras {extras.Count} [{string.Join(", ", extras)}]");
        Assert.Empty(problems);
        Assert.True(extras.Count <= MaxExtraQuantities, $"extra quantities: {string.Join(", ", extras)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rates_GoldCase_LinkedAsAnnotated(string name)
    {
        var gold = GoldCase.Load(name);

        var mentions = RateMentionScanner.Default.Scan(gold.Text, QuantityScanner.Default.Scan(gold.Text));

        var problems = new List<string>();
        foreach (var rate in gold.Rates)
        {
            var mention = mentions.FirstOrDefault(m => m.Indicator == rate.Indicator);
            if (mention is null)
            {
                problems.Add($"missing {rate.Indicator}");
                continue;
            }

            if (rate.Numerator is { } numerator && mention.NumeratorValue != numerator)
            {
                problems.Add($"{rate.Indicator}: numerator {mention.NumeratorValue}, expected {numerator}");
            }

            if (rate.HasDenominator && mention.DenominatorValue != rate.Denominator)
            {
                problems.Add($"{rate.Indicator}: denominator {mention.DenominatorValue}, expected {rate.Denominator}");
            }

            if (rate.ReportedPercent is { } percent && mention.Figure?.Value != percent)
            {
                problems.Add($"{rate.Indicator}: figure {mention.Figure?.Value}, expected {percent}");
            }

            if (rate.Consistent is { } consistent && mention.IsConsistent != consistent)
            {
                problems.Add($"{rate.Indicator}: consistent {mention.IsConsistent}, expected {consistent}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: rates {gold.Rates.Length - problems.Count}/{gold.Rates.Length}, found {mentions.Length}");
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Header_GoldCase_ReadsTitleYearSourceAndDates(string name)
    {
        var gold = GoldCase.Load(name);

        var header = ReportHeaderScanner.Scan(gold.Text);

        Assert.Equal(gold.Gold.GetProperty("title").GetString(), header.Title);
        Assert.Equal(gold.Gold.GetProperty("reporting_year").GetInt32(), header.ReportYear);
        Assert.Equal(gold.Gold.GetProperty("info_source").GetString(), header.InformationSource);
        var published = OffsetDateTimePattern.ExtendedIso.Parse(gold.Gold.GetProperty("published").GetString()!).Value;
        Assert.Equal(published, header.PublishedAt);
        if (gold.Gold.TryGetProperty("signed", out var signed) && signed.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(LocalDatePattern.Iso.Parse(signed.GetString()!).Value, header.SignedOn);
            Assert.Equal(gold.Gold.GetProperty("issuer").GetString(), header.Issuer);
        }
        else
        {
            Assert.Null(header.SignedOn);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parts_GoldCaseWithParts_MapsHeadingsToParts(string name)
    {
        var gold = GoldCase.Load(name);
        var header = ReportHeaderScanner.Scan(gold.Text);
        var outline = OutlineScanner.Scan(gold.Text, header.ContentStart, header.ContentEnd);

        var map = PartClassifier.Map(gold.Text, outline, header.ReportYear);

        if (!gold.Gold.TryGetProperty("parts", out var parts))
        {
            Assert.Empty(map.Missing);
            return;
        }

        var expected = parts.EnumerateArray().Select(p => $"{p.GetProperty("marker").GetString()} {p.GetProperty("part").GetString()} {p.GetProperty("evidence").GetString()}").ToList();
        var actual = map.Assignments.Select(a => $"{outline[a.SectionIndex].Marker} {SnakeCase(a.Part.ToString())} {SnakeCase(a.Evidence.ToString())}").ToList();
        Assert.Equal(expected, actual);
    }

    private static string? Describe(QuantityMatch match, GoldFact fact)
    {
        var differences = new List<string>();
        if (match.Text != fact.Text)
        {
            differences.Add($"text {match.Text}");
        }

        if (match.Value != fact.Value)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"value {match.Value}"));
        }

        if (match.Unit != fact.Unit)
        {
            differences.Add($"unit {match.Unit}");
        }

        if (SnakeCase(match.Kind.ToString()) != fact.Kind)
        {
            differences.Add($"kind {match.Kind}");
        }

        if (!QualifierMatches(match, fact))
        {
            differences.Add($"qualifier {match.Qualifier}");
        }

        var scale = match.Scale switch
        {
            ScaleWord.TenThousand => "万",
            ScaleWord.HundredMillion => "亿",
            _ => null,
        };
        if (scale != fact.Scale)
        {
            differences.Add($"scale {match.Scale}");
        }

        return differences.Count == 0 ? null : string.Join(", ", differences);
    }

    private static bool QualifierMatches(QuantityMatch match, GoldFact fact)
    {
        // 约…余 carries two qualifiers; the gold accepts about, about-and-more-than, or more-than.
        if (fact.Text.Contains('约', StringComparison.Ordinal) && (fact.Text.Contains('余', StringComparison.Ordinal) || fact.Text.Contains('多', StringComparison.Ordinal)))
        {
            return match.Qualifier is QuantityQualifier.About or QuantityQualifier.AboutMoreThan or QuantityQualifier.MoreThan;
        }

        return SnakeCase(match.Qualifier.ToString()) == fact.Qualifier;
    }

    private static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
