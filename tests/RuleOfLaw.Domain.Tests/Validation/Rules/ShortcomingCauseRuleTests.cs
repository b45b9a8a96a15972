using System.Collections.Immutable;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class ShortcomingCauseRuleTests
{
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
