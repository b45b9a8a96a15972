using System;
using System.Linq;
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
}
