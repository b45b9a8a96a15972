using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class ShortcomingCauseRuleTests
{
    [Theory]
    [InlineData("人员缺少2名。", 1)]
    [InlineData("人员缺少2名。原因是编制有限。", 0)]
    public void Validate_ShortcomingReadFromAText_NamesItsSentenceAndCountsTheCausesItRefersTo(string body, int expected)
    {
        var report = RuleOfLaw.Domain.Text.ReportTextReader.Read("某区2020年法治政府建设年度报告\n一、主要举措\n办理35件。\n二、存在的不足和原因\n" + body + "\n某区人民政府\n2021年1月5日").Report!;

        var issues = Validators.Later().Validate(report).Issues.Where(i => i.Code == ValidationCodes.ShortcomingWithoutCause).ToList();

        Assert.Equal(expected, issues.Count);
        Assert.All(issues, i => Assert.Equal(("Shortcomings[0]", "Shortcoming \"人员缺少2名\" states no cause."), (i.Path, i.Message)));
    }

    [Fact]
    public void Validate_ShortcomingWithoutCause_IsAWarningOnIt()
    {
        var report = AnAnnualReport.For(2024).WithShortcomings(
            new Shortcoming("执法力量不足", ImmutableArray.Create("编制有限")),
            new Shortcoming("普法形式单一")).Build();

        var issue = Assert.Single(Validators.Later().Validate(report).Issues);

        Assert.Equal(ValidationCodes.ShortcomingWithoutCause, issue.Code);
        Assert.Equal("Shortcomings[1]", issue.Path);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal("Shortcoming \"普法形式单一\" states no cause.", issue.Message);
    }

    [Fact]
    public void Validate_EveryShortcomingWithACause_HasNoIssue()
    {
        Assert.Empty(Validators.Later().Validate(AnAnnualReport.For(2024).Build()).Issues);
    }
}
