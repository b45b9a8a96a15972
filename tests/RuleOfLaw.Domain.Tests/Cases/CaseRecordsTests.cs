using System;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Cases;

public sealed class CaseRecordsTests
{
    private static readonly EnforcementDisclosure Disclosure = new(EnforcementDecisionKind.Penalty, new LocalDate(2024, 5, 6), new LocalDate(2024, 5, 8), "罚〔2024〕1号");

    [Fact]
    public void Empty_HoldsNothing()
    {
        Assert.Empty(CaseRecords.Empty.Disclosures);
        Assert.Empty(CaseRecords.Empty.Recommendations);
        Assert.Empty(CaseRecords.Empty.Consultations);
        Assert.Empty(Validation.Rules.Validators.Later().Validate(CaseRecords.Empty).Issues);
    }

    [Fact]
    public void Constructor_NullItem_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new CaseRecords(disclosures: [Disclosure, null!]));

        Assert.Equal("disclosures", exception.ParamName);
        Assert.StartsWith("disclosures must not contain null (item 1 is null)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DefaultArrays_CountAsEmpty()
    {
        var records = new CaseRecords(default, default, default);

        Assert.Equal(CaseRecords.Empty, records);
        Assert.False(records.Disclosures.IsDefault);
        Assert.False(records.Recommendations.IsDefault);
        Assert.False(records.Consultations.IsDefault);
    }

    [Fact]
    public void Equality_ComparesTheListsInOrder()
    {
        var recommendation = new ProcuratorialRecommendation(new LocalDate(2024, 1, 15));
        ValueSemantics.Assert(
            new CaseRecords([Disclosure], [recommendation]),
            new CaseRecords([Disclosure], [recommendation]),
            new CaseRecords([Disclosure]),
            new CaseRecords(recommendations: [recommendation]),
            CaseRecords.Empty);
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(CaseRecords records)
    {
        var copy = new CaseRecords(Copy.Of(records.Disclosures), Copy.Of(records.Recommendations), Copy.Of(records.Consultations));

        return copy == records && copy.GetHashCode() == records.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_IsSymmetricWithConsistentHash(CaseRecords a, CaseRecords b) =>
        a.Equals(b) == b.Equals(a) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode()) && (a == b) == a.Equals(b);

    [Fact]
    public void ToString_PrintsTheValuesInTheInvariantCulture()
    {
        var records = new CaseRecords([Disclosure], [new ProcuratorialRecommendation(new LocalDate(2024, 1, 15), isUrgent: true)]);

        Assert.Equal("EnforcementDisclosure { Kind = Penalty, DecidedOn = Monday, 06 May 2024, DisclosedOn = Wednesday, 08 May 2024, Reference = 罚〔2024〕1号 }", Disclosure.ToString());
        Assert.StartsWith("CaseRecords { Disclosures = [ EnforcementDisclosure { Kind = Penalty", records.ToString(), StringComparison.Ordinal);
        Assert.Contains("Recommendations = [ ProcuratorialRecommendation { ReceivedOn = Monday, 15 January 2024, AnsweredOn = , Reference = , IsUrgent = True } ]", records.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("Consultations = [] }", records.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EnforcementDecisionKind.Licence, 7)]
    [InlineData(EnforcementDecisionKind.Penalty, 7)]
    [InlineData(EnforcementDecisionKind.Other, 20)]
    public void EnforcementDisclosure_LimitFollowsTheKind(EnforcementDecisionKind kind, int limit)
    {
        Assert.Equal(limit, new EnforcementDisclosure(kind, new LocalDate(2024, 5, 6)).LimitInWorkingDays);
    }

    [Fact]
    public void EnforcementDisclosure_EqualityAndGuards()
    {
        ValueSemantics.Assert(
            Disclosure,
            new EnforcementDisclosure(EnforcementDecisionKind.Penalty, new LocalDate(2024, 5, 6), new LocalDate(2024, 5, 8), "罚〔2024〕1号"),
            new EnforcementDisclosure(EnforcementDecisionKind.Licence, new LocalDate(2024, 5, 6), new LocalDate(2024, 5, 8), "罚〔2024〕1号"),
            new EnforcementDisclosure(EnforcementDecisionKind.Penalty, new LocalDate(2024, 5, 6), null, "罚〔2024〕1号"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EnforcementDisclosure((EnforcementDecisionKind)9, new LocalDate(2024, 5, 6)));
        Assert.Throws<ArgumentException>(() => new EnforcementDisclosure(EnforcementDecisionKind.Other, new LocalDate(2024, 5, 6), reference: " "));
    }

    [Fact]
    public void ProcuratorialRecommendation_AnswerBeforeReceipt_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ProcuratorialRecommendation(new LocalDate(2024, 1, 15), new LocalDate(2024, 1, 14)));

        Assert.Equal("answeredOn", exception.ParamName);
        Assert.StartsWith("answeredOn (2024-01-14) must not be before receivedOn (2024-01-15)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcuratorialRecommendation_AnsweredOnTheDayOfReceipt_IsAllowed()
    {
        Assert.Equal(new LocalDate(2024, 1, 15), new ProcuratorialRecommendation(new LocalDate(2024, 1, 15), new LocalDate(2024, 1, 15)).AnsweredOn);
    }

    [Fact]
    public void PublicConsultation_EqualityAndGuards()
    {
        var june = new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30));
        ValueSemantics.Assert(
            new PublicConsultation("办法", june),
            new PublicConsultation("办法", new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2024, 6, 30))),
            new PublicConsultation("规定", june),
            new PublicConsultation("办法", june, isUrgencyRecorded: true));
        Assert.Throws<ArgumentNullException>(() => new PublicConsultation("办法", null!));
        Assert.Throws<ArgumentException>(() => new PublicConsultation(" ", june));
    }
}
