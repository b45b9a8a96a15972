using System;
using System.Linq;
using System.Reflection;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Diagnostics;

public sealed class DiagnosticCatalogueTests
{
    private static readonly string[] ReadingConstants = typeof(ReadDiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly string[] ReadingSteps = ["header", "outline", "parts", "numbers", "rates", "subject", "text", "kind"];

    [Fact]
    public void All_IsTheValidationCodesThenTheReadingCodes_InCodeOrder()
    {
        Assert.Equal(ValidationCodes.All.Concat(ReadDiagnosticCodes.All), DiagnosticCatalogue.All);
        Assert.Equal(DiagnosticCatalogue.All.Select(d => d.Code).Order(StringComparer.Ordinal), DiagnosticCatalogue.All.Select(d => d.Code));
        Assert.Equal(DiagnosticCatalogue.All.Length, DiagnosticCatalogue.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ReadingCodes_HaveOneDescriptorPerConstant()
    {
        Assert.Equal(ReadingConstants.Order(StringComparer.Ordinal), ReadDiagnosticCodes.All.Select(d => d.Code));
    }

    [Fact]
    public void Categories_FollowTheCodePrefix()
    {
        Assert.All(DiagnosticCatalogue.All, d => Assert.Equal(
            d.Code.StartsWith("ROLT", StringComparison.Ordinal) ? DiagnosticCategory.Reading : DiagnosticCategory.Validation,
            d.Category));
        Assert.All(ReadDiagnosticCodes.All, d => Assert.Matches("^ROLT[0-9]{3}$", d.Code));
    }

    [Fact]
    public void RetiredCodes_AreNeitherInTheCatalogueNorConstants()
    {
        Assert.Equal(["ROLT004", "ROLT005", "ROLT008", "ROLT011"], DiagnosticCatalogue.RetiredCodes);
        Assert.All(DiagnosticCatalogue.RetiredCodes, code =>
        {
            Assert.True(DiagnosticCatalogue.IsRetired(code));
            Assert.False(DiagnosticCatalogue.TryDescribe(code, out _));
            Assert.DoesNotContain(code, ReadingConstants);
        });
        Assert.False(DiagnosticCatalogue.IsRetired(ReadDiagnosticCodes.NestedPart));
        Assert.False(DiagnosticCatalogue.IsRetired(null));
    }

    [Fact]
    public void ReadingCodes_NumbersBelowTheLastAreEachUsedOrRetired()
    {
        var last = int.Parse(ReadDiagnosticCodes.All[^1].Code[4..], System.Globalization.CultureInfo.InvariantCulture);

        Assert.All(Enumerable.Range(1, last).Select(i => $"ROLT{i:D3}"), code =>
            Assert.True(ReadDiagnosticCodes.TryDescribe(code, out _) ^ DiagnosticCatalogue.IsRetired(code), code));
    }

    [Fact]
    public void All_EveryDescriptorIsComplete()
    {
        Assert.All(DiagnosticCatalogue.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Summary));
            Assert.False(string.IsNullOrWhiteSpace(d.Source));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageTemplate));
            Assert.False(string.IsNullOrWhiteSpace(d.Rule));
            Assert.True(Enum.IsDefined(d.DefaultSeverity));
            Assert.True(Enum.IsDefined(d.Category));
            Assert.Equal(d.ValueNames.Length, d.ValueNames.Distinct(StringComparer.Ordinal).Count());
            Assert.StartsWith("https://", d.HelpLink, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ReadingCodes_AreNationalInfo_ExceptNoReportWhichIsAnError()
    {
        Assert.All(ReadDiagnosticCodes.All, d =>
        {
            Assert.Equal(ValidationRuleScope.National, d.Scope);
            Assert.Equal(d.Code == ReadDiagnosticCodes.NoTitleOrYear ? Severity.Error : Severity.Info, d.DefaultSeverity);
            Assert.Contains(d.Rule, ReadingSteps);
        });
    }

    [Fact]
    public void Describe_FindsCodesOfEitherCategory()
    {
        Assert.Same(ValidationCodes.Describe(ValidationCodes.PublishedLate), DiagnosticCatalogue.Describe("ROL0002"));
        Assert.Same(ReadDiagnosticCodes.Describe(ReadDiagnosticCodes.InferredField), DiagnosticCatalogue.Describe("ROLT012"));
    }

    [Fact]
    public void Describe_RetiredCode_ThrowsSayingItIsRetired()
    {
        var exception = Assert.Throws<ArgumentException>(() => DiagnosticCatalogue.Describe("ROLT004"));

        Assert.Equal("code", exception.ParamName);
        Assert.StartsWith("code (\"ROLT004\") is retired: a missing part", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_UnknownCode_ThrowsNamingTheRanges()
    {
        var exception = Assert.Throws<ArgumentException>(() => DiagnosticCatalogue.Describe("ROLT999"));

        Assert.StartsWith("code (\"ROLT999\") must be a code of the catalogue (ROL0001 to ROL0034, ROLT001 to ROLT0", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DiagnosticCatalogue.Describe(null!));
    }

    [Theory]
    [InlineData("ROL0001", true)]
    [InlineData("ROLT001", true)]
    [InlineData("ROLT008", false)]
    [InlineData("rolt001", false)]
    [InlineData(null, false)]
    public void TryDescribe_AnswersWhetherTheCodeIsInTheCatalogue(string? code, bool known)
    {
        Assert.Equal(known, DiagnosticCatalogue.TryDescribe(code, out var descriptor));
        Assert.Equal(known, descriptor is not null);
    }

    [Fact]
    public void ReadingDescribe_ValidationCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReadDiagnosticCodes.Describe(ValidationCodes.PublishedLate));
        Assert.Throws<ArgumentException>(() => ValidationCodes.Describe(ReadDiagnosticCodes.InferredField));
    }

    [Fact]
    public void ReadDiagnostic_RefersToItsDescriptor()
    {
        var note = new ReadDiagnostic(ReadDiagnosticCodes.NestedPart, "part 2 (ShortcomingsAndCauses) is nested in section \"x\"");

        Assert.Same(ReadDiagnosticCodes.Describe(ReadDiagnosticCodes.NestedPart), note.Descriptor);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Equal(note, new ReadDiagnostic(ReadDiagnosticCodes.NestedPart, note.Message));
        Assert.NotEqual(note, new ReadDiagnostic(ReadDiagnosticCodes.UnmappedSection, note.Message));
    }

    [Theory]
    [InlineData("ROLT004")]
    [InlineData("ROL0001")]
    [InlineData("ROLT999")]
    public void ReadDiagnostic_CodeNotAReadingCode_Throws(string code)
    {
        var exception = Assert.Throws<ArgumentException>(() => new ReadDiagnostic(code, "m"));

        Assert.Equal("code", exception.ParamName);
    }

    [Fact]
    public void EnabledRules_AreValidationDescriptors()
    {
        Assert.All(RuleSet.National.With(RuleSetOverlays.ProvincialGuideline).EnabledRules, d => Assert.Equal(DiagnosticCategory.Validation, d.Category));
        Assert.Throws<ArgumentException>(() => RuleSet.National.SeverityOf(ReadDiagnosticCodes.InferredField));
    }
}
