using System;
using System.Linq;
using RuleOfLaw.Domain.Tests.Contracts;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class RuleSetTests
{
    [Fact]
    public void National_EnablesEveryNationalCodeAtItsDefaultSeverity()
    {
        Assert.All(ValidationCodes.All, d =>
        {
            Assert.Equal(d.Scope == ValidationRuleScope.National, RuleSet.National.IsEnabled(d.Code));
            Assert.Equal(d.DefaultSeverity, RuleSet.National.SeverityOf(d.Code));
        });
        Assert.Empty(RuleSet.National.Overlays);
    }

    [Theory]
    [InlineData(ValidationCodes.DepartmentSubmissionLate)]
    [InlineData(ValidationCodes.DemonstrationAreaReportLate)]
    [InlineData(ValidationCodes.SignOffMissing)]
    public void National_OverlayRulesAreOff(string code)
    {
        Assert.False(RuleSet.National.IsEnabled(code));
    }

    [Fact]
    public void EnabledRules_ListsTheCodesThatAreOn()
    {
        Assert.Equal(
            ValidationCodes.All.Where(d => d.Scope == ValidationRuleScope.National).Select(d => d.Code),
            RuleSet.National.EnabledRules.Select(d => d.Code));
    }

    [Fact]
    public void With_Overlay_SwitchesItsRulesOn_AndNamesIt()
    {
        var set = RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline);

        Assert.True(set.IsEnabled(ValidationCodes.DepartmentSubmissionLate));
        Assert.Equal(Severity.Warning, set.SeverityOf(ValidationCodes.DepartmentSubmissionLate));
        Assert.False(set.IsEnabled(ValidationCodes.SignOffMissing));
        Assert.Equal(["DepartmentSubmissionDeadline"], set.Overlays);
        Assert.False(RuleSet.National.IsEnabled(ValidationCodes.DepartmentSubmissionLate));
    }

    [Fact]
    public void With_TwoOverlays_ComposeAndTheLaterWins()
    {
        var city = new RuleSetOverlay("City", "a city rule", [RuleSetting.Disable(ValidationCodes.DemonstrationAreaReportLate), RuleSetting.Override(ValidationCodes.TitleIncomplete, Severity.Error)]);

        var set = RuleSet.National.With(RuleSetOverlays.ProvincialGuideline).With(city);

        Assert.True(set.IsEnabled(ValidationCodes.DepartmentSubmissionLate));
        Assert.False(set.IsEnabled(ValidationCodes.DemonstrationAreaReportLate));
        Assert.Equal(Severity.Error, set.SeverityOf(ValidationCodes.TitleIncomplete));
        Assert.True(set.IsEnabled(ValidationCodes.TitleIncomplete));
        Assert.Equal(["ProvincialGuideline", "City"], set.Overlays);
    }

    [Theory]
    [InlineData(nameof(RuleSetOverlays.DepartmentSubmissionDeadline), ValidationCodes.DepartmentSubmissionLate)]
    [InlineData(nameof(RuleSetOverlays.DemonstrationAreaReporting), ValidationCodes.DemonstrationAreaReportLate)]
    [InlineData(nameof(RuleSetOverlays.PrincipalLeaderSignOff), ValidationCodes.SignOffMissing)]
    public void SampleOverlay_SwitchesOnItsRule(string name, string code)
    {
        var overlay = (RuleSetOverlay)typeof(RuleSetOverlays).GetProperty(name)!.GetValue(null)!;

        Assert.Equal(name, overlay.Name);
        Assert.True(RuleSet.National.With(overlay).IsEnabled(code));
    }

    [Fact]
    public void Disable_And_Enable_SwitchOneCode()
    {
        var off = RuleSet.National.Disable(ValidationCodes.TitleIncomplete);
        var onAgain = off.Enable(ValidationCodes.TitleIncomplete);

        Assert.False(off.IsEnabled(ValidationCodes.TitleIncomplete));
        Assert.True(off.IsEnabled(ValidationCodes.PublishedLate));
        Assert.Equal(RuleSet.National, onAgain);
        Assert.True(RuleSet.National.IsEnabled(ValidationCodes.TitleIncomplete));
    }

    [Fact]
    public void WithSeverity_ChangesSeverityOnly()
    {
        var set = RuleSet.National.WithSeverity(ValidationCodes.PublishedLate, Severity.Warning);
        var overlayCode = RuleSet.National.WithSeverity(ValidationCodes.SignOffMissing, Severity.Info);

        Assert.Equal(Severity.Warning, set.SeverityOf(ValidationCodes.PublishedLate));
        Assert.True(set.IsEnabled(ValidationCodes.PublishedLate));
        Assert.False(overlayCode.IsEnabled(ValidationCodes.SignOffMissing));
        Assert.Equal(Severity.Info, overlayCode.SeverityOf(ValidationCodes.SignOffMissing));
    }

    [Fact]
    public void UnknownCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => RuleSet.National.IsEnabled("ROL9999"));
        Assert.Throws<ArgumentException>(() => RuleSet.National.Enable("ROL9999"));
        Assert.Throws<ArgumentException>(() => RuleSet.National.SeverityOf("X"));
    }

    [Fact]
    public void WithSeverity_UndefinedSeverity_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => RuleSet.National.WithSeverity(ValidationCodes.PublishedLate, (Severity)7));

        Assert.Equal("severity", exception.ParamName);
    }

    [Fact]
    public void Equality_ComparesEffectiveSwitchesAndSeverities()
    {
        ValueSemantics.Assert(
            RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline),
            RuleSet.National.Enable(ValidationCodes.DepartmentSubmissionLate),
            RuleSet.National,
            RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline).WithSeverity(ValidationCodes.DepartmentSubmissionLate, Severity.Error));
    }

    [Fact]
    public void ToString_NamesOverlaysAndCountsCodesOn()
    {
        var total = ValidationCodes.All.Length;
        var national = ValidationCodes.All.Count(d => d.Scope == ValidationRuleScope.National);

        Assert.Equal($"National ({national} of {total} codes on)", RuleSet.National.ToString());
        Assert.Equal(
            $"National + DepartmentSubmissionDeadline ({national + 1} of {total} codes on)",
            RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline).ToString());
    }

    [Fact]
    public void RuleSet_SharedAcrossThreads_GivesTheSameAnswers()
    {
        var set = RuleSet.National.With(RuleSetOverlays.PrincipalLeaderSignOff);

        var answers = Enumerable.Range(0, 64).AsParallel().Select(_ => set.EnabledRules.Length).Distinct().ToArray();

        Assert.Equal([set.EnabledRules.Length], answers);
    }
}
