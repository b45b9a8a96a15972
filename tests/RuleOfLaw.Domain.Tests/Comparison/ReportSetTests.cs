using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Comparison;

/// <summary>
/// How a set groups reports by subject when a subject's name is only the text's designation of its author (我局, 区政府):
/// such a report forms a series of its own, never a duplicate or a year of another's; a name of its own groups as before.
/// </summary>
public sealed class ReportSetTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    private static AnnualReport ReportBy(ReportingSubject subject, int year) =>
        AnAnnualReport.For(year).By(subject).Build();

    private static ReportingSubject Bureau(string name, bool designation)
    {
        var builder = AReportingSubject.Named(name, name).OfKind(SubjectKind.GovernmentDepartment).WithDivisionCode(null);
        return designation ? builder.AsDesignation().Build() : builder.Build();
    }

    [Fact]
    public void Validate_DesignationAmongOtherReports_SaysItIsInNoSeriesAndANamedSubjectIsNot()
    {
        var set = ReportSet.Of([ReportBy(Bureau("某某县司法局", designation: false), 2022), ReportBy(Bureau("我局", designation: true), 2023), ReportBy(Bureau("某某县司法局", designation: false), 2023)]);

        var issue = Assert.Single(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.ReportInNoSeries);

        Assert.Equal((Severity.Info, "Reports[1].Subject"), (issue.Severity, issue.Path));
        Assert.Contains("\"我局\" is only a designation", issue.Message, StringComparison.Ordinal);
        Assert.Contains("仅为自称", issue.GetMessage(MessageLanguage.Chinese), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DesignationAlone_SaysNothingOfSeries()
    {
        var set = ReportSet.Of([ReportBy(Bureau("我局", designation: true), 2023)]);

        Assert.DoesNotContain(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.ReportInNoSeries);
    }

    [Fact]
    public void Of_TwoTextsThatBothSayWoJuForOneYear_AreTwoSeriesAndNoDuplicate()
    {
        var set = ReportSet.Of([ReportBy(Bureau("我局", designation: true), 2023), ReportBy(Bureau("我局", designation: true), 2023)]);

        Assert.Empty(set.Duplicates);
        Assert.Equal([[0], [1]], set.Series.Select(s => s.Indexes.ToArray()));
        Assert.DoesNotContain(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.DuplicateReport);
    }

    [Fact]
    public void Of_OneNameOfItsOwnTwiceForOneYear_IsADuplicate()
    {
        var set = ReportSet.Of([ReportBy(Bureau("某市某区司法局", designation: false), 2023), ReportBy(Bureau("某市某区司法局", designation: false), 2023)]);

        var duplicate = Assert.Single(set.Duplicates);
        Assert.Equal((0, 1), (duplicate.FirstIndex, duplicate.DuplicateIndex));
        Assert.Contains(Validator.Validate(set).Issues, i => i.Code == ValidationCodes.DuplicateReport && i.Path == "Reports[1]");
    }

    [Fact]
    public void Of_DesignationInTwoYears_MakesNoSeriesOfTwoUnits()
    {
        var set = ReportSet.Of([ReportBy(Bureau("区政府", designation: true), 2022), ReportBy(Bureau("区政府", designation: true), 2023)]);

        Assert.Equal(["区政府: 2022", "区政府: 2023"], set.Series.Select(s => s.ToString()));
        // The 2022 report's plan for 2023 is matched against no other unit's 2023 measures.
        var issues = Validator.Validate(set).Issues;
        Assert.DoesNotContain(issues, i => i.Code is ValidationCodes.PlanItemCarriedOut or ValidationCodes.PlanItemNotFound);
        Assert.Contains(issues, i => i.Code == ValidationCodes.PlanFollowThroughNotAssessable && i.Path == "Reports[0].Plan");
    }

    [Fact]
    public void Of_NameOfItsOwnInTwoYears_IsOneSeries()
    {
        var set = ReportSet.Of([ReportBy(Bureau("某市某区人民政府", designation: false), 2022), ReportBy(Bureau("某市某区人民政府", designation: false), 2023)]);

        Assert.Equal(["某市某区人民政府: 2022, 2023"], set.Series.Select(s => s.ToString()));
        Assert.Contains(Validator.Validate(set).Issues, i => i.Code is ValidationCodes.PlanItemCarriedOut or ValidationCodes.PlanItemNotFound);
    }

    [Fact]
    public void Of_DesignationBesideTheSameWordsAsAName_GroupsThemApart()
    {
        // The same words given by a caller as a name are not merged with a text's designation.
        var set = ReportSet.Of([ReportBy(Bureau("区司法局", designation: false), 2023), ReportBy(Bureau("区司法局", designation: true), 2023)]);

        Assert.Empty(set.Duplicates);
        Assert.Equal(2, set.Series.Length);
        Assert.Equal(0, set.SeriesOf("区司法局")!.Indexes.Single());
    }

    // Reports by four subjects (two names of their own, two designations) in years 2019-2024, in any order and with repeats.
    private static readonly Arbitrary<(int Subject, int Year)[]> Mixes =
        Gen.Choose(0, 3).SelectMany(subject => Gen.Choose(2019, 2024).Select(year => (subject, year))).ArrayOf().ToArbitrary();

    private static readonly ReportingSubject[] Subjects =
        [Bureau("某市某区司法局", designation: false), Bureau("某市某区财政局", designation: false), Bureau("我局", designation: true), Bureau("区政府", designation: true)];

    [Property(MaxTest = 200)]
    public Property Of_AnyMix_GroupsAsTheSortedDefinitionDoes() =>
        Prop.ForAll(Mixes, mix =>
        {
            var set = ReportSet.Of(mix.Select(r => ReportBy(Subjects[r.Subject], r.Year)));
            var (series, duplicates) = Oracle(mix);

            return set.Series.Select(s => s.Indexes.ToArray()).SequenceEqual(series, new SequenceComparer())
                && set.Series.Select(s => s.Subject).SequenceEqual(series.Select(s => Subjects[mix[s[0]].Subject]))
                && set.Duplicates.Select(d => (d.FirstIndex, d.DuplicateIndex, d.Year.Year)).SequenceEqual(duplicates);
        });

    // The definition: subjects in the order they first appear (a designation's every report its own), years ascending, the first report of a year held.
    private static (List<int[]> Series, List<(int First, int Duplicate, int Year)> Duplicates) Oracle((int Subject, int Year)[] mix)
    {
        var order = new List<(int Subject, int Report)>();
        var years = new Dictionary<(int Subject, int Report), SortedDictionary<int, int>>();
        var duplicates = new List<(int First, int Duplicate, int Year)>();
        for (var i = 0; i < mix.Length; i++)
        {
            var key = (mix[i].Subject, Subjects[mix[i].Subject].IsDesignation ? i : -1);
            if (!years.TryGetValue(key, out var held))
            {
                years[key] = held = [];
                order.Add(key);
            }

            if (held.TryGetValue(mix[i].Year, out var first))
            {
                duplicates.Add((first, i, mix[i].Year));
            }
            else
            {
                held.Add(mix[i].Year, i);
            }
        }

        return (order.Select(key => years[key].Values.ToArray()).ToList(), duplicates);
    }

    private sealed class SequenceComparer : IEqualityComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(int[] obj) => obj.Length;
    }
}
