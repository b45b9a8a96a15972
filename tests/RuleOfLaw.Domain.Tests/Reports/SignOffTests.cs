using System;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class SignOffTests
{
    private static readonly LocalDate Date = new(2021, 1, 5);

    [Fact]
    public void Constructor_BlankSigner_ThrowsAndNullThrows()
    {
        Assert.Equal("signer", Assert.Throws<ArgumentException>(() => new SignOff(" ", Date)).ParamName);
        Assert.Equal("signer", Assert.Throws<ArgumentNullException>(() => new SignOff(null!, Date)).ParamName);
    }

    [Fact]
    public void Equality_ComparesSignerAndDate()
    {
        ValueSemantics.Assert(new SignOff("某区人民政府", Date), new SignOff("某区人民政府", Date), new SignOff("某区人民政府", Date.PlusDays(1)), new SignOff("某市人民政府", Date));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(SignOff signOff) =>
        new SignOff(signOff.Signer, signOff.Date) == signOff && new SignOff(signOff.Signer, signOff.Date).GetHashCode() == signOff.GetHashCode();
}
