using System.Linq;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

public sealed class IndicatorFrameworkRuleTests
{
    private static IndicatorFramework Framework(int[] declared, params int[][] childrenPerRoot) =>
        new("测试指标体系", null, [.. declared], [.. childrenPerRoot.Select((children, i) =>
            new IndicatorFrameworkNode($"一级{i}", children: [.. children.Select(grandchildren =>
                new IndicatorFrameworkNode("二级", children: [.. Enumerable.Range(0, grandchildren).Select(_ => new IndicatorFrameworkNode("三级"))]))]))]);

    [Fact]
    public void Validate_CountsMatchDeclaration_Passes()
    {
        var framework = Framework([2, 3, 4], [1, 1], [2]);

        Assert.Empty(Validators.Later().Validate(framework).Issues);
        Assert.Empty(framework.Validate(RuleSet.National, new FakeClock(Instant.FromUtc(2030, 6, 1, 0, 0))).Issues);
    }

    [Fact]
    public void Validate_LevelCountOffByOne_ReportsThatLevel()
    {
        var framework = Framework([2, 3, 5], [1, 1], [2]);

        var issue = Assert.Single(Validators.Later().Validate(framework).Issues);

        Assert.Equal(ValidationCodes.IndicatorLevelCountMismatch, issue.Code);
        Assert.Equal("DeclaredLevelCounts[2]", issue.Path);
        Assert.Equal("Level 3 has 4 indicators; the framework declares 5.", issue.Message);
    }

    [Fact]
    public void Validate_SeveralLevelsOff_ReportsEach()
    {
        var result = Validators.Later().Validate(Framework([10, 34], [0, 0]));

        Assert.Equal(["DeclaredLevelCounts[0]", "DeclaredLevelCounts[1]"], result.Issues.Select(i => i.Path));
    }
}
