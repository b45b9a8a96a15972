using System.Linq;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class RequiredPartsRuleTests
{
    private static ValidationResult Validate(params Section[] sections) =>
        Validators.Later().Validate(AnAnnualReport.For(2024).WithSections(sections).Build());

    private static ASection Part(string marker, ReportPart part, string body = "内容。") =>
        ASection.Numbered(marker).Titled(part.ToString()).WithBody(body).Covering(part);

    [Fact]
    public void Validate_AllFourPartsWithContent_HasNoIssue()
    {
        var result = Validate(
            Part("一、", ReportPart.MeasuresAndResults),
            Part("二、", ReportPart.ShortcomingsAndCauses),
            Part("三、", ReportPart.FirstResponsiblePersonDuties),
            Part("四、", ReportPart.NextYearArrangements));

        Assert.False(result.Has(ValidationCodes.RequiredPartMissing));
        Assert.False(result.Has(ValidationCodes.PartsMerged));
    }

    [Fact]
    public void Validate_PartMissing_ReportsItOnSections()
    {
        var result = Validate(
            Part("一、", ReportPart.MeasuresAndResults),
            Part("二、", ReportPart.FirstResponsiblePersonDuties),
            Part("三、", ReportPart.NextYearArrangements));

        var issue = Assert.Single(result.WithCode(ValidationCodes.RequiredPartMissing));
        Assert.Equal("Sections", issue.Path);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("Part 2 (shortcomings and causes) is missing or empty.", issue.Message);
    }

    [Fact]
    public void Validate_PartPresentButEmpty_ReportsTheSection()
    {
        var result = Validate(
            Part("一、", ReportPart.MeasuresAndResults),
            Part("二、", ReportPart.ShortcomingsAndCauses, body: "  "),
            Part("三、", ReportPart.FirstResponsiblePersonDuties),
            Part("四、", ReportPart.NextYearArrangements));

        Assert.True(result.Has(ValidationCodes.RequiredPartMissing, "Sections[1]"));
        Assert.Single(result.WithCode(ValidationCodes.RequiredPartMissing));
    }

    [Fact]
    public void Validate_PartWithOnlySubsections_IsNotEmpty()
    {
        var result = Validate(
            ASection.Numbered("一、").Titled("成效").Covering(ReportPart.MeasuresAndResults).Containing(ASection.Numbered("（一）").Titled("举措").WithBody("内容。")),
            Part("二、", ReportPart.ShortcomingsAndCauses),
            Part("三、", ReportPart.FirstResponsiblePersonDuties),
            Part("四、", ReportPart.NextYearArrangements));

        Assert.False(result.Has(ValidationCodes.RequiredPartMissing));
    }

    [Fact]
    public void Validate_PartFiveAbsent_IsFine()
    {
        Assert.False(Validators.Later().Validate(AnAnnualReport.For(2024).Build()).Has(ValidationCodes.RequiredPartMissing));
    }

    [Fact]
    public void Validate_NestedPart_CountsAndIsNotMerged()
    {
        var result = Validate(
            ASection.Numbered("一、").Titled("成效").WithBody("内容。").Covering(ReportPart.MeasuresAndResults)
                .Containing(ASection.Numbered("（一）").Titled("第一责任人").Containing(Part("1.", ReportPart.FirstResponsiblePersonDuties))),
            Part("二、", ReportPart.ShortcomingsAndCauses),
            Part("三、", ReportPart.NextYearArrangements));

        Assert.False(result.Has(ValidationCodes.RequiredPartMissing));
        Assert.False(result.Has(ValidationCodes.PartsMerged));
    }

    [Fact]
    public void Validate_MergedParts_IsInformationOnTheSection()
    {
        var result = Validate(
            ASection.Numbered("一、").Titled("成效").WithBody("内容。").Covering(ReportPart.MeasuresAndResults)
                .Containing(ASection.Numbered("（一）").Titled("x").WithBody("内容。").Covering(ReportPart.FirstResponsiblePersonDuties)),
            ASection.Numbered("二、").Titled("计划").WithBody("不足。计划。").Covering(ReportPart.NextYearArrangements, ReportPart.ShortcomingsAndCauses));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(ValidationCodes.PartsMerged, issue.Code);
        Assert.Equal("Sections[1]", issue.Path);
        Assert.Equal(Severity.Info, issue.Severity);
        Assert.Equal("Section carries parts 2 and 4 together.", issue.Message);
    }

    [Fact]
    public void Validate_DeepMergedSection_NamesItsFullPath()
    {
        var result = Validate(
            ASection.Numbered("一、").Titled("成效").WithBody("内容。").Covering(ReportPart.MeasuresAndResults)
                .Containing(ASection.Numbered("（一）").Titled("x").Containing(
                    ASection.Numbered("1.").Titled("y").WithBody("内容。"),
                    ASection.Numbered("2.").Titled("z").WithBody("内容。").Covering(ReportPart.FirstResponsiblePersonDuties, ReportPart.ShortcomingsAndCauses, ReportPart.NextYearArrangements))));

        Assert.Equal(["Sections[0].Children[0].Children[1]"], result.WithCode(ValidationCodes.PartsMerged).Select(i => i.Path));
        Assert.Equal("Section carries parts 2, 3 and 4 together.", result.WithCode(ValidationCodes.PartsMerged)[0].Message);
    }

    [Fact]
    public void Validate_NoSections_ReportsEveryRequiredPart()
    {
        var result = Validate();

        Assert.Equal(4, result.WithCode(ValidationCodes.RequiredPartMissing).Length);
        Assert.All(result.WithCode(ValidationCodes.RequiredPartMissing), issue => Assert.Equal("Sections", issue.Path));
    }
}
