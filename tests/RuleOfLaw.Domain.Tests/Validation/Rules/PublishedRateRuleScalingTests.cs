using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using RuleOfLaw.Domain.Tests.Scaling;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

/// <summary>The printing-conflict check groups first: the same answers as comparing every pair, in n log n.</summary>
[Collection(LinearityGroup.Name)]
public sealed class PublishedRateRuleScalingTests
{
    private static readonly IndicatorCode[] Codes =
    {
        IndicatorCode.Parse("litigation_head_appearance_rate"), IndicatorCode.Parse("reconsideration_correction_rate"),
    };

    private static IndicatorValue Printing(int seed)
    {
        var bits = unchecked((uint)seed);
        var decimals = (int)(bits % 3);
        var digits = (int)((bits / 3) % 400) + 4000; // 40.00–43.99 at 2 decimals, 400–439 at none: many touch
        var value = decimal.Round(digits / (decimal)Math.Pow(10, 2 - decimals) / (decimals == 0 ? 10m : 1m), decimals);
        var figure = PublishedFigure.Parse(value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        var year = 2023 + (int)((bits >> 12) % 2);
        return new IndicatorValue(Codes[(bits >> 14) % 2], IndicatorScope.Subject, ReportYear.Of(year), published: figure);
    }

    /// <summary>The rule before grouping: every printing against every earlier one, the first conflict reported.</summary>
    private static List<(int Later, int Earlier)> PairwiseConflicts(IndicatorValue[] values)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var a = values[i];
                var b = values[j];
                if (a.Indicator == b.Indicator && a.Scope == b.Scope && a.Period == b.Period
                    && a.Published!.Value.ComparePrinting(b.Published!.Value, MidpointRounding.AwayFromZero) == PrintingAgreement.Conflict
                    && a.Published!.Value.ComparePrinting(b.Published!.Value, MidpointRounding.ToEven) == PrintingAgreement.Conflict)
                {
                    found.Add((i, j));
                    break;
                }
            }
        }

        return found;
    }

    private static ValidationResult Validate(IEnumerable<IndicatorValue> values) =>
        Validators.Later().Validate(AnAnnualReport.For(2024).WithIndicatorValues(values.ToArray()).Build());

    [Property(MaxTest = 300)]
    public void Conflicts_AreThoseOfComparingEveryPair(int[] seeds)
    {
        var values = seeds.Select(Printing).ToArray();
        var expected = PairwiseConflicts(values)
            .Select(pair => (Path: $"IndicatorValues[{pair.Later}].Published", Earlier: $"IndicatorValues[{pair.Earlier}].Published"))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToArray();

        var actual = Validate(values).Issues.Where(issue => issue.Code == ValidationCodes.PublishedFigureConflict)
            .OrderBy(issue => issue.Path, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected.Select(e => e.Path), actual.Select(issue => issue.Path));
        Assert.All(expected.Zip(actual), pair => Assert.Contains(pair.First.Earlier, pair.Second.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("42.85", "42.7")] // touching: 42.85 is [42.845, 42.855), 42.7 is [42.65, 42.75): apart
    [InlineData("42.8", "42.85")] // [42.75, 42.85) and [42.845, 42.855): overlap
    [InlineData("43", "42.5")] // 42.5 is half: rounds to 43 half away from zero
    [InlineData("42", "42.5")] // and to 42 half to even
    [InlineData("41", "42.5")]
    [InlineData("44", "42.5")]
    public void Conflicts_AtTouchingEnds_AreThoseOfComparingEveryPair(string first, string second)
    {
        var values = new[] { first, second, first, second }
            .Select(figure => new IndicatorValue(Codes[0], IndicatorScope.Subject, ReportYear.Of(2024), published: PublishedFigure.Parse(figure)))
            .ToArray();

        Assert.Equal(
            PairwiseConflicts(values).Select(pair => $"IndicatorValues[{pair.Later}].Published").Order(StringComparer.Ordinal),
            Validate(values).Issues.Where(issue => issue.Code == ValidationCodes.PublishedFigureConflict).Select(issue => issue.Path).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Validation time grows linearly with the number of indicator values: 4× the values (4,000 → 16,000, every one an
    /// agreeing printing of the same indicator) take well under 16× the time; the pairwise rule took 5× as long for 2× the values.
    /// </summary>
    [Fact]
    public void Validation_ScalesLinearlyInIndicatorValues()
    {
        var small = AnAnnualReport.For(2024).WithIndicatorValues(ManyPrintings(4_000)).Build();
        var large = AnAnnualReport.For(2024).WithIndicatorValues(ManyPrintings(16_000)).Build();
        var validator = Validators.Later();

        Linearity.AssertLinear("indicator values", () => validator.Validate(small), () => validator.Validate(large));
    }

    /// <summary>Printings that all agree (42.9 and 42.86): comparing every pair finds no conflict to stop at.</summary>
    internal static IndicatorValue[] ManyPrintings(int count) =>
        Enumerable.Range(0, count).Select(i => new IndicatorValue(
            Codes[0], IndicatorScope.Subject, ReportYear.Of(2024),
            published: PublishedFigure.Parse(i % 2 == 0 ? "42.9" : "42.86"))).ToArray();
}
