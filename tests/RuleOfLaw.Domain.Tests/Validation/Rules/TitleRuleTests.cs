using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class TitleRuleTests
{
    private static ValidationResult Titled(string title, int year = 2023) =>
        Validators.Later().Validate(AnAnnualReport.For(year).Titled(title).Build());

    [Theory]
    [InlineData("某区2023年法治政府建设年度报告")]
    [InlineData("某区2023年度法治政府建设情况报告")]
    [InlineData("关于2023年法治政府建设情况的报告")]
    [InlineData("某区二〇二三年法治政府建设年度报告")]
    [InlineData("某区二零二三年法治政府建设年度报告")]
    public void Validate_TitleNamingSubjectAndYear_Passes(string title)
    {
        Assert.False(Titled(title).Has(ValidationCodes.TitleIncomplete));
    }

    [Theory]
    [InlineData("某区2023年法治建设年度报告", "法治政府建设")]
    [InlineData("某区2022年法治政府建设年度报告", "the year 2023")]
    [InlineData("某区年度工作报告", "法治政府建设 or the year 2023")]
    public void Validate_TitleMissingAPart_NamesWhatIsMissing(string title, string missing)
    {
        var issue = Assert.Single(Titled(title).Issues);

        Assert.Equal(ValidationCodes.TitleIncomplete, issue.Code);
        Assert.Equal("Title", issue.Path);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal(missing, issue.ValueOf("missing"));
    }
}
