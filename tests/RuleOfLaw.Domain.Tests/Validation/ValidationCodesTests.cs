using System;
using System.Linq;
using System.Reflection;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class ValidationCodesTests
{
    private static readonly string[] Constants = typeof(ValidationCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void All_HasOneDescriptorPerConstant_InCodeOrder()
    {
        Assert.Equal(Constants.OrderBy(c => c, StringComparer.Ordinal), ValidationCodes.All.Select(d => d.Code));
    }

    [Fact]
    public void All_CodesAreConsecutiveFromRol0001()
    {
        Assert.Equal(
            Enumerable.Range(1, ValidationCodes.All.Length).Select(i => $"ROL{i:D4}"),
            ValidationCodes.All.Select(d => d.Code));
    }

    [Fact]
    public void All_FirstFifteenCodesCheckV1ToV15InOrder()
    {
        Assert.Equal(Enumerable.Range(1, 15).Select(i => $"V{i}"), ValidationCodes.All.Take(15).Select(d => d.Rule));
    }

    [Fact]
    public void All_LaterCodesRefineADomainRule()
    {
        // V16 is the rule that documents of another kind are not checked against V1–V10; V17 (a total against its parts, ROL0033) is a rule of its own.
        Assert.All(ValidationCodes.All.Skip(15).Where(d => !d.Rule.StartsWith('X') && d.Code != ValidationCodes.PartsDoNotAddUp), d => Assert.Matches("^V([1-9]|1[0-6])$", d.Rule));
        Assert.Equal("V17", ValidationCodes.Describe(ValidationCodes.PartsDoNotAddUp).Rule);
    }

    [Fact]
    public void All_CrossReportRules_AreTheCodesFromRol0024ToRol0031AndRol0034()
    {
        Assert.Equal(
            Enumerable.Range(24, 8).Append(34).Select(i => $"ROL{i:D4}"),
            ValidationCodes.All.Where(d => System.Text.RegularExpressions.Regex.IsMatch(d.Rule, "^X[1-7]$")).Select(d => d.Code));
    }

    [Fact]
    public void NotAnAnnualReport_IsTheDocumentKindRuleV16()
    {
        Assert.Equal("V16", ValidationCodes.Describe(ValidationCodes.NotAnAnnualReport).Rule);
        Assert.Equal(Severity.Info, ValidationCodes.Describe(ValidationCodes.NotAnAnnualReport).DefaultSeverity);
    }

    [Theory]
    [InlineData(ValidationCodes.DepartmentSubmissionLate)]
    [InlineData(ValidationCodes.DemonstrationAreaReportLate)]
    [InlineData(ValidationCodes.SignOffMissing)]
    public void Describe_ProvincialOrLocalRule_IsAnOverlay(string code)
    {
        Assert.Equal(ValidationRuleScope.Overlay, ValidationCodes.Describe(code).Scope);
    }

    [Fact]
    public void All_OnlyV4V6V10AreOverlays()
    {
        Assert.Equal(["V4", "V6", "V10"], ValidationCodes.All.Where(d => d.Scope == ValidationRuleScope.Overlay).Select(d => d.Rule));
    }

    [Fact]
    public void All_EveryDescriptorIsComplete()
    {
        Assert.All(ValidationCodes.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Summary));
            Assert.False(string.IsNullOrWhiteSpace(d.Source));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageTemplate));
            Assert.True(Enum.IsDefined(d.DefaultSeverity));
            Assert.Equal(d.ValueNames.Length, d.ValueNames.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(d.Code + " " + d.Title, d.ToString());
        });
    }

    [Fact]
    public void Describe_KnownCode_ReturnsItsDescriptor()
    {
        var descriptor = ValidationCodes.Describe(ValidationCodes.PublishedLate);

        Assert.Equal("ROL0002", descriptor.Code);
        Assert.Equal("Published {published}; due before {dueBefore}.", descriptor.MessageTemplate);
        Assert.Equal(["published", "dueBefore"], descriptor.ValueNames);
        Assert.Equal(Severity.Error, descriptor.DefaultSeverity);
        Assert.Contains("厅字〔2019〕28号", descriptor.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_UnknownCode_ThrowsNamingTheCode()
    {
        var exception = Assert.Throws<ArgumentException>(() => ValidationCodes.Describe("ROL9999"));

        Assert.Equal("code", exception.ParamName);
        Assert.StartsWith("code (\"ROL9999\") must be a validation code from ROL0001 to ROL00", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ValidationCodes.Describe(null!));
    }

    [Theory]
    [InlineData("ROL0001", true)]
    [InlineData("rol0001", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryDescribe_AnswersWhetherTheCodeIsKnown(string? code, bool known)
    {
        Assert.Equal(known, ValidationCodes.TryDescribe(code, out var descriptor));
        Assert.Equal(known, descriptor is not null);
    }
}
