using System;
using RuleOfLaw.Domain.Tests.Contracts;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class RuleSettingTests
{
    [Fact]
    public void Factories_SetSwitchAndSeverity()
    {
        Assert.Equal((true, (Severity?)null), (RuleSetting.Enable("ROL0004").IsEnabled!.Value, RuleSetting.Enable("ROL0004").Severity));
        Assert.Equal(Severity.Error, RuleSetting.Enable("ROL0004", Severity.Error).Severity);
        Assert.False(RuleSetting.Disable("ROL0004").IsEnabled);
        Assert.Null(RuleSetting.Override("ROL0004", Severity.Info).IsEnabled);
        Assert.Equal(Severity.Info, RuleSetting.Override("ROL0004", Severity.Info).Severity);
    }

    [Fact]
    public void Factories_UnknownCode_Throw()
    {
        Assert.Throws<ArgumentException>(() => RuleSetting.Enable("ROL0000"));
        Assert.Throws<ArgumentException>(() => RuleSetting.Disable("nope"));
        Assert.Throws<ArgumentNullException>(() => RuleSetting.Override(null!, Severity.Info));
    }

    [Fact]
    public void Factories_UndefinedSeverity_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSetting.Enable("ROL0004", (Severity)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSetting.Override("ROL0004", (Severity)3));
    }

    [Fact]
    public void Equality_ComparesCodeSwitchAndSeverity()
    {
        ValueSemantics.Assert(
            RuleSetting.Enable("ROL0004"),
            RuleSetting.Enable("ROL0004"),
            RuleSetting.Enable("ROL0006"),
            RuleSetting.Disable("ROL0004"),
            RuleSetting.Enable("ROL0004", Severity.Warning));
    }

    [Fact]
    public void ToString_ShowsTheChange()
    {
        Assert.Equal("ROL0004 on", RuleSetting.Enable("ROL0004").ToString());
        Assert.Equal("ROL0004 on Error", RuleSetting.Enable("ROL0004", Severity.Error).ToString());
        Assert.Equal("ROL0004 off", RuleSetting.Disable("ROL0004").ToString());
        Assert.Equal("ROL0004 Info", RuleSetting.Override("ROL0004", Severity.Info).ToString());
    }
}
