using System;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

public sealed class DomainAssertTests
{
    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2030, 6, 1, 0, 0)));

    private static ValidationResult Late => Validator.Validate(AnAnnualReport.For(2024).PublishedLate().Build());

    [Fact]
    public void HasFinding_Present_Passes() => DomainAssert.HasFinding(Late, ValidationCodes.PublishedLate, "Publication.PublishedAt");

    [Fact]
    public void HasFinding_WrongPath_ThrowsNamingFindings()
    {
        var failure = Assert.Throws<DomainAssertionException>(() => DomainAssert.HasFinding(Late, ValidationCodes.PublishedLate, "Title"));

        Assert.Equal("expected a finding ROL0002 at Title but found ROL0002 at Publication.PublishedAt", failure.Message);
    }

    [Fact]
    public void LacksFinding_Present_Throws() =>
        Assert.Throws<DomainAssertionException>(() => DomainAssert.LacksFinding(Late, ValidationCodes.PublishedLate));

    [Fact]
    public void LacksFinding_Absent_Passes() => DomainAssert.LacksFinding(Late, ValidationCodes.TitleIncomplete);

    [Fact]
    public void IsValid_WithError_Throws() =>
        Assert.Throws<DomainAssertionException>(() => DomainAssert.IsValid(Late));

    [Theory]
    [InlineData("ROL002")]
    [InlineData("ROL0099")]
    [InlineData("rol0002")]
    [InlineData("")]
    public void HasFinding_CodeNotInTheCatalogue_ThrowsNamingTheCode(string code)
    {
        var failure = Assert.Throws<ArgumentException>(() => DomainAssert.HasFinding(Late, code));

        Assert.Equal("code", failure.ParamName);
        Assert.StartsWith("code (\"" + code + "\") must be a validation code from ROL0001 to ROL0034", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ROL002")]
    [InlineData("ROL0099")]
    public void LacksFinding_CodeNotInTheCatalogue_ThrowsNamingTheCode(string code)
    {
        var failure = Assert.Throws<ArgumentException>(() => DomainAssert.LacksFinding(Late, code, "Title"));

        Assert.Equal("code", failure.ParamName);
        Assert.Contains("\"" + code + "\"", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ValidationCodes.RequiredPartMissing)]
    [InlineData(ValidationCodes.PublishedFigureConflict)]
    public void LacksFinding_FirstAndLastCodeOfTheCatalogue_Passes(string code) => DomainAssert.LacksFinding(Late, code);

    [Fact]
    public void HasFinding_NullCode_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => DomainAssert.HasFinding(Late, null!));

    [Fact]
    public void IsValid_WithError_ListsSeverityCodeAndPathOfEachFinding()
    {
        var result = Validator.Validate(AnAnnualReport.For(2024).PublishedLate().WithIncompleteTitle().Build());

        var failure = Assert.Throws<DomainAssertionException>(() => DomainAssert.IsValid(result));

        Assert.Equal("expected no error but found Error ROL0002 at Publication.PublishedAt; Warning ROL0009 at Title", failure.Message);
    }

    [Fact]
    public void IsValid_CaseRecordsWithError_DoesNotSpeakOfAReport()
    {
        var result = Validator.Validate(SomeCaseRecords.In(2024).WithShortConsultation().Build());

        var failure = Assert.Throws<DomainAssertionException>(() => DomainAssert.IsValid(result));

        Assert.StartsWith("expected no error but found Error ROL0014 at ", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("report", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void IsValid_OnlyAWarning_Passes() =>
        DomainAssert.IsValid(Validator.Validate(AnAnnualReport.For(2024).WithIncompleteTitle().Build()));

    [Fact]
    public void Equal_SameReports_Passes() => DomainAssert.Equal(AnAnnualReport.For(2024).Build(), AnAnnualReport.For(2024).Build());

    [Fact]
    public void Equal_NestedHeadingDiffers_NamesThePath()
    {
        var expected = AnAnnualReport.For(2024).Build();
        var changed = expected.Sections[0].WithChildren(System.Collections.Immutable.ImmutableArray.Create(ASection.Numbered("（一）").Titled("另一个标题").Build()));
        var actual = AnAnnualReport.For(2024).WithSections(changed, expected.Sections[1], expected.Sections[2]).Build();

        var failure = Assert.Throws<DomainAssertionException>(() => DomainAssert.Equal(expected, actual));

        Assert.Equal("Sections[0].Children[0].Heading: expected \"履行第一责任人职责\" but was \"另一个标题\"", failure.Message);
    }

    [Fact]
    public void Equal_FewerSections_NamesTheCount()
    {
        var expected = AnAnnualReport.For(2024).Build();
        var actual = AnAnnualReport.For(2024).WithSections(expected.Sections[0]).Build();

        var failure = Assert.Throws<DomainAssertionException>(() => DomainAssert.Equal(expected, actual));

        Assert.Equal("Sections: expected 3 items but was 1", failure.Message);
    }
}
