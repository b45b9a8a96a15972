using System;
using RuleOfLaw.Domain.Tests.Contracts;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class RuleSetOverlayTests
{
    [Fact]
    public void Constructor_KeepsNameSourceAndSettingsInOrder()
    {
        var overlay = new RuleSetOverlay("City", "city rule", [RuleSetting.Enable(ValidationCodes.SignOffMissing), RuleSetting.Disable(ValidationCodes.TitleIncomplete)]);

        Assert.Equal("City", overlay.Name);
        Assert.Equal("city rule", overlay.Source);
        Assert.Equal([RuleSetting.Enable(ValidationCodes.SignOffMissing), RuleSetting.Disable(ValidationCodes.TitleIncomplete)], overlay.Settings);
        Assert.Equal("City: ROL0010 on, ROL0009 off", overlay.ToString());
    }

    [Fact]
    public void Constructor_NoSettings_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new RuleSetOverlay("City", "city rule", []));

        Assert.Equal("settings", exception.ParamName);
        Assert.StartsWith("settings of overlay \"City\" must not be empty", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new RuleSetOverlay(" ", "s", [RuleSetting.Enable("ROL0004")])).ParamName);
    }

    [Fact]
    public void Constructor_NullSetting_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new RuleSetOverlay("City", "s", [null!]));
    }

    [Fact]
    public void Equality_ComparesNameSourceAndSettings()
    {
        ValueSemantics.Assert(
            new RuleSetOverlay("A", "s", [RuleSetting.Enable("ROL0004")]),
            new RuleSetOverlay("A", "s", [RuleSetting.Enable("ROL0004")]),
            new RuleSetOverlay("B", "s", [RuleSetting.Enable("ROL0004")]),
            new RuleSetOverlay("A", "t", [RuleSetting.Enable("ROL0004")]),
            new RuleSetOverlay("A", "s", [RuleSetting.Enable("ROL0006")]));
    }
}
