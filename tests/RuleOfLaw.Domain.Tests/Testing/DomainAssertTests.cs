using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Testing;

public sealed class DomainAssertTests
{
    private static ValidationResult Late => ReportValidator.National.Validate(AnAnnualReport.For(2024).PublishedLate().Build());

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
