using System;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class PublicationExemptionTests
{
    [Fact]
    public void StateSecrets_CarriesTheRegulationsReason()
    {
        Assert.Equal("涉及党和国家秘密", PublicationExemption.StateSecrets.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankReason_Throws(string reason)
    {
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => new PublicationExemption(reason)).ParamName);
    }

    [Fact]
    public void Equality_ComparesReason()
    {
        ValueSemantics.Assert(PublicationExemption.StateSecrets, new PublicationExemption(PublicationExemption.StateSecretsReason), new PublicationExemption("其他原因"));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(PublicationExemption exemption) =>
        new PublicationExemption(exemption.Reason) == exemption && new PublicationExemption(exemption.Reason).GetHashCode() == exemption.GetHashCode();
}
