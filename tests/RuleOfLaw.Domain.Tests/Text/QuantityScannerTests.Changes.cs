using System;
using System.Linq;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>Changes from an earlier period and the roles of percentages (share, rate, target); invented sentences in the corpus's wording.</summary>
public sealed partial class QuantityScannerTests
{
    [Theory]
    [InlineData("行政处罚137.07万宗，同比下降35.98%，", "35.98%", ChangeUnit.Percent, ChangeDirection.Down, "同比")]
    [InlineData("新收案件同比增长45.78%。", "45.78%", ChangeUnit.Percent, ChangeDirection.Up, "同比")]
    [InlineData("收入较上年增长9.6%。", "9.6%", ChangeUnit.Percent, ChangeDirection.Up, "较上年")]
    [InlineData("案件较2020年减少了12件。", "12件", ChangeUnit.Absolute, ChangeDirection.Down, "较2020年")]
    [InlineData("纠错率较上年下降4.7个百分点。", "4.7个百分点", ChangeUnit.PercentagePoints, ChangeDirection.Down, "较上年")]
    [InlineData("出庭率提升4.7个百分点。", "4.7个百分点", ChangeUnit.PercentagePoints, ChangeDirection.Up, null)]
    [InlineData("收入增长约5%。", "约5%", ChangeUnit.Percent, ChangeDirection.Up, null)]
    [InlineData("案件数 | -8.0% |", "-8.0%", ChangeUnit.Percent, ChangeDirection.Down, null)]
    [InlineData("同比-8.0%。", "-8.0%", ChangeUnit.Percent, ChangeDirection.Down, "同比")]
    [InlineData("比2019年同期上升11.67%，", "11.67%", ChangeUnit.Percent, ChangeDirection.Up, "比2019年同期")]
    public void Scan_ChangeWordBeforeTheNumber_ReadsAChangeAndKeepsTheValuePositive(string text, string printed, ChangeUnit unit, ChangeDirection direction, string? basePeriod)
    {
        var match = QuantityScanner.Default.Scan(text).Single(q => q.Text == printed);

        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), match.Start);
        Assert.Equal(new QuantityChange(unit, direction, basePeriod), match.Change);
        Assert.True(match.Value > 0);
    }

    [Theory]
    [InlineData("纠错率较2022年的31.18%下降至10.98%。")]
    [InlineData("办结率提高到95%。")]
    [InlineData("新增加5个窗口。")]
    [InlineData("增加5个窗口。")]
    [InlineData("比例为10%-20%。")]
    [InlineData("2021-2025年规划共12项。")]
    public void Scan_NoChangeWordRightBeforeTheNumber_ReadsALevel(string text)
    {
        var quantities = QuantityScanner.Default.Scan(text);

        Assert.NotEmpty(quantities);
        Assert.All(quantities, q => Assert.Null(q.Change));
    }

    [Theory]
    [InlineData("政务信息公开指南1条，占8%；", "8%", QuantityRole.Share)]
    [InlineData("全程网办事项比例达到99%，", "99%", QuantityRole.Share)]
    [InlineData("行政复议调解率62.96%。", "62.96%", QuantityRole.Rate)]
    [InlineData("领域覆盖率超65%，", "超65%", QuantityRole.Rate)]
    [InlineData("参考率和合格率均达100%。", "100%", QuantityRole.Rate)]
    [InlineData("纠错率较2022年的31.18%下降至10.98%。", "10.98%", QuantityRole.Rate)]
    [InlineData("群众满意，增长了20%。", "20%", QuantityRole.Level)]
    [InlineData("纠错率高，其余20%未办结。", "20%", QuantityRole.Level)]
    [InlineData("超额完成294天的市级考核目标。", "294天", QuantityRole.Target)]
    [InlineData("优良天数为298天，超额完成", "298天", QuantityRole.Level)]
    public void Scan_WordNearestBeforeInItsClause_GivesTheRole(string text, string printed, QuantityRole role)
    {
        var match = QuantityScanner.Default.Scan(text).Single(q => q.Text == printed);

        Assert.Equal(role, match.Role);
    }
}
